# ruff: noqa: E501, RUF100
"""Corpus 159, family, friends, running club and health (data only): see heldout159.py.

Friends write about their own jobs (a new post, an annual review, a friend's second interview,
a colleague's farewell apéro); the club convenes its assembly; doctors send calendar parts."""

from __future__ import annotations

from typing import Any

from heldout159_jobs import N, ics, m, rep

FR, EN, DE = N("fr"), N("en"), N("de")
JULIEN = "Julien Marendaz <julien.marendaz@gmail.com>"
MAMAN = "Françoise Favre <francoise.favre@bluewin.ch>"
ELODIE = "Elodie Favre <elodie.favre@hotmail.com>"
CAMILLE = "Camille Dufaux <camille.dufaux@gmail.com>"
LEA = "Léa Bonzon <lea.bonzon@bluewin.ch>"
MARCO = "Marco Pellegrini <marco.pellegrini.ch@gmail.com>"
PATRICK = "Patrick Chevalley <p.chevalley74@gmail.com>"
RETO = "Reto Hofer <reto.hofer@gmx.ch>"
HANNAH = "Hannah Clarke <hannah.clarke@outlook.com>"
CLUB = "Les Foulées de Sauvabelin <comite@foulees-sauvabelin.example>"
CHRONO = "Chrono Romandie <inscriptions@chrono-romandie.example>"
CABINET = "Cabinet médical du Valentin <rendez-vous@cabinet-valentin.example>"
LINGOZO = "Lingozo <hello@lingozo.example>"
FESTIVAL = "Lumières du Léman – Bénévoles <benevoles@lumieres-leman.example>"

MAIL: list[dict[str, Any]] = [
    # ------------------------------------------------------------------ Julien
    m(
        "k1a8",
        "2025-09-11 18:02",
        JULIEN,
        "ce soir",
        FR,
        """Je rentre tard, la séance de chantier à Renens déborde (encore). Thaï à emporter vers 20h30 ?
Bisous
J.
""",
    ),
    m(
        "k4b1",
        "2025-10-24 12:40",
        JULIEN,
        "Appart Borde 31 !!!",
        FR,
        """Regarde ça : 4 pièces, 3e, balcon, 2'210.- charges comprises, libre au 1er février.
https://www.immo-romandie.example/annonce/lausanne/borde-31-4p/118774

Visite samedi à 10h. Je remplis le formulaire de demande ce soir et tu me passes ton extrait des
poursuites ? J'ai un bon feeling.

J.
""",
    ),
    m(
        "k7c4",
        "2025-11-12 15:31",
        JULIEN,
        "Re: Attribution de l'appartement – Rue de la Borde 31",
        FR,
        """ON L'A !!!!!!! 🥳🥳

Le mer. 12 nov. 2025 à 15:12, Bovay Jérôme <j.bovay@pilet-renaud.example> a écrit :
> Madame, Monsieur,
>
> Nous avons le plaisir de vous informer que votre candidature pour l'appartement de 4 pièces de
> la Rue de la Borde 31 a été retenue par le propriétaire.
""",
        **rep("<e1p4.20251112.49@pilet-renaud.example>"),
    ),
    m(
        "k0d7",
        "2026-01-13 21:04",
        JULIEN,
        "🍾",
        FR,
        """Champagne ce soir ? Je passe chez Manor Food en rentrant.
Je suis trop fier de toi.
J.

Envoyé de mon iPhone
""",
    ),
    m(
        "k3e0",
        "2026-01-30 08:15",
        JULIEN,
        "liste pour demain",
        FR,
        """- clés Renens : on les rend lundi à 17h
- cartons cuisine pas encore fermés
- démonter le lit avant 12h (les déménageurs arrivent à midi)
- croissants pour l'équipe ?
- Lémanet : installation fibre mardi 3.2 entre 8h et 12h

On y est presque !
""",
    ),
    m(
        "k6f3",
        "2026-02-13 17:40",
        "Réservations Café de Grancy <reservations@cafedegrancy.example>",
        "Votre réservation du 14 février est confirmée",
        FR,
        """Bonjour Julien Marendaz,

Votre table pour 2 personnes au Café de Grancy est confirmée pour le samedi 14 février 2026 à
19h30. Menu de la Saint-Valentin : CHF 89.– par personne.

En cas d'empêchement, merci d'annuler au moins 24 heures à l'avance.
""",
        to="Noémie Favre-Rochat <noemie.favre-rochat@bluewin.ch>, Julien Marendaz <julien.marendaz@gmail.com>",
    ),
    # ------------------------------------------------------------------ family
    m(
        "l2g6",
        "2025-09-07 09:30",
        MAMAN,
        "Dimanche",
        FR,
        """Coucou ma chérie,

Vous venez manger dimanche prochain à Yverdon ? Papa fait son papet vaudois. Tu me dis pour
Julien.

Bisous
Maman
""",
    ),
    m(
        "l5h9",
        "2025-10-22 20:15",
        MAMAN,
        "Nouvelles",
        FR,
        """Coucou Noémie,

Comment ça va ? Et tes recherches, ça avance ? Papa dit de ne pas te décourager, avec ton
expérience tu vas trouver. Il a vu dans le 24 heures qu'il y avait des annonces à la commune
d'Yverdon, mais je lui ai dit que tu savais chercher toute seule 😊

Mamie est rentrée de l'hôpital hier, elle va mieux. On pense aller la voir samedi.

Gros bisous
Maman
""",
    ),
    m(
        "l8i2",
        "2025-12-20 18:00",
        MAMAN,
        "Noël chez nous le 24",
        FR,
        """Coucou,

On vous attend le 24 vers 18h. Elodie vient avec les enfants. Tu peux amener ton gâteau aux
noisettes ? Et dis à Julien qu'on ne fait PAS de cadeaux aux adultes cette année (il ne
m'écoute jamais).

Maman
""",
    ),
    m(
        "l1j5",
        "2026-01-14 07:48",
        MAMAN,
        "Re: Grande nouvelle",
        FR,
        """Ma chérie, quelle joie !!! Papa a ouvert une bouteille hier soir en lisant ton message. On est
tellement contents pour toi, tu le mérites.

On fête ça dimanche ?

Maman

----- Message d'origine -----
De: "Noémie Favre-Rochat" <noemie.favre-rochat@bluewin.ch>
À: "Françoise Favre" <francoise.favre@bluewin.ch>
Envoyé: Mardi 13 Janvier 2026 22:31:09
Objet: Grande nouvelle

C'est signé, je commence le 1er mars ! Je vous appelle demain.
N.
""",
        **rep("<1768339869.9931.1768339869550@bluewin.ch>"),
    ),
    m(
        "l4k8",
        "2025-09-25 21:22",
        ELODIE,
        "Anniversaire maman 4 octobre",
        FR,
        """Hello sœurette,

Pour les 65 ans de maman, je propose qu'on lui offre le week-end à Champéry (thermes + hôtel),
env. 480.- à partager en trois avec Thomas. Tu me fais un Payli de 160.- ?

Bises
Elo
""",
    ),
    m(
        "l7l1",
        "2025-10-03 08:02",
        "Payli <no-reply@payli.example>",
        "Vous avez envoyé CHF 160.00 à Elodie Favre",
        FR,
        """Paiement envoyé

Destinataire : Elodie Favre
Montant : CHF 160.00
Message : cadeau maman 🎁
Date : 03.10.2025 08:02

Payli – payer entre amis
""",
    ),
    m(
        "l0m4",
        "2025-11-30 19:47",
        ELODIE,
        "Photos Saint-Nicolas",
        FR,
        """Coucou !

Quelques photos de la fête de Saint-Nicolas à l'école, Léo était déguisé en âne (son idée...).

Semaine chargée de mon côté : entretiens avec les parents tous les soirs jusqu'à jeudi, et
l'inspectrice qui vient observer ma classe vendredi. Vivement les vacances.

Et toi, des nouvelles de tes entretiens ?

Bises
Elo
""",
        attach=[("IMG_4471.jpg", "image/jpeg", "not really a jpeg")],
    ),
    m(
        "l3n7",
        "2026-01-02 11:10",
        ELODIE,
        "Bonne année 2026 !",
        FR,
        """Bonne année à vous deux ! Que 2026 vous apporte un bel appart (ah ben c'est fait), un
super boulot (je croise les doigts) et plein de kilomètres de course à pied.

Bisous de nous quatre
Elo, Thomas, Léo et Jade
""",
    ),
    m(
        "l6o0",
        "2026-01-31 19:30",
        ELODIE,
        "Bon courage pour le déménagement !",
        FR,
        """Alors, tout est dans le camion ? Thomas peut passer demain matin pour monter les meubles
IKEA si vous voulez. Envoie-moi une photo de la vue du balcon !
""",
    ),
    # ------------------------------------------------------------------ friends and their own jobs
    m(
        "m9p3",
        "2025-09-17 13:05",
        CAMILLE,
        "J'AI EU LE POSTE !!!",
        FR,
        """Noémie !!!

Ils m'ont appelée ce matin : la Brasserie du Jorat me fait une offre et j'ai accepté ! Je commence
le 1er octobre comme responsable RH, à 90 %, et ils acceptent que je garde mon mercredi
après-midi.

Après 4 entretiens et un assessment d'une journée, j'y croyais plus. On fête ça samedi ?

Et toi, tiens bon, ton tour arrive, j'en suis sûre.

Cam
""",
    ),
    m(
        "m2q6",
        "2025-10-29 22:12",
        CAMILLE,
        "afterwork jeudi ?",
        FR,
        """Hello,

Un mois déjà et toujours la folie : trois entretiens d'embauche à mener (on recrute deux
brasseurs et une comptable), le logiciel des salaires qui plante et mon chef qui veut un
nouveau règlement du personnel pour hier.

J'ai besoin d'une bière (ironique, je sais). Jeudi 18h au Great Escape ?

Cam
""",
    ),
    m(
        "m5r9",
        "2026-02-20 12:20",
        CAMILLE,
        "Crémaillère ?",
        FR,
        """Alors, cette crémaillère, c'est quand ? 😄 Je peux amener de la bière de la brasserie, on a
des fûts de dégustation à écouler.

Et trop contente pour ton nouveau job, on en parle de vive voix !
""",
    ),
    m(
        "m8s2",
        "2025-10-08 21:35",
        LEA,
        "Mon entretien annuel 🙄",
        FR,
        """Coucou,

Il faut que je te raconte mon entretien annuel d'évaluation de ce matin. Mon chef m'a mis
« partiellement atteint » sur l'objectif de formation de l'équipe alors qu'il a lui-même annulé
les deux sessions prévues. Et pas d'augmentation « vu la situation ». J'ai failli claquer la
porte.

Bref, je commence à regarder ailleurs moi aussi. Tu me donneras les noms des sites où tu
cherches ?

Apéro bientôt ?
Léa
""",
    ),
    m(
        "m1t5",
        "2025-12-12 10:02",
        LEA,
        "Souper de Noël des filles",
        FR,
        """Hello les filles,

Comme chaque année, on se fait notre souper de Noël ? J'ai fait un Doodle pour la date, répondez
d'ici dimanche : https://doodle.com/meeting/participate/id/bW9kWa3e

Léa
""",
        to="Noémie Favre-Rochat <noemie.favre-rochat@bluewin.ch>, camille.dufaux@gmail.com, sophie.rey@gmail.com",
    ),
    m(
        "m4u8",
        "2025-11-06 19:30",
        MARCO,
        "Un conseil ?",
        FR,
        """Salut Noémie,

J'ai mon 2e entretien à la Banque du Rhône mardi prochain pour le poste d'analyste crédit, avec
le chef de service et quelqu'un de la direction. Ils m'ont prévenu qu'il y aurait une étude de
cas sur un bilan de PME.

Comme c'est exactement ton truc : tu aurais 20 minutes ce week-end pour me faire passer un
entretien blanc ? Je paie les cafés 😅

Marco
""",
    ),
    m(
        "m7v1",
        "2025-11-19 18:44",
        MARCO,
        "Re: Un conseil ?",
        FR,
        """Ils m'ont fait une offre !!! Je signe vendredi. Merci mille fois pour l'entraînement de
samedi, la question sur le cash-flow est tombée presque mot pour mot.

Je te dois plus qu'un café.

Le jeu. 6 nov. 2025 à 19:30, Marco Pellegrini <marco.pellegrini.ch@gmail.com> a écrit :
> Salut Noémie,
>
> J'ai mon 2e entretien à la Banque du Rhône mardi prochain pour le poste d'analyste crédit
""",
        **rep("<CAH7k2mPq9x@mail.gmail.com>"),
    ),
    m(
        "m0w4",
        "2025-10-17 17:55",
        PATRICK,
        "Nouvelles de la boîte",
        FR,
        """Salut Noémie,

Tu as dû l'apprendre : la direction a confirmé ce matin la fermeture de la ligne 3 à fin mars,
et la reprise des décolleteuses par le site de Besançon. Ambiance lourde à l'atelier.

De mon côté j'ai signé chez un sous-traitant à Sainte-Croix, je commence en janvier comme
responsable de production. Ça fait bizarre après 12 ans.

On organise un apéro de départ commun avant Noël avec ceux qui partent ? Je te tiens au
courant.

Patrick
""",
    ),
    m(
        "m3x7",
        "2025-12-05 11:30",
        PATRICK,
        "Apéro de départ – vendredi 19 décembre",
        FR,
        """Salut à toutes et à tous,

Pour marquer nos départs (Noémie, Christian, Sandra et moi), on vous invite à un apéro le
vendredi 19 décembre dès 16h30 à la cafétéria de l'usine. Conjoints bienvenus !

Merci de me dire si vous venez pour les quantités.

Patrick
""",
        to="Noémie Favre-Rochat <noemie.favre-rochat@bluewin.ch>, atelier-broye@googlegroups.com",
    ),
    m(
        "m6y0",
        "2025-12-21 10:14",
        PATRICK,
        "Re: Apéro de départ – vendredi 19 décembre",
        FR,
        """Merci à tous pour vendredi, c'était émouvant. Les photos sont ici :
https://photos.app.goo.gl/qX7tR2cM9vLk4

Noémie, ton discours sur « la vérité des coûts de revient » restera dans les annales 😂

Bonnes fêtes !
Patrick
""",
        to="Noémie Favre-Rochat <noemie.favre-rochat@bluewin.ch>, atelier-broye@googlegroups.com",
        **rep("<m3x7.20251205.38@gmail.com>"),
    ),
    m(
        "m9z3",
        "2025-11-20 20:40",
        RETO,
        "Skiwochenende in Zermatt?",
        DE,
        """Hoi Noémie, hoi Julien

Wie jedes Jahr: Skiwochenende Ende Januar? Wir hätten die Wohnung meiner Tante in Zermatt vom
23. bis 25. Januar. Kostet fast nichts, nur Skipass und Zug.

Sagt mir bis Ende Monat Bescheid, dann frage ich noch Mänu und Sabine.

Liebe Grüsse
Reto
""",
    ),
    m(
        "m2a6",
        "2026-01-26 21:05",
        RETO,
        "Fotos vom Wochenende",
        DE,
        """Hoi zäme

Hier die Fotos vom Wochenende – das Bild von Julien im Tiefschnee ist mein Favorit 😂
https://photos.app.goo.gl/Zm8sW1eR4tN

Und Noémie: nochmals herzliche Gratulation zur neuen Stelle! Das muss gefeiert werden.

Bis bald
Reto
""",
    ),
    m(
        "m5b9",
        "2025-10-05 11:28",
        HANNAH,
        "Geneva in November!",
        EN,
        """Hi lovely,

Guess what – I've got a conference in Geneva on 20-21 November, so I thought I'd stay on for the
weekend and come to Lausanne on Saturday 22nd. Would that work for you two?

Work has been mad. We're in the middle of a restructuring and everyone has to re-apply for their
own job, can you imagine. I have my "interview" with my own boss next week. Ridiculous.

How is your search going? Fingers crossed for you.

Lots of love,
Hannah x
""",
    ),
    m(
        "m8c2",
        "2025-11-24 08:16",
        HANNAH,
        "Thank you!!",
        EN,
        """Thank you both for a wonderful weekend! The fondue, the lake, the walk up to Sauvabelin... I
want to move to Lausanne now.

Good news on my side too: I kept my job after all (and got a slightly bigger team). Let me know
how things go with your interviews.

Hannah x
""",
    ),
    m(
        "m1d5",
        "2025-09-09 19:00",
        "Sarah & Tom <sarahtom.2026@gmail.com>",
        "Save the date : Sarah & Tom – 13 juin 2026",
        FR,
        html="""<html><body style="font-family:Georgia,serif;text-align:center;background:#fbf8f3">
<h1 style="font-weight:normal">Sarah &amp; Tom</h1>
<p>ont la joie de vous annoncer leur mariage</p>
<p style="font-size:20px">samedi 13 juin 2026<br>Domaine de la Crausaz, Épesses</p>
<p>Invitation officielle à suivre. Infos et hébergement : <a href="https://sarahettom2026.example">sarahettom2026.example</a></p>
</body></html>""",
    ),
    m(
        "m4e8",
        "2025-10-10 09:45",
        "Sophie Rey <sophie.rey@gmail.com>",
        "Retrouvailles – Gymnase de Beaulieu, volée 2010",
        FR,
        """Salut à tous,

15 ans déjà ! On organise des retrouvailles de notre volée le samedi 22 novembre dès 19h au
Bleu Lézard. Inscriptions et participation (30.- pour l'apéro dînatoire) via ce formulaire :
https://forms.gle/Vw8bK3nQ1

Faites suivre aux autres, on n'a pas toutes les adresses.

Sophie
""",
        to="undisclosed-recipients:;",
    ),
    m(
        "m7f1",
        "2025-09-21 17:30",
        "Gérard Pittet <gerard.pittet54@hotmail.com>",
        "Buanderie – nouveau planning",
        FR,
        """Chers locataires du Chemin de Renens 18,

Suite aux discussions, voici le nouveau planning de la buanderie dès le 1er octobre (voir pièce
jointe). Merci de bien vider le filtre du séchoir après usage.

Le concierge
G. Pittet
""",
        attach=[("Planning_buanderie.pdf", "application/pdf", "%PDF-1.4\n% planning\n%%EOF\n")],
    ),
    # ------------------------------------------------------------------ running club, races
    m(
        "n0g4",
        "2025-09-03 20:00",
        CLUB,
        "Reprise des entraînements – programme d'automne",
        FR,
        """Chères coureuses, chers coureurs,

Les entraînements reprennent dès le mardi 9 septembre :
  - mardi 18h30 : fractionné au stade de la Pontaise
  - jeudi 18h30 : sortie longue depuis le refuge de Sauvabelin
  - samedi 9h00 : trail dans les bois du Jorat (niveau à choix)

Objectifs de la saison : semi-marathon de Lausanne (26 octobre) et Course de l'Escalade
(6 décembre).

Sportivement,
Le comité des Foulées de Sauvabelin
""",
    ),
    m(
        "n3h7",
        "2025-09-17 12:00",
        CLUB,
        "Semi-marathon de Lausanne : inscriptions au tarif club",
        FR,
        """Bonjour à toutes et à tous,

Comme chaque année, le club prend en charge 20.- de votre inscription au semi-marathon du
dimanche 26 octobre. Inscrivez-vous avec le code FOULEES25 jusqu'au 30 septembre.

Le comité
""",
    ),
    m(
        "n6i0",
        "2025-09-22 21:14",
        CHRONO,
        "Confirmation d'inscription – Semi-marathon de Lausanne 2025",
        FR,
        """Bonjour Noémie,

Ton inscription est confirmée !

Épreuve : Semi-marathon (21,1 km) – dimanche 26 octobre 2025, départ 10h00, Vidy
Catégorie : F30 – Club : Les Foulées de Sauvabelin
Finance d'inscription : CHF 48.– (réduction club appliquée)

Le dossard sera à retirer au village de course le samedi 25 octobre.

Chrono Romandie
""",
    ),
    m(
        "n9j3",
        "2025-10-27 19:30",
        CLUB,
        "Résultats du semi – bravo à toutes et à tous !",
        FR,
        """Quelle journée ! 23 membres du club au départ du semi-marathon et 23 à l'arrivée.

Mention spéciale à Noémie Favre-Rochat (1:41:12, record personnel) et à Jean-Luc, 3e de sa
catégorie. Le classement complet est sur le site.

Prochain objectif : l'Escalade !
Le comité
""",
    ),
    m(
        "n2k6",
        "2025-11-19 12:10",
        CLUB,
        "Course de l'Escalade – inscription groupée jusqu'au 24.11",
        FR,
        """Salut à tous,

Nous organisons une inscription groupée pour la Course de l'Escalade à Genève (samedi 6
décembre) avec déplacement en train. Inscrivez-vous sur le tableau partagé d'ici au 24 novembre :
https://docs.google.com/spreadsheets/d/1Xq8foulees/edit

Le comité
""",
    ),
    m(
        "n5l9",
        "2025-11-29 08:00",
        CHRONO,
        "Course de l'Escalade 2025 – ton dossard n° 18452",
        FR,
        """Bonjour Noémie,

Ton dossard pour la Course de l'Escalade 2025 : n° 18452
Catégorie : Femmes 1 – départ 16h20, Parc des Bastions

N'oublie pas ta pièce d'identité pour le retrait du dossard. Bonne course !

Chrono Romandie
""",
    ),
    m(
        "n8m2",
        "2025-12-10 18:30",
        CLUB,
        "Souper de fin d'année – samedi 13 décembre",
        FR,
        html="""<html><body style="font-family:Arial">
<p>Chers membres,</p>
<p>Le traditionnel <b>souper de fin d'année</b> aura lieu le samedi 13 décembre à 19h00 à la buvette du refuge de Sauvabelin. Au menu : fondue chinoise à discrétion (CHF 35.–, boissons en sus).</p>
<p>Inscription jusqu'au jeudi 11 décembre en répondant à ce message.</p>
<p>Le comité</p></body></html>""",
    ),
    m(
        "n1n5",
        "2026-01-14 20:00",
        CLUB,
        "Convocation à l'assemblée générale du 5 février 2026",
        FR,
        """Chères et chers membres,

Nous avons le plaisir de vous convoquer à l'assemblée générale ordinaire des Foulées de
Sauvabelin :

  jeudi 5 février 2026 à 19h30, Salle du Cazard, Rue Pré-du-Marché 15, Lausanne

Ordre du jour :
 1. Procès-verbal de l'AG 2025
 2. Rapport du président
 3. Comptes 2025 et rapport des vérificateurs
 4. Budget et cotisations 2026
 5. Élections au comité (le poste de caissier·ère est à repourvoir – candidatures bienvenues !)
 6. Divers

Un apéritif suivra l'assemblée.

Le comité
""",
    ),
    m(
        "n4o8",
        "2026-02-06 09:00",
        CLUB,
        "Cotisation 2026 et PV de l'AG",
        FR,
        """Merci à toutes et à tous d'être venus hier soir ! Vous trouverez le PV en pièce jointe.

La cotisation 2026 reste fixée à CHF 80.– (étudiant·e·s : 40.–), à verser d'ici au 31 mars
(IBAN CH44 0900 0000 1000 4471 2).

Bienvenue à Noémie au comité en tant que caissière 😉

Le comité
""",
        attach=[("PV_AG_2026.pdf", "application/pdf", "%PDF-1.4\n% PV AG\n%%EOF\n")],
    ),
    m(
        "n7p1",
        "2026-02-24 19:15",
        CLUB,
        "Sortie trail du 8 mars – inscriptions",
        FR,
        """Hello,

Sortie trail au Mont-Tendre le dimanche 8 mars (env. 22 km, 900 m D+). Départ 8h00 de la gare
de Lausanne en covoiturage. Inscriptions en réponse à ce mail.

Le comité
""",
    ),
    m(
        "n0q4",
        "2025-11-02 18:45",
        "Stridely <no-reply@stridely.example>",
        "Your October summary: 142 km 🏃‍♀️",
        EN,
        """Nice work, Noémie!

In October you ran 142 km in 16 activities, with 2,310 m of elevation gain.
Best effort: Half marathon – 1:41:12 (new personal record!)

See your full summary: https://www.stridely.example/athlete/summary/2025-10
""",
    ),
    # ------------------------------------------------------------------ health
    m(
        "o3r7",
        "2025-09-29 14:02",
        CABINET,
        "Confirmation de votre rendez-vous du 9 octobre",
        FR,
        """Madame Favre-Rochat,

Nous vous confirmons votre rendez-vous :

  Dre méd. Anne Jaunin, médecine interne générale
  Jeudi 9 octobre 2025 à 8h15
  Cabinet médical du Valentin, Rue du Valentin 32, 1004 Lausanne

Merci d'apporter votre carte d'assurance. En cas d'empêchement, veuillez annuler au moins
24 heures à l'avance, faute de quoi le rendez-vous pourra vous être facturé.
""",
        ics=ics(
            "rdv-2025-10-09-0815-jaunin@cabinet-valentin.example",
            "2025-10-09 08:15",
            "Rendez-vous Dre Jaunin",
            ("Cabinet médical du Valentin", "rendez-vous@cabinet-valentin.example"),
            minutes=30,
            location="Rue du Valentin 32, 1004 Lausanne",
        ),
    ),
    m(
        "o6s0",
        "2025-10-08 18:00",
        CABINET,
        "Rappel : votre rendez-vous de demain",
        FR,
        """Rappel : vous avez rendez-vous demain, jeudi 9 octobre 2025 à 8h15, avec la Dre Anne Jaunin.

Pour annuler : 021 312 00 00.
""",
    ),
    m(
        "o9t3",
        "2025-11-03 10:20",
        "Physio Sous-Gare <agenda@physio-sousgare.example>",
        "Vos rendez-vous de physiothérapie",
        FR,
        """Bonjour Noémie,

Voici vos prochains rendez-vous avec Luc Brandt (genou droit, prescription de la Dre Jaunin) :
  - mercredi 5 novembre, 7h30
  - mercredi 12 novembre, 7h30
  - vendredi 21 novembre, 12h15
  - mercredi 26 novembre, 7h30

L'invitation pour le premier rendez-vous est jointe.

Physio Sous-Gare – Av. d'Ouchy 14, Lausanne
""",
        ics=ics(
            "physio-sg-20251105-0730-nfr@physio-sousgare.example",
            "2025-11-05 07:30",
            "Physiothérapie – Luc Brandt",
            ("Physio Sous-Gare", "agenda@physio-sousgare.example"),
            minutes=45,
            location="Av. d'Ouchy 14, Lausanne",
        ),
    ),
    m(
        "o2u6",
        "2026-01-19 17:00",
        "Cabinet dentaire Ouchy <info@dentiste-ouchy.example>",
        "Rappel : contrôle dentaire et hygiène le 27 janvier",
        FR,
        """Madame Favre-Rochat,

Nous vous rappelons votre rendez-vous de contrôle annuel et d'hygiène dentaire le mardi
27 janvier 2026 à 12h30 (durée : 1 heure).

Cabinet dentaire Ouchy – Dr Mathieu Perroud
""",
        ics=ics(
            "dent-ouchy-20260127-1230@dentiste-ouchy.example",
            "2026-01-27 12:30",
            "Contrôle dentaire + hygiène",
            ("Cabinet dentaire Ouchy", "info@dentiste-ouchy.example"),
            minutes=60,
            location="Av. de la Harpe 9, Lausanne",
        ),
    ),
    # ------------------------------------------------------------------ volunteering, library, apps
    m(
        "p5v9",
        "2025-10-30 16:40",
        FESTIVAL,
        "Ta candidature de bénévole est acceptée ! ✨",
        FR,
        """Salut Noémie,

Merci pour ta candidature : nous sommes ravis de t'accueillir dans l'équipe des bénévoles des
Lumières du Léman 2025 (28 novembre – 31 décembre) !

Tu as été affectée à l'équipe « Accueil & Billetterie ». Tu recevras ton planning et ton
t-shirt lors de la soirée d'information du jeudi 20 novembre à 19h.

À très vite,
La team bénévoles
""",
    ),
    m(
        "p8w2",
        "2025-11-27 10:05",
        FESTIVAL,
        "Planning bénévoles – tes créneaux",
        FR,
        """Salut Noémie,

Voici tes créneaux à l'accueil (Place de la Palud) :
  - vendredi 5 décembre, 17h00 – 21h00
  - samedi 20 décembre, 16h00 – 20h00

L'invitation pour le premier créneau est jointe. Merci de te présenter 15 minutes avant au
container bénévoles.

La team bénévoles
""",
        ics=ics(
            "benevoles-acc-0512-nfr@lumieres-leman.example",
            "2025-12-05 17:00",
            "Bénévolat – Accueil Lumières du Léman",
            ("Lumières du Léman – Bénévoles", "benevoles@lumieres-leman.example"),
            minutes=240,
            location="Place de la Palud, Lausanne",
        ),
    ),
    m(
        "p1x5",
        "2025-11-03 07:00",
        "Bibliothèques de Lausanne <bibliotheques@lausanne.example>",
        "Rappel : retour de vos documents",
        FR,
        """Bonjour,

Les documents suivants arrivent à échéance le 7 novembre 2025 :
  - « Le contrôle de gestion en 30 fiches » – retour Chauderon
  - « Sapiens » (Y. N. Harari) – retour Chauderon

Vous pouvez les prolonger une fois en ligne depuis votre compte lecteur.

Bibliothèques de Lausanne
""",
    ),
    m(
        "p4y8",
        "2025-10-17 08:30",
        LINGOZO,
        "Your weekly progress: 7-day streak! 🔥",
        EN,
        """Hi Noémie!

You're on a 7-day streak in German. This week you learned 48 new words and completed the unit
"At the office".

Keep it up: https://www.lingozo.example/learn
""",
    ),
    m(
        "p7z1",
        "2025-12-30 09:00",
        LINGOZO,
        "Your 2025 year in review",
        EN,
        html="""<html><body style="font-family:Helvetica;background:#fff8e7"><h2>Noémie, what a year!</h2>
<p>You studied German for 112 days and learned 1,204 words. Your longest streak: 26 days.</p>
<p><a href="https://www.lingozo.example/year-in-review/2025">See your year in review</a></p>
<p style="font-size:10px"><a href="https://www.lingozo.example/unsubscribe">Unsubscribe</a></p></body></html>""",
    ),
    m(
        "p0a4",
        "2025-12-15 21:00",
        "Père Noël secret <noreply@pere-noel-secret.example>",
        "Le tirage au sort a eu lieu ! 🎅",
        FR,
        """Bonjour Noémie,

Le tirage au sort du groupe « Noël des filles 2025 » a eu lieu. Tu dois faire un cadeau à :

  🎁 Léa

Budget : CHF 30.–. Échange des cadeaux le vendredi 19 décembre.

Liste de souhaits de Léa : https://www.pere-noel-secret.example/g/noel-filles-25/lea
""",
    ),
    m(
        "p3b7",
        "2025-11-10 12:33",
        "Centre sportif de la Vallée de la Jeunesse <reservations@csvj.example>",
        "Réservation confirmée – court de badminton n° 3",
        FR,
        """Votre réservation est confirmée.

Court de badminton n° 3 – mercredi 12 novembre 2025, 19h00 – 20h00
Montant : CHF 24.– (payé par carte)

Centre sportif de la Vallée de la Jeunesse, Lausanne
""",
    ),
    # ------------------------------------------------------------------ more of the same
    m(
        "q2c8",
        "2025-12-04 12:55",
        JULIEN,
        "Escalade samedi",
        FR,
        """Je viens t'encourager samedi ! Je prends le train de 13h45, je serai vers la Vieille-Ville
pour ton passage au km 5. Tu veux qu'on mange une soupe aux courges à Genève après ?
""",
    ),
    m(
        "q5d1",
        "2025-11-23 20:10",
        "Sophie Rey <sophie.rey@gmail.com>",
        "Photos des retrouvailles 📸",
        FR,
        """Merci à tous d'être venus hier, c'était génial de vous revoir après 15 ans !
Les photos : https://photos.app.goo.gl/R3tRvL2025

On se refait ça dans 5 ans ?
Sophie
""",
        to="undisclosed-recipients:;",
    ),
    m(
        "q8e4",
        "2025-12-26 10:20",
        MAMAN,
        "Merci",
        FR,
        """Merci ma chérie pour cette belle soirée et pour le gâteau, il n'en reste rien. Papa a déjà
installé la station météo de Julien sur le balcon.

Bisous à vous deux
Maman
""",
    ),
    m(
        "q1f7",
        "2025-09-30 12:48",
        LEA,
        "Re: apéro vendredi ?",
        FR,
        """Vendredi c'est parfait. 18h au Lapin Vert ? Je finis à 17h30 au bureau.

Léa

Le mar. 30 sept. 2025 à 09:12, Noémie Favre-Rochat <noemie.favre-rochat@bluewin.ch> a écrit :
> Apéro vendredi ? J'ai besoin de me changer les idées.
""",
        **rep("<1759216320.4471.1759216320019@bluewin.ch>"),
    ),
    m(
        "q4g0",
        "2026-02-09 18:22",
        ELODIE,
        "Anniversaire de Léo – samedi 21 février",
        FR,
        """Coucou tata Noémie !

Léo fête ses 7 ans le samedi 21 février dès 14h à la maison. Thème : dinosaures (évidemment).
Vous venez avec Julien ? Il rêve d'un livre sur les volcans, si jamais 😉

Bises
Elo
""",
    ),
    m(
        "q7h3",
        "2025-10-01 19:05",
        CAMILLE,
        "premier jour ✔️",
        FR,
        """Premier jour terminé ! Un bureau avec vue sur les cuves, une équipe sympa, 240 mails en retard
et un badge qui ne marche pas. Je t'appelle ce week-end.
Cam

Envoyé de mon iPhone
""",
    ),
]

# ruff: noqa: E501, RUF100
"""Corpus 125, friends, family, health and the rest of the inbox (data only): see heldout125.py."""

from __future__ import annotations

from typing import Any

from heldout125_jobs import N, ics, m, mid, re_

FR, EN = N("fr"), N("en")
KARINE = "Karine Lefebvre <karine.lefebvre.mtl@gmail.com>"
JULIEN = "Julien Marchand <julien.marchand@hotmail.com>"
SABRINA = "Sabrina Ouimet <sabou.ouimet@gmail.com>"
MARCA = "Marc-André Pelletier <ma.pelletier84@gmail.com>"
MAMAN = "Francine Bergeron <francine.bergeron54@gmail.com>"
YASMINE = "Yasmine Haddad <yasmine.haddad@outlook.com>"
SAMIR = "Samir Khalil <samir.khalil.mtl@gmail.com>"
DENT = "Clinique dentaire Saint-Denis <rendezvous@cliniquedentairestdenis.example>"
ESDM = "ESDM – Admission <admission@esdm.example>"
LI = "LinkedIn <notifications-noreply@linkedin.com>"
LAUR_MEMBRE = "Mouvement Laurentide <ne-pas-repondre@laurentide.example>"
GANG = "Karine Lefebvre <karine.lefebvre.mtl@gmail.com>, Julien Marchand <julien.marchand@hotmail.com>, Sabrina Ouimet <sabou.ouimet@gmail.com>, Marc-André Pelletier <ma.pelletier84@gmail.com>, Noémie Bergeron-Haddad <nbergeronhaddad@gmail.com>"

_S_DEPART = "Mon 5 à 7 de départ 😭🎉"
_S_FETE = "5 à 7 pour fêter la nouvelle job de Noémie!!! 🥂"

MAIL: list[dict[str, Any]] = [
    # --- friends -----------------------------------------------------------------------------
    m(
        "fr01",
        "2025-09-09 12:47",
        KARINE,
        "5 à 7 jeudi?",
        FR,
        """Allo la gang!

Ça fait une éternité. 5 à 7 jeudi au Furco? J'ai réservé une table pour 17 h 30 au nom de Karine, on sera 5 si tout le monde vient.

Noémie, amène des nouvelles de ta recherche d'emploi, on veut TOUT savoir 😄

K xx
""",
        to=GANG,
    ),
    m(
        "fr02",
        "2025-09-09 13:20",
        JULIEN,
        "Re: 5 à 7 jeudi?",
        FR,
        """Présent! Je vais arriver vers 18 h par contre, réunion d'équipe qui finit tard le jeudi.

J.

Le mar. 9 sept. 2025 à 12:47, Karine Lefebvre <karine.lefebvre.mtl@gmail.com> a écrit :
> Allo la gang!
> Ça fait une éternité. 5 à 7 jeudi au Furco?
""",
        to=GANG,
        **re_(mid("fr01", "2025-09-09 12:47", KARINE, "5 à 7 jeudi?")),
    ),
    m(
        "fr03",
        "2025-10-07 19:32",
        SABRINA,
        _S_DEPART,
        FR,
        """Bon ben c'est officiel : après 6 ans chez Génitec, j'ai accepté un poste de gestionnaire de projets dans un bureau d'ingénierie à Laval! Ma dernière journée est le 24 octobre.

Mes collègues m'organisent un 5 à 7 de départ le jeudi 23 au Bily Kun, vous êtes les bienvenus, ce serait vraiment cool de vous voir là.

Sab 💛
""",
        to=GANG,
    ),
    m(
        "fr04",
        "2025-10-07 20:05",
        JULIEN,
        f"Re: {_S_DEPART}",
        FR,
        """Wow félicitations Sab!!! Ils sont chanceux de t'avoir. Je serai là le 23 🍻

> Bon ben c'est officiel : après 6 ans chez Génitec, j'ai accepté un poste de gestionnaire
> de projets dans un bureau d'ingénierie à Laval!
""",
        to=GANG,
        **re_(mid("fr03", "2025-10-07 19:32", SABRINA, _S_DEPART)),
    ),
    m(
        "fr05",
        "2025-11-06 10:15",
        JULIEN,
        "Invitation: Mes 40 ans 🎂 5 à 7 au Dieu du Ciel! @ ven. 14 nov. 2025 17:00 - 21:00 (HNE)",
        FR,
        """Julien Marchand vous a invité(e) à cet événement.

Mes 40 ans 🎂 5 à 7 au Dieu du Ciel!
vendredi 14 novembre 2025 ⋅ 17:00 – 21:00 (heure normale de l'Est - Montréal)
Dieu du Ciel!, 29 av. Laurier Ouest, Montréal

Pas de cadeaux, juste votre belle face. Les conjoint·e·s sont les bienvenu·e·s!

Répondre pour nbergeronhaddad@gmail.com : Oui / Non / Peut-être
https://calendar.google.com/calendar/event?action=RESPOND&eid=NXE0dWhqNzFs&rst=1

Invitation de Google Agenda
""",
        ics=ics(
            "5q4uhj71l0ccp2a9t6v3m8n1rk@google.com",
            "2025-11-14 17:00",
            "Mes 40 ans 🎂 5 à 7 au Dieu du Ciel!",
            ("Julien Marchand", "julien.marchand@hotmail.com"),
            minutes=240,
            attendees=[
                ("Karine Lefebvre", "karine.lefebvre.mtl@gmail.com"),
                ("Sabrina Ouimet", "sabou.ouimet@gmail.com"),
            ],
            location="Dieu du Ciel!, 29 av. Laurier Ouest, Montréal",
        ),
    ),
    m(
        "fr06",
        "2025-11-20 21:48",
        MARCA,
        "besoin de tes lumières (entrevue)",
        FR,
        """Salut Noémie,

Petite faveur : j'ai une entrevue lundi prochain pour un poste d'analyste d'affaires dans une banque au centre-ville, et ils m'ont dit qu'il y aurait une partie « mise en situation avec un utilisateur ». Toi qui fais ça dans la vie, as-tu 20 minutes cette fin de semaine pour me donner des trucs? Je paye la bière 🍺

Merci!!
Marc-André
""",
    ),
    m(
        "fr07",
        "2025-12-01 17:30",
        KARINE,
        "Party des Fêtes chez nous le 13 🎄",
        FR,
        """Allo!

Comme chaque année, party des Fêtes chez nous samedi 13 décembre à partir de 19 h. Échange de cadeaux « poches » (max 20 $), apportez votre boisson.

Les enfants sont bienvenus jusqu'à 21 h, on va mettre un film dans la chambre du fond.

K
""",
        to=GANG,
    ),
    m(
        "fr08",
        "2025-12-20 23:02",
        MARCA,
        "J'AI EU L'OFFRE!!!!!",
        FR,
        """NOÉMIE. Ils m'ont appelé cet après-midi, j'ai eu le poste! Ils m'ont fait une offre à 82 000 $, je commence le 12 janvier.

Tes trucs pour la mise en situation ont vraiment fait la différence, la gestionnaire m'a dit que j'étais le seul à avoir posé des questions ouvertes 😅

Je te dois bien plus qu'une bière. Merci merci merci!

MA
""",
    ),
    m(
        "fr09",
        "2026-01-09 11:12",
        SABRINA,
        "5 à 7 de la rentrée – sondage de dates",
        FR,
        """Bonne année tout le monde!! 🎉

On se fait un 5 à 7 de la rentrée? J'ai fait un petit sondage, votez avant dimanche :
https://framadate.org/Rk3p9xTq2mZ8wLc1

Sab
""",
        to=GANG,
    ),
    m(
        "fr10",
        "2026-02-04 08:55",
        KARINE,
        _S_FETE,
        FR,
        """Allo la gang,

Vous l'avez peut-être vu passer sur LinkedIn : notre Noémie commence chez Nuvola Santé le 2 mars comme Senior UX Researcher!!! Après six mois de recherche, des entrevues à n'en plus finir et une offre refusée, elle l'a tellement mérité.

On fête ça jeudi prochain (12 février) au Furco, 17 h 30. C'est nous qui payons sa première tournée, Noémie, pas de discussion.

Invitation à suivre dans vos agendas.

K 💛
""",
        to=GANG,
    ),
    m(
        "fr11",
        "2026-02-04 09:02",
        KARINE,
        "Invitation: On fête Noémie 🥂 @ jeu. 12 févr. 2026 17:30 - 20:00 (HNE)",
        FR,
        """Karine Lefebvre vous a invité(e) à cet événement.

On fête Noémie 🥂
jeudi 12 février 2026 ⋅ 17:30 – 20:00 (heure normale de l'Est - Montréal)
Bar Furco, 425 rue Mayor, Montréal

Répondre pour nbergeronhaddad@gmail.com : Oui / Non / Peut-être

Invitation de Google Agenda
""",
        ics=ics(
            "0f3ke9a1n7p5s2v8x4c6b0m2jd@google.com",
            "2026-02-12 17:30",
            "On fête Noémie 🥂",
            ("Karine Lefebvre", "karine.lefebvre.mtl@gmail.com"),
            minutes=150,
            attendees=[
                ("Julien Marchand", "julien.marchand@hotmail.com"),
                ("Sabrina Ouimet", "sabou.ouimet@gmail.com"),
                ("Marc-André Pelletier", "ma.pelletier84@gmail.com"),
            ],
            location="Bar Furco, 425 rue Mayor, Montréal",
        ),
    ),
    m(
        "fr12",
        "2026-02-04 12:40",
        JULIEN,
        f"Re: {_S_FETE}",
        FR,
        """BRAVO Noémie!!! Nuvola c'est vraiment une belle boîte, une amie y travaille en dev et elle adore ça. Je serai là jeudi, évidemment.

J.
""",
        to=GANG,
        **re_(mid("fr10", "2026-02-04 08:55", KARINE, _S_FETE)),
    ),
    m(
        "fr13",
        "2026-02-13 10:20",
        SABRINA,
        "photos d'hier soir 📸",
        FR,
        """Quelques photos d'hier, la meilleure c'est celle où Julien essaie de faire un discours 😂

https://photos.app.goo.gl/Xq8RzP3nT6vK1mB47

Encore bravo Noémie, on est tellement fiers de toi!
""",
        to=GANG,
    ),
    # --- family ------------------------------------------------------------------------------
    m(
        "fa01",
        "2025-09-14 09:03",
        MAMAN,
        "Souper dimanche prochain?",
        FR,
        """Bonjour ma belle,

Est-ce que vous descendez à Sherbrooke dimanche le 21? Je ferais un pâté chinois, Léa adore ça. Ton frère sera là aussi avec les enfants.

Dis-moi ça,
Maman xx
""",
    ),
    m(
        "fa02",
        "2025-09-27 15:40",
        YASMINE,
        "Fête de papa – on se divise le cadeau?",
        FR,
        """Hey sis,

Papa a 65 ans le 11 octobre. Je pensais lui offrir la nouvelle liseuse qu'il regarde depuis des mois (240 $). On se divise? Je peux l'acheter et tu me fais un virement.

Y.
""",
    ),
    m(
        "fa03",
        "2025-10-20 20:11",
        MAMAN,
        "Déménagement – on peut vous aider samedi",
        FR,
        """Noémie,

Papa et moi on peut monter samedi le 1er pour le déménagement. On arriverait vers 9 h avec des boîtes et le lunch. Léa pourrait venir chez nous la fin de semaine si ça vous arrange, pour que vous ayez les mains libres.

Et ta recherche d'emploi? Tu ne m'en parles plus. Tu sais que ton oncle Gilles connaît du monde chez Hydro…

Bisous
Maman
""",
    ),
    m(
        "fa04",
        "2025-10-02 18:25",
        SAMIR,
        "épicerie + boîtes",
        FR,
        """Je passe au Métro en revenant, il manque quoi à part le lait et les bananes?

Aussi, j'ai trouvé 30 boîtes gratuites sur Marketplace à Villeray, je vais les chercher samedi matin avec le char de mon frère.

S
""",
    ),
    m(
        "fa05",
        "2025-11-22 16:33",
        MAMAN,
        "Photos de Léa 💕",
        FR,
        """Les photos de la fin de semaine, elle est tellement belle dans son habit de neige!

Maman

[4 pièces jointes]
""",
        attach=[
            ("IMG_4471.jpg", "image/jpeg", "JFIF placeholder"),
            ("IMG_4472.jpg", "image/jpeg", "JFIF placeholder"),
        ],
    ),
    m(
        "fa06",
        "2025-11-26 12:08",
        SAMIR,
        "Fwd: documents CPE",
        FR,
        """Je t'envoie la copie du certificat de naissance de Léa et la preuve d'adresse pour le CPE, tu peux les imprimer au bureau? Ma imprimante fait encore des siennes.

S

---------- Forwarded message ---------
De : Samir Khalil <samir.khalil.mtl@gmail.com>
Date : mer. 26 nov. 2025 à 12 h 05
Objet : documents CPE
À : Samir Khalil <samir.khalil.mtl@gmail.com>
""",
        attach=[("certificat_naissance_Lea.pdf", "application/pdf", "%PDF-1.4\n%%EOF\n")],
    ),
    m(
        "fa07",
        "2025-12-08 19:55",
        MAMAN,
        "Réveillon – qui apporte quoi",
        FR,
        """Bonjour tout le monde,

Pour le réveillon du 24 à Québec chez tante Lise :
- Noémie et Samir : les desserts (la bûche de Samir!!)
- Yasmine : le vin et les jus
- Nous : la tourtière et les cretons
- Lise : la dinde

On arrive le 23 en fin d'après-midi. Vous prenez le train?

Maman
""",
        to="Noémie Bergeron-Haddad <nbergeronhaddad@gmail.com>, Yasmine Haddad <yasmine.haddad@outlook.com>",
    ),
    m(
        "fa08",
        "2025-12-27 22:14",
        YASMINE,
        "photos du réveillon",
        FR,
        """Le lien vers l'album, il y a une vidéo de Léa qui danse sur Mon beau sapin, je l'ai regardée 40 fois 😂

https://photos.app.goo.gl/Ts9pL2qKw4nR7xBv8

Y.
""",
    ),
    m(
        "fa09",
        "2026-01-31 09:47",
        MAMAN,
        "Des nouvelles?",
        FR,
        """Allo Noémie,

Tu avais ta grosse entrevue la semaine passée, as-tu eu des nouvelles? Je croise les doigts depuis mardi.

Papa te fait dire qu'il a vu une annonce pour un poste en « expérience client » dans le journal, il l'a découpée pour toi 😄

Maman
""",
    ),
    m(
        "fa10",
        "2026-02-03 21:30",
        MAMAN,
        "Re: Des nouvelles?",
        FR,
        """BRAVO MA GRANDE!!!!! Papa a ouvert une bouteille de mousseux. On est tellement fiers de toi.

On viendra garder Léa la première semaine si tu veux, pour que tu ne stresses pas avec les retours de garderie.

Maman xxx

> Le 3 févr. 2026 à 20 h 58, Noémie Bergeron-Haddad <nbergeronhaddad@gmail.com> a écrit :
> Maman! J'ai signé ce soir, je commence le 2 mars. Je t'appelle demain.
""",
        **re_(
            mid("fa09", "2026-01-31 09:47", MAMAN, "Des nouvelles?"),
            "<CAF8m2nbh+Mm2k@mail.gmail.com>",
        ),
    ),
    m(
        "fa11",
        "2026-01-22 08:03",
        SAMIR,
        "Fwd: Votre facture Fibrenet de janvier est disponible",
        FR,
        """Pourquoi on a des frais d'interurbains? C'est toi qui as appelé ta tante en Belgique avec le cell? 😅 je vais appeler pour voir.

S

---------- Forwarded message ---------
De : Fibrenet <facturation@fibrenet.example>
Date : jeu. 8 janv. 2026 à 04 h 30
Objet : Votre facture Fibrenet de janvier est disponible

Montant : 101,18 $ (Internet 500 + forfait mobile 20 Go + frais d'appels interurbains)
""",
    ),
    # --- health ----------------------------------------------------------------------------------------
    m(
        "dn01",
        "2025-10-02 11:30",
        DENT,
        "Confirmation de rendez-vous – jeudi 23 octobre, 8 h 15",
        FR,
        """Bonjour Noémie,

Votre rendez-vous est confirmé :

Examen et nettoyage avec Marie-Josée (hygiéniste), puis Dre Nadia Benhamou
Jeudi 23 octobre 2025, 8 h 15 (environ 60 minutes)
Clinique dentaire Saint-Denis, 4325 rue Saint-Denis

Ajoutez le rendez-vous à votre agenda (fichier joint). Toute annulation doit être faite 48 heures à l'avance, sinon des frais de 75 $ s'appliquent.

Clinique dentaire Saint-Denis
514 555-0129
""",
        ics=ics(
            "rdv-88213-20251023@cliniquedentairestdenis.example",
            "2025-10-23 08:15",
            "Rendez-vous dentaire – Clinique dentaire Saint-Denis",
            ("Clinique dentaire Saint-Denis", "rendezvous@cliniquedentairestdenis.example"),
            location="4325 rue Saint-Denis, Montréal",
        ),
    ),
    m(
        "dn02",
        "2025-10-21 09:00",
        DENT,
        "Rappel : votre rendez-vous du jeudi 23 octobre",
        FR,
        """Bonjour Noémie,

Petit rappel de votre rendez-vous jeudi 23 octobre à 8 h 15 à la Clinique dentaire Saint-Denis.

Pour confirmer, répondez OUI. Pour annuler ou déplacer, appelez-nous au 514 555-0129.
""",
    ),
    m(
        "dn03",
        "2026-01-28 14:12",
        DENT,
        "Confirmation de rendez-vous – Léa Khalil-Bergeron – mardi 10 février, 16 h",
        FR,
        """Bonjour,

Le rendez-vous de Léa est confirmé : première visite « découverte » avec la Dre Benhamou (15 minutes), mardi 10 février 2026 à 16 h.

Conseil : parlez-lui du dentiste comme d'une aventure, et apportez son toutou préféré!

Clinique dentaire Saint-Denis
""",
        ics=ics(
            "rdv-90377-20260210@cliniquedentairestdenis.example",
            "2026-02-10 16:00",
            "Dentiste – Léa (première visite)",
            ("Clinique dentaire Saint-Denis", "rendezvous@cliniquedentairestdenis.example"),
            minutes=15,
            location="4325 rue Saint-Denis, Montréal",
        ),
    ),
    m(
        "dn04",
        "2026-02-10 16:41",
        DENT,
        "Votre reçu – Clinique dentaire Saint-Denis",
        FR,
        """Merci de votre visite!

Patiente : Léa Khalil-Bergeron
Date : 2026-02-10
Service : examen de dépistage (enfant) – 0,00 $ (couvert par la RAMQ)

Prochain rappel : août 2026.
""",
    ),
    m(
        "sa01",
        "2026-01-14 11:02",
        "Rendez-vous santé Québec <ne-pas-repondre@rvsq.gouv.qc.ca>",
        "Confirmation de votre rendez-vous",
        FR,
        """Bonjour,

Votre rendez-vous est confirmé.

Personne : Léa Khalil-Bergeron
Type de consultation : consultation urgente (otite?)
Date et heure : jeudi 15 janvier 2026, 9 h 40
Lieu : GMF-U Plateau-Mont-Royal, 4625 avenue De Lorimier

Apportez la carte d'assurance maladie de l'enfant.

Pour annuler : https://www.rvsq.gouv.qc.ca
Rendez-vous santé Québec
""",
    ),
    m(
        "ph01",
        "2026-01-15 13:05",
        "Pharmacie Beaubien <ordonnances@pharmaciebeaubien.example>",
        "Votre ordonnance est prête",
        FR,
        """Bonjour,

L'ordonnance de Léa Khalil-Bergeron est prête à être récupérée à la Pharmacie Beaubien (comptoir des ordonnances, ouvert jusqu'à 21 h).

Pharmacie Beaubien – affiliée
""",
    ),
    # --- LinkedIn social --------------------------------------------------------------------------------
    m(
        "li01",
        "2025-10-27 08:10",
        LI,
        "Félicitez Sabrina Ouimet pour son nouveau poste",
        FR,
        """Sabrina Ouimet a commencé un nouveau poste

Sabrina Ouimet
Gestionnaire de projets chez Bureau d'ingénierie Duvernay

Félicitez Sabrina : https://www.linkedin.com/comm/feed/update/urn:li:activity:7389012?trk=eml-congrats

----------------------------------------
Ce courriel était destiné à Noémie Bergeron-Haddad (UX Researcher | Mixed methods | Accessibility)
Se désabonner : https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "li02",
        "2025-11-02 09:30",
        LI,
        "Vous êtes apparue dans 23 recherches cette semaine",
        FR,
        """Noémie, vous êtes apparue dans 23 recherches cette semaine

Les personnes qui vous ont trouvée travaillent chez : Talents Mosaïque, Synapse Robotique, Nuvola Santé

Mots-clés utilisés : recherche utilisateur, UX researcher, accessibilité

Voir toutes les recherches : https://www.linkedin.com/comm/me/search-appearances/?trk=eml-search

----------------------------------------
Ce courriel était destiné à Noémie Bergeron-Haddad (UX Researcher | Mixed methods | Accessibility)
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "li03",
        "2025-12-04 18:44",
        LI,
        "Julien Marchand a commenté votre publication",
        FR,
        """Julien Marchand a commenté votre publication :
« Trois choses que m'ont apprises 12 entrevues avec des usagers du transport adapté »

Julien Marchand : « Super intéressant! Le point sur les horaires imprimés m'a jeté à terre. »

Voir le commentaire : https://www.linkedin.com/comm/feed/update/urn:li:activity:7401877?trk=eml-comment
""",
    ),
    m(
        "li04",
        "2026-01-15 08:05",
        LI,
        "Félicitez Marc-André Pelletier pour son nouveau poste",
        FR,
        """Marc-André Pelletier a commencé un nouveau poste

Marc-André Pelletier
Analyste d'affaires chez Banque Verdure

Félicitez Marc-André : https://www.linkedin.com/comm/feed/update/urn:li:activity:7417633?trk=eml-congrats
""",
    ),
    m(
        "li05",
        "2026-02-06 07:50",
        LI,
        "Noémie, faites savoir à votre réseau que vous avez un nouveau poste",
        FR,
        """Vous avez un nouveau poste? Mettez votre profil à jour et partagez la nouvelle avec votre réseau.

Ajouter un poste : https://www.linkedin.com/comm/in/me/edit/forms/position/new/?trk=eml-newposition

Ce courriel était destiné à Noémie Bergeron-Haddad (UX Researcher | Mixed methods | Accessibility)
""",
    ),
    m(
        "li06",
        "2026-02-11 08:00",
        LI,
        "Souhaitez à Karine Lefebvre un joyeux anniversaire de travail",
        FR,
        """Karine Lefebvre célèbre 5 ans chez Théâtre du Nouveau Quartier

Envoyez vos félicitations : https://www.linkedin.com/comm/feed/?trk=eml-anniv
""",
    ),
    # --- admission, volunteering, a loan --------------------------------------------------------------
    m(
        "sc01",
        "2025-10-15 16:02",
        ESDM,
        "Accusé de réception – demande d'admission (hiver 2026)",
        FR,
        """Bonjour Madame Bergeron-Haddad,

Nous accusons réception de votre demande d'admission au programme suivant :

Microprogramme de 2e cycle en accessibilité numérique (15 crédits), temps partiel, trimestre d'hiver 2026
Numéro de demande : A26-004417

Votre dossier sera analysé après la réception de toutes les pièces requises (relevés de notes, lettre d'intention). Suivez l'état de votre demande dans le Centre étudiant.

Bureau du registraire – Admission
École supérieure de design de Montréal
""",
    ),
    m(
        "sc02",
        "2025-11-25 10:45",
        ESDM,
        "Convocation – entrevue d'admission, Microprogramme en accessibilité numérique",
        FR,
        """Bonjour Madame Bergeron-Haddad,

Le comité d'admission du Microprogramme en accessibilité numérique souhaite vous rencontrer en entrevue (15 minutes, en visioconférence) :

Vendredi 5 décembre 2025, 11 h 30
Lien Teams : dans l'invitation ci-jointe

L'entrevue porte sur votre lettre d'intention et vos objectifs de formation.

Pr Louis-Philippe Gendron
Responsable du programme
""",
        ics=ics(
            "040000008200E00074C5B7101A82E008000000005A1F9C3E7B5EDB01000000000000000010000000",
            "2025-12-05 11:30",
            "Entrevue d'admission – Bergeron-Haddad",
            ("Louis-Philippe Gendron", "lp.gendron@esdm.example"),
            style="outlook",
            minutes=15,
            location="Réunion Microsoft Teams",
        ),
    ),
    m(
        "sc03",
        "2025-12-19 14:30",
        ESDM,
        "Décision relative à votre demande d'admission",
        FR,
        """Bonjour Madame Bergeron-Haddad,

Nous avons le plaisir de vous offrir l'admission au Microprogramme de 2e cycle en accessibilité numérique, à temps partiel, à compter du trimestre d'hiver 2026.

Pour confirmer votre place, acceptez l'offre d'admission dans le Centre étudiant au plus tard le 5 janvier 2026. Les cours débutent le 12 janvier.

Félicitations!

Bureau du registraire – Admission
École supérieure de design de Montréal
""",
    ),
    m(
        "bv01",
        "2026-01-13 20:30",
        "Festival Lumières d'hiver <benevoles@lumieresdhiver.example>",
        "Merci pour ta candidature bénévole! ❄️",
        FR,
        """Salut Noémie,

Merci d'avoir posé ta candidature comme bénévole pour la 9e édition du Festival Lumières d'hiver (20 février au 8 mars 2026)!

Tes choix : 1) accueil et information 2) zone famille

On revient vers toi d'ici la fin janvier avec ton horaire.

L'équipe des bénévoles
""",
    ),
    m(
        "bv02",
        "2026-02-03 12:15",
        "Festival Lumières d'hiver <benevoles@lumieresdhiver.example>",
        "Ta candidature est acceptée – formation le 17 février",
        FR,
        """Bonne nouvelle, Noémie : tu fais partie de l'équipe bénévole 2026! 🎉

Ton poste : zone famille (samedi 21 et dimanche 22 février, 10 h à 14 h)
Formation obligatoire : mardi 17 février, 18 h 30, Quartier des spectacles (pavillon des bénévoles)

Tu recevras ton dossard et ta tuque officielle à la formation.

À bientôt!
L'équipe des bénévoles
""",
    ),
    m(
        "ln01",
        "2025-09-24 10:05",
        "Financement Écomobile <demandes@ecomobile-financement.example>",
        "Nous avons reçu votre demande de financement",
        FR,
        """Bonjour Noémie,

Nous avons bien reçu votre demande de financement pour l'achat d'un vélo cargo électrique (montant demandé : 4 200 $, 24 mois).

Notre équipe de crédit vous répondra en 48 heures ouvrables.

Financement Écomobile
""",
    ),
    m(
        "ln02",
        "2025-09-26 14:48",
        "Financement Écomobile <demandes@ecomobile-financement.example>",
        "Votre demande de prêt est approuvée",
        FR,
        """Bonjour Noémie,

Bonne nouvelle : votre demande de financement est approuvée!

Montant : 4 200 $
Durée : 24 mois
Taux : 6,99 %
Versement mensuel : 187,90 $

Signez votre contrat en ligne pour que nous versions les fonds au marchand : https://ecomobile-financement.example/contrat/7Qp2-88

Financement Écomobile
""",
    ),
    # --- odds and ends ----------------------------------------------------------------------------------
    m(
        "od01",
        "2025-12-16 17:40",
        "Marie-Ève Tousignant <me.tousignant@gmail.com>",
        "Invitation – fête de Charlotte (3 ans) 🦄",
        FR,
        """Bonjour les parents des Lucioles!

Charlotte aura 3 ans et on organise une petite fête samedi 10 janvier, de 10 h à 12 h, au sous-sol de l'église Saint-Ambroise (il y aura de la place pour courir!).

Merci de confirmer la présence de vos cocos d'ici le 5 janvier.

Marie-Ève (maman de Charlotte)
""",
    ),
    m(
        "od02",
        "2025-11-28 08:00",
        "BAnQ <ne-pas-repondre@banq.qc.ca>",
        "Rappel : document à rendre bientôt",
        FR,
        """Bonjour,

Le document suivant doit être rendu d'ici le 2 décembre 2025 :

Interviewing Users (2e éd.) – Steve Portigal

Vous pouvez le renouveler en ligne dans votre dossier d'usager.

Bibliothèque et Archives nationales du Québec
""",
    ),
    m(
        "od03",
        "2026-01-19 19:00",
        "Association des locataires du 7415 De Gaspé <locataires7415@gmail.com>",
        "Assemblée des locataires – chauffage et déneigement",
        FR,
        """Bonjour à tous,

Une assemblée des locataires aura lieu le mercredi 28 janvier à 19 h, dans la salle commune du rez-de-chaussée. À l'ordre du jour : les problèmes de chauffage au 3e étage, le déneigement des balcons et la hausse de loyer annoncée pour juillet.

Venez nombreux!
Le comité
""",
    ),
    m(
        "od04",
        "2025-10-18 11:20",
        "Billets MTL <billets@billetsmtl.example>",
        "Vos billets : Les Cowboys Fringants – hommage (7 décembre)",
        FR,
        """Merci pour votre achat!

Hommage aux Cowboys Fringants – Théâtre Outremont
Dimanche 7 décembre 2025, 20 h
2 billets, parterre, rangée M, sièges 11-12
Total : 118,50 $

Vos billets électroniques sont joints. Présentez-les à l'entrée sur votre téléphone.
""",
    ),
    m(
        "od05",
        "2025-12-09 09:14",
        "Google <no-reply@accounts.google.com>",
        "Alerte de sécurité",
        FR,
        """Nouvelle connexion sur Windows

Votre compte Google nbergeronhaddad@gmail.com vient d'être utilisé pour vous connecter sur un nouvel appareil Windows. Nous voulions simplement nous assurer qu'il s'agit bien de vous.

Vérifier l'activité : https://accounts.google.com/AccountChooser?Email=nbergeronhaddad@gmail.com&continue=https://myaccount.google.com/alert/nt/1765289640000

Vous pouvez également consulter l'activité liée à la sécurité à l'adresse https://myaccount.google.com/notifications
""",
    ),
    # --- more of the everyday ------------------------------------------------------------------
    m(
        "fx01",
        "2025-10-09 21:15",
        YASMINE,
        "Re: Fête de papa – on se divise le cadeau?",
        FR,
        """Acheté! Elle arrive jeudi. Tu me fais le virement quand tu peux, pas de presse.

Y.

> On se divise? Je peux l'acheter et tu me fais un virement.
""",
        **re_(mid("fa02", "2025-09-27 15:40", YASMINE, "Fête de papa – on se divise le cadeau?")),
    ),
    m(
        "fx02",
        "2026-01-14 10:52",
        SAMIR,
        "Léa fait de la fièvre",
        FR,
        """Le CPE vient d'appeler, Léa fait 38,9 et tire sur son oreille. Je vais la chercher, j'ai pris un rendez-vous sur RVSQ pour demain matin (c'est dans tes courriels, je l'ai mis avec ton adresse).

Peux-tu passer à la pharmacie en revenant? Tylenol pour enfants, on n'en a presque plus.

S
""",
    ),
    m(
        "fx03",
        "2026-02-16 17:05",
        SAMIR,
        "souper vendredi chez mes parents",
        FR,
        """Ma mère veut nous recevoir vendredi pour fêter ton nouveau travail (elle a dit « enfin un vrai salaire » 🙄 désolé). 18 h, elle fait du maqlouba.

Ça te va?

S
""",
    ),
    m(
        "fx04",
        "2025-11-11 10:30",
        "SAAQ <ne-pas-repondre@saaq.gouv.qc.ca>",
        "Avis de renouvellement – permis de conduire",
        FR,
        """Bonjour,

Votre permis de conduire arrive à échéance le 14 décembre 2025. Vous pouvez payer votre renouvellement en ligne dans SAAQclic.

Montant à payer : 96,12 $

Société de l'assurance automobile du Québec
""",
    ),
    m(
        "fx05",
        "2025-11-13 12:00",
        "Ville de Montréal <ne-pas-repondre@montreal.ca>",
        "Votre vignette de stationnement SRRR – secteur 64",
        FR,
        """Bonjour,

Votre demande de vignette de stationnement sur rue réservé aux résidents (secteur 64, arrondissement de Rosemont–La Petite-Patrie) a été traitée. La vignette 2025-2026 vous sera expédiée par la poste d'ici 10 jours ouvrables.

Montant payé : 147,00 $
Numéro de demande : SRRR-64-2025-11873

Ville de Montréal – Services aux citoyens
""",
    ),
    m(
        "fx06",
        "2026-02-19 09:00",
        LAUR_MEMBRE,
        "Invitation : assemblée générale annuelle de votre caisse",
        FR,
        """Chère membre, cher membre,

Vous êtes invitée à l'assemblée générale annuelle de la Caisse Laurentide du Plateau et de la Petite-Patrie, le mardi 14 avril 2026 à 19 h, au Centre du Plateau (et en ligne).

À l'ordre du jour : le rapport annuel, la proposition de ristourne et l'élection au conseil d'administration.

Inscrivez-vous : https://www.laurentide.example/caisses/plateau-petite-patrie/aga2026

Mouvement Laurentide – Coopérer, c'est avancer.
""",
    ),
    m(
        "fx07",
        "2025-12-12 15:20",
        "Panel Opinio <paiements@panelopinio.example>",
        "Votre compensation de 100 $ a été envoyée",
        FR,
        """Bonjour Noémie,

Merci d'avoir participé à l'étude FIN-2511! Votre compensation de 100 $ vous a été envoyée par virement Interac à l'adresse nbergeronhaddad@gmail.com.

Vous recevrez d'autres invitations selon votre profil.

Panel Opinio
""",
    ),
    m(
        "fx08",
        "2026-01-07 13:45",
        "ESDM – Centre étudiant <centre.etudiant@esdm.example>",
        "Bienvenue à l'ESDM : votre rentrée d'hiver 2026",
        FR,
        """Bonjour Noémie,

Bienvenue à l'École supérieure de design de Montréal!

Votre premier cours, ACN-6001 Fondements de l'accessibilité numérique, aura lieu le lundi 12 janvier, de 18 h 30 à 21 h 30, au local C-3.410 (et en comodal).

Votre carte étudiante peut être récupérée au comptoir du registrariat. Votre code d'accès à l'environnement numérique d'apprentissage : voir le Centre étudiant.

Bonne session!
""",
    ),
    m(
        "fx09",
        "2025-11-27 10:00",
        "UX Montréal via Meetup <info@meetup.com>",
        "Nouvel événement : Party des Fêtes de la communauté UX 🎄",
        FR,
        """UX Montréal a publié un nouvel événement

Party des Fêtes de la communauté UX
Mercredi 10 décembre 2025, 18 h
Brasserie Harricana, 95 rue Jean-Talon Ouest

Quiz UX, bouchées et échange de livres. Gratuit pour les membres.

Participer : https://www.meetup.com/ux-montreal/events/312004811/?utm_medium=email
""",
    ),
    m(
        "fx10",
        "2026-01-30 16:10",
        "CPE Les Petits Hiboux <direction@cpepetitshiboux.example>",
        "Infolettre de février – CPE Les Petits Hiboux",
        FR,
        """Bonjour chers parents,

Au programme en février :
- Semaine du carnaval : du 9 au 13 février (journée pyjama le mercredi!)
- Journée pédagogique : vendredi 27 février, le CPE sera fermé
- Rappel : identifiez TOUS les vêtements d'hiver de vos enfants

Merci pour votre belle collaboration!
La direction
""",
    ),
    m(
        "fx11",
        "2025-10-29 12:22",
        SABRINA,
        "lunch la semaine prochaine?",
        FR,
        """Allo toi!

Mon nouveau bureau est à deux rues du tien (enfin, de ton ancien… tu vois ce que je veux dire 😅). Lunch mardi ou mercredi? J'ai besoin de te raconter ma première semaine, mon nouveau boss est TRÈS intense.

Sab
""",
    ),
    m(
        "fx12",
        "2025-11-21 07:40",
        MARCA,
        "Re: besoin de tes lumières (entrevue)",
        FR,
        """T'es la meilleure. Samedi 14 h au Olimpico, je t'offre le latté.

MA

> Oui, avec plaisir! Samedi après-midi, ça te va? Apporte la description du poste.
""",
        **re_(
            mid("fr06", "2025-11-20 21:48", MARCA, "besoin de tes lumières (entrevue)"),
            "<CAF8m2nbh+Pb7j@mail.gmail.com>",
        ),
    ),
    m(
        "fx13",
        "2026-01-09 08:31",
        "Studio Yoga Mile-End <reservations@yogamileend.example>",
        "Réservation confirmée : Yoga parent-enfant, samedi 9 h 30",
        FR,
        """Votre place est réservée!

Yoga parent-enfant (18 mois – 4 ans) avec Catherine
Samedi 10 janvier 2026, 9 h 30 à 10 h 15
Crédits restants : 9

Annulation sans frais jusqu'à 12 h avant le cours.
""",
    ),
    m(
        "fx14",
        "2025-12-18 19:25",
        "Boutique Nordik Kids <commandes@nordikkids.example>",
        "Votre commande a été expédiée 📦",
        FR,
        """Bonjour Noémie,

Bonne nouvelle : votre commande #NK-30418 a été expédiée par Postes Canada.

1 × Habit de neige une pièce, 2T, bleu nuit
1 × Mitaines imperméables (2 paires)

Suivi : 7023 2104 9981 8830
Boutique Nordik Kids
""",
    ),
]

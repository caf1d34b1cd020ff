# ruff: noqa: E501, RUF100
"""Corpus 154, family, friends and leisure (data only): see heldout154.py.

Her sister, mother, husband and friends on gmail / orange / free (some of them talking about
their own jobs, entretiens and offers), the running club, Strava, newsletters and holidays.
None of it is job mail."""

from __future__ import annotations

from typing import Any

from heldout154_jobs import N, ics, m, re_

_AN = "Anaïs Guillou <anais.guillou@gmail.com>"
_MAMAN = "Françoise Guillou <francoise.guillou29@orange.fr>"
_SAMI = "Sami Benhamou <sami.benhamou@gmail.com>"
_SOIZ = "Soizic Le Dantec <soizic.ledantec@orange.fr>"
_CAM = "Camille Berthelot <camille.berthelot@gmail.com>"
_JER = "Jérémy Pichon <jeremy.pichon@free.fr>"
_JUL = "Julie Moreau <julie.moreau44@free.fr>"
_LINA = "Lina Haddad <lina.haddad@gmail.com>"
_NER = "Nantes Erdre Running <contact@nantes-erdre-running.example>"

# --- Anaïs (sister) -----------------------------------------------------------------------

_an1 = m(
    "a1fa",
    "2025-09-06 11:20",
    _AN,
    "dimanche chez papa maman ?",
    N(),
    text="""Coucou,

Vous montez à Quimper dimanche 14 ? Maman voudrait savoir pour le far 😂
Sinon on peut faire le 21, mais moi je préfère le 14 (après c'est la rentrée des CP et je vais
être morte).

Bisous
A.
""",
)

_an2 = m(
    "b2gb",
    "2025-09-21 20:47",
    _AN,
    "mon entretien jeudi !!!",
    N(),
    text="""Maëlle,

J'ai été convoquée pour le poste de conseillère pédagogique de circonscription !!! Entretien
jeudi 25 à 14h avec l'IEN et la conseillère qui part. Je stresse à mort.

Toi qui enchaînes les entretiens en ce moment, tu as des conseils ? Ils vont sûrement me
demander comment j'accompagnerais un collègue en difficulté, et j'ai peur de faire la
maîtresse d'école 🙈

Je t'appelle demain soir si tu n'es pas de nuit ?

Anaïs
""",
)

_an3 = m(
    "c3hc",
    "2025-09-27 19:15",
    _AN,
    "Re: mon entretien jeudi !!!",
    N(),
    text="""J'AI LE POSTE !!!!!!!

L'IEN m'a rappelée ce matin, je commence officiellement au 1er novembre (le temps qu'ils
trouvent quelqu'un pour ma classe). Ton truc de préparer trois exemples concrets, ça a
marché, elle m'a même dit que j'étais « très structurée » (moi ???).

On fête ça à Noël, c'est moi qui offre le champagne 🥂

Le dim. 21 sept. 2025 à 22:31, Maëlle Guillou-Benhamou <maelle.guillou.benhamou@gmail.com> a écrit :
> Respire !! Prépare trois situations concrètes, avec ce que tu as fait et ce que tu en as
> appris, et le reste ça ira. Et tu n'as pas à faire semblant de ne pas être maîtresse, c'est
> justement pour ça qu'ils te veulent 😘
""",
    **{"In-Reply-To": "<CAFx9Qn2=mael.0921@mail.gmail.com>"},
)

_an4 = m(
    "d4id",
    "2025-11-09 17:02",
    _AN,
    "photos Toussaint 📸",
    N(),
    text="""Voilà les photos de la plage de Trégunc, Noé avec son seau c'est collector.

(il y en a d'autres sur le drive de maman)
""",
    attach=[
        ("IMG_4471.jpg", "image/jpeg", "JFIF-fake-photo-bytes-1"),
        ("IMG_4479.jpg", "image/jpeg", "JFIF-fake-photo-bytes-2"),
    ],
)

_an5 = m(
    "e5je",
    "2025-12-21 09:33",
    _AN,
    "Noël chez nous cette année ?",
    N(),
    text="""Hello,

Proposition : on fait le réveillon chez nous à Quimper le 24, et le 25 midi chez papa maman.
Vous dormez à la maison, on a installé le lit parapluie pour Noé.

Et dis-moi si tu as des nouvelles de tes entretiens, maman me demande tous les jours 🙄

A.
""",
)

_an6 = m(
    "f6kf",
    "2026-01-09 07:41",
    _AN,
    "Re: NOUVELLE !!!",
    N(),
    text="""AAAAH trop contente pour toi !!!! Fini les nuits, fini les week-ends, tu vas enfin dormir 😭😭
Santé au travail, ça te va trop bien. Tu commences le 2 mars c'est ça ?

On vient pour ton pot de départ, promis.

Le jeu. 8 janv. 2026 à 22:10, Maëlle Guillou-Benhamou <maelle.guillou.benhamou@gmail.com> a écrit :
> J'ai dit oui à STLE !!!! Je t'appelle demain, là je suis de nuit
""",
    **{"In-Reply-To": "<CAFx9Qn2=mael.0108@mail.gmail.com>"},
)

_an7 = m(
    "g7lg",
    "2026-01-05 18:20",
    _AN,
    "Invitation : Anniversaire Anaïs 🎂 @ sam. 24 janv. 2026 19:30",
    N(),
    text="""Anaïs Guillou vous a invitée à un événement.

Anniversaire Anaïs 🎂
samedi 24 janvier 2026 · 19:30 – 23:30
Chez Anaïs et Paul, 9 rue de Brest, Quimper

Participer ? Oui - Peut-être - Non
Invitation de Google Agenda
""",
    ics=ics(
        "6v0fl4pq3i2n8jb0s9tk1hc7ag@google.com",
        "2026-01-24 19:30",
        "Anniversaire Anaïs 🎂",
        ("Anaïs Guillou", "anais.guillou@gmail.com"),
        minutes=240,
        location="9 rue de Brest, 29000 Quimper",
    ),
)

_an8 = m(
    "h8mh",
    "2026-02-15 21:05",
    _AN,
    "Re: déménagement samedi 28",
    N(),
    text="""Paul et moi on arrive vendredi soir, on peut prendre la remorque de papa. Par contre
Paul a son dos, donc pas le frigo 😅

Le dim. 15 févr. 2026 à 20:12, Maëlle Guillou-Benhamou <maelle.guillou.benhamou@gmail.com> a écrit :
> Qui est dispo le samedi 28 ? On a la clé le 29/01 mais on déménage le 28/02 avec l'état
> des lieux le matin. Pizza et bière offertes 🍕
""",
    **{"In-Reply-To": "<CAFx9Qn2=mael.0215@mail.gmail.com>"},
)

# --- maman -----------------------------------------------------------------------------

_ma1 = m(
    "i9ni",
    "2025-09-16 14:10",
    _MAMAN,
    "Noé",
    N(),
    text="""Ma chérie,

Ton père a retrouvé ton petit vélo rouge dans le grenier, il va le repeindre pour Noé. Dis-lui
que papi travaille dessus !

Tu as l'air fatiguée au téléphone, j'espère que tu vas trouver un poste de jour, ce n'est pas
une vie ces nuits.

Gros bisous à vous trois
Maman
""",
)

_ma2 = m(
    "j0oj",
    "2025-10-25 10:48",
    _MAMAN,
    "Vacances de la Toussaint",
    N(),
    text="""Coucou,

On peut garder Noé du 27 au 31 si vous voulez, ton père viendra le chercher à Nantes lundi
matin. Dis-moi vite pour qu'on prépare la chambre.

Bises
Maman

Envoyé de mon iPad
""",
)

_ma3 = m(
    "k1pk",
    "2026-01-10 09:12",
    _MAMAN,
    "Félicitations ma fille",
    N(),
    text="""Ma chérie,

Anaïs nous a dit pour ton nouveau travail, nous sommes tellement fiers de toi. Ton père a dit
« enfin des horaires de fonctionnaire » (je sais, tu étais déjà fonctionnaire…).

On t'embrasse fort,
Maman et Papa
""",
)

_ma4 = m(
    "l2ql",
    "2026-02-22 16:55",
    _MAMAN,
    "Re: pot de départ",
    N(),
    text="""On ne pourra pas venir vendredi, ton père a son rendez-vous à l'hôpital de Quimper, mais on
pensera à toi. Fais des photos !

Maman

> Le 22/02/2026 à 14:03, Maëlle a écrit :
> Mon pot de départ c'est vendredi 27 à 14h30 au service, si vous voulez passer !
""",
)

# --- Sami -------------------------------------------------------------------------------

_sa1 = m(
    "m3rm",
    "2025-09-24 12:31",
    _SAMI,
    "simulation prêt",
    N(),
    text="""Je t'ai fait le tableau avec les trois simulations (20, 22 et 25 ans). Sur 25 ans on
reste sous les 35 % même avec ton salaire actuel sans les nuits.

Il faudra quand même demander à la courtière si un changement de poste pendant le dossier pose
problème.

bisous
""",
    attach=[
        (
            "simulations_pret.csv",
            "text/csv",
            "duree;mensualite;cout\n20;1352;86480\n22;1262;99640\n25;1148;106400\n",
        )
    ],
)

_sa2 = m(
    "n4sn",
    "2025-10-17 12:02",
    _SAMI,
    "Fwd: Commission d'attribution – décision",
    N(),
    text="""YESSS on a la place à la crèche !!! 4 jours à partir du 5 janvier 🎉
Je réponds que c'est ok ou tu veux le faire ?

---------- Forwarded message ---------
De : Les P'tits Mousses <direction@ptitsmousses-nantes.example>
Date: ven. 17 oct. 2025 à 10:05
Subject: Commission d'attribution – décision
To: Maëlle Guillou-Benhamou, Sami Benhamou

Bonjour Madame, Monsieur,

Nous avons le plaisir de vous informer que votre demande a été retenue par la commission
d'attribution du 15 octobre : une place en accueil régulier est proposée à Noé à compter du
lundi 5 janvier 2026.
[…]
""",
)

_sa3 = m(
    "o5to",
    "2025-11-20 16:48",
    _SAMI,
    "ce soir",
    N(),
    text="""Je récupère Noé à 18h, pense au pain si tu passes devant la boulangerie avant ta nuit.
""",
)

_sa4 = m(
    "p6up",
    "2025-12-09 21:30",
    _SAMI,
    "assurance emprunteur – questionnaire santé",
    N(),
    text="""Le lien pour le questionnaire de santé de l'assurance emprunteur est arrivé, il faut que
chacun le remplisse avant vendredi. Je t'ai transféré ton lien par SMS.

Élise dit que la délégation d'assurance nous fait gagner 9 000 € sur la durée 👌
""",
)

_sa5 = m(
    "q7vq",
    "2026-01-26 08:05",
    _SAMI,
    "RDV notaire jeudi – check-list",
    N(),
    text="""Pour jeudi 10h chez Lemoine :
- pièces d'identité (les deux)
- attestation d'assurance habitation (faite ✅)
- RIB Banque Loire Océan
- virement des frais fait le 20 ✅

Je pose ma matinée. Tu sors de nuit mercredi ? Si oui tu dors 3h et je te réveille 😬
""",
)

_sa6 = m(
    "r8wr",
    "2026-02-11 19:44",
    _SAMI,
    "cartons",
    N(),
    text="""J'ai récupéré 30 cartons chez Bricomarché, ils sont dans le coffre. On commence par la
bibliothèque ce week-end ?
""",
)

# --- friends ----------------------------------------------------------------------------

_so1 = m(
    "s9xs",
    "2025-09-13 23:58",
    _SOIZ,
    "Québec, c'est signé !!",
    N(),
    text="""Ma belle,

Ça y est, j'ai reçu mon permis de travail et j'ai signé mon contrat avec le CISSS ! Infirmière
clinicienne en chirurgie, de jour (!!!), à Sherbrooke. Départ le 20 octobre. L'OIIQ a validé
mon dossier, j'ai juste le stage d'intégration à faire là-bas.

Je vais tellement vous regretter, toi et la 3e Est. Promets-moi de quitter les nuits toi aussi.

Bisous
Soizic
""",
)

_so2 = m(
    "t0yt",
    "2025-10-05 10:30",
    _SOIZ,
    "Re: Québec, c'est signé !!",
    N(),
    text="""Merci pour ton message, il m'a fait pleurer 😭 On se fait un dernier resto avant que je
parte ? Mercredi 15 ?

> Le 14 sept. 2025 à 08:12, Maëlle Guillou-Benhamou a écrit :
> Je suis tellement contente pour toi !!! Tu le mérites tellement.
""",
    **re_(_so1),
)

_so3 = m(
    "u1zu",
    "2025-12-28 22:40",
    _SOIZ,
    "Photos de Sherbrooke ❄️",
    N(),
    text="""-24 ce matin, je vous envoie des photos pour que vous mesuriez ma souffrance 😂

Le boulot c'est top, les collègues super accueillants, mais je découvre les « quarts de
travail » et les « usagers »… Et toi, tes entretiens ? Raconte !

Bises glacées
Soizic
""",
    attach=[("PXL_20251227_151044.jpg", "image/jpeg", "JFIF-fake-photo-bytes-3")],
)

_ca1 = m(
    "v2av",
    "2025-10-16 12:45",
    _CAM,
    "entretien mardi chez un labo, des conseils ?",
    N(),
    text="""Hello Maëlle !

J'ai un entretien mardi pour un poste d'affaires réglementaires dans un labo à Nantes (oui, je
veux quitter l'officine moi aussi 😅). Toi qui as passé celui avec la CRO anglaise, ils t'ont
demandé quoi ? C'était en anglais tout du long ?

Merci ma belle, bisous
Camille
""",
)

_ca2 = m(
    "w3bw",
    "2025-10-29 21:14",
    _CAM,
    "Re: entretien mardi chez un labo, des conseils ?",
    N(),
    text="""Bon, pas prise 😩 Ils m'ont dit que mon profil était « très intéressant » mais qu'ils
voulaient quelqu'un avec une première expérience en réglementaire. Classique.

Je retente ma chance ailleurs. Et toi, des nouvelles de la clinique ?

> Le 16 oct. 2025 à 19:02, Maëlle Guillou-Benhamou a écrit :
> La vidéo c'était en anglais oui, mais surtout des questions de motivation. Prépare des
> exemples concrets, et dis que tu as envie d'apprendre !
""",
    **re_(_ca1),
)

_ca3 = m(
    "x4cx",
    "2025-12-01 18:20",
    _CAM,
    "ciné jeudi ?",
    N(),
    text="""Le dernier Ozon passe au Katorza jeudi à 20h, ça te tente ? Tu es de repos ?
""",
)

_je1 = m(
    "y5dy",
    "2025-09-19 22:05",
    _JER,
    "Sortie longue dimanche ?",
    N(),
    text="""Salut,

Sortie longue dimanche 8h30 au départ du pont de la Jonelière, 18 km le long de l'Erdre,
allure tranquille (5'45). Tu viens ?

Jérémy
""",
)

_je2 = m(
    "z6ez",
    "2025-10-24 13:10",
    _JER,
    "Re: semi des Foulées de l'Erdre",
    N(),
    text="""Top pour ton inscription ! On vise 1h55 ensemble ? Départ 9h30, rendez-vous à 8h45 devant la
tente du club pour les dossards.

> Je me suis inscrite au semi, je vais souffrir avec les nuits mais tant pis 😅
""",
)

_je3 = m(
    "a7fa",
    "2025-11-16 20:33",
    _JER,
    "photos du semi",
    N(),
    text="""Les photos officielles sont en ligne, tu es superbe au km 19 (non) :
https://photos.foulees-erdre.example/2025/semi?dossard=1487

Bravo encore pour ton 1h53 !!
""",
)

_je4 = m(
    "b8gb",
    "2026-01-31 12:00",
    _JER,
    "trail de Guérande ?",
    N(),
    text="""Je m'inscris au trail des marais de Guérande (24 km) le 19 avril. Maintenant que tu vas
avoir des week-ends, plus d'excuse 😉

https://trail-marais-guerande.example/inscriptions
""",
)

_ju1 = m(
    "c9hc",
    "2025-11-21 07:32",
    _JUL,
    "Ton entretien annuel ?",
    N(),
    text="""Coucou, tu as eu ton entretien annuel avec Morgane hier ? Moi elle m'a encore refusé la
formation hypnoanalgésie, « pas de budget cette année ». Et mon passage en 80 % c'est pareil,
« on verra en CAP ». J'en peux plus.

On en parle cette nuit à la relève ?
Julie
""",
)

_ju2 = m(
    "d0id",
    "2026-01-12 14:22",
    _JUL,
    "tu pars ??",
    N(),
    text="""Bastien m'a dit que tu partais en santé au travail !!! Tu ne m'as rien dit 😤
Bon en vrai je suis super contente pour toi. Tu me files le contact de la RH ? 😂

Julie
""",
)

_li1 = m(
    "e1je",
    "2025-10-10 20:00",
    _LINA,
    "EVJF de Manon – sondage dates",
    N(),
    text="""Hello les filles !

Pour l'EVJF de Manon, je vous mets le sondage pour les dates : 7-8 mars ou 14-15 mars ?
https://framadate.org/evjf-manon-2026

Budget max 150 € tout compris, ça vous va ? Et on garde le secret hein 🤫

Lina
""",
    to="Maëlle Guillou-Benhamou <maelle.guillou.benhamou@gmail.com>, Camille Berthelot <camille.berthelot@gmail.com>, Julie Moreau <julie.moreau44@free.fr>",
)

_li2 = m(
    "f2kf",
    "2025-11-27 19:15",
    _LINA,
    "Re: EVJF de Manon – sondage dates",
    N(),
    text="""Ok c'est le 14-15 mars à Pornic ! J'ai réservé le gîte. Je vous fais un Lydia chacune.

Et sinon au boulot c'est l'enfer, je dois recruter 12 développeurs avant fin janvier, on
enchaîne les entretiens à 7 par jour. Si vous connaissez des devs…

Lina
""",
    **re_(_li1),
)

_li3 = m(
    "g3lg",
    "2025-12-15 12:30",
    _LINA,
    "Secret Santa 🎁",
    N(),
    text="""Tirage au sort fait ! Chacune a reçu un mail de l'appli avec sa personne. Budget 20 €,
échange le samedi 20 chez moi.
""",
)

_ro1 = m(
    "h4mh",
    "2025-10-06 18:02",
    "Romane Lucas <romane.lucas@gmail.com>",
    "Garde de Noé mercredi",
    N(),
    text="""Bonjour Maëlle,

Pas de souci pour mercredi de 8h à 13h, je viendrai directement chez vous. Est-ce qu'il faut
lui faire son repas ou il mange à 12h avec vous ?

Romane
""",
)

_ro2 = m(
    "i5ni",
    "2025-12-18 11:42",
    "Romane Lucas <romane.lucas@gmail.com>",
    "Re: Garde pendant les vacances",
    N(),
    text="""Je suis dispo les 29 et 30 décembre en journée, par contre pas le 2 janvier (je rentre chez
mes parents). Ça vous dépanne quand même ?

Romane
""",
)

_th1 = m(
    "j6oj",
    "2025-11-02 21:45",
    "Thibault Caradec <t.caradec@free.fr>",
    "des nouvelles de Brest",
    N(),
    text="""Salut Maëlle,

Ça fait longtemps ! Je me lance enfin en libéral : je fais des remplacements dans un cabinet à
Plougastel depuis septembre, et on me propose une association au printemps. Par contre la
compta et l'URSSAF, personne ne m'avait prévenu 😅

Et toi, toujours de nuit au CHU ?

Thibault
""",
)

_th2 = m(
    "k7pk",
    "2025-11-05 08:10",
    "Thibault Caradec <t.caradec@free.fr>",
    "Re: des nouvelles de Brest",
    N(),
    text="""La santé au travail, bonne idée ! Une copine de promo y est depuis deux ans, elle adore. Si
tu veux je te mets en contact.

> Le 3 nov. 2025 à 14:22, Maëlle Guillou-Benhamou a écrit :
> Toujours de nuit, mais je cherche activement ! J'ai des pistes en HAD et en santé au travail.
""",
    **re_(_th1),
)

_ao1 = m(
    "l8ql",
    "2025-12-24 10:20",
    "Aoife Byrne <aoife.byrne@gmail.com>",
    "Happy Christmas from Cork!",
    N("en"),
    text="""Hi Maëlle!

Happy Christmas to you, Sami and little Noé! Can you believe it's been eight years since our
Erasmus placement in Cork?

Big news on my side: I got the Clinical Nurse Manager post on the surgical ward, starting in
January. More paperwork, fewer night shifts, I'll take it!

How's the job hunt going? You said you wanted to get off nights.

Love,
Aoife
""",
)

# --- running club, Strava ------------------------------------------------------------------

_ner1 = m(
    "m9rm",
    "2025-09-03 19:00",
    _NER,
    "Reprise des entraînements – saison 2025-2026",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#0e7c3a">C'est la reprise ! 🏃</h2>
<p>Bonjour à toutes et à tous,</p>
<p>Les entraînements reprennent le <b>mardi 9 septembre</b> :</p>
<ul><li>mardi 19h : fractionné, piste du stade Pascal-Laporte</li>
<li>jeudi 19h : footing + renforcement, parc de la Chantrerie</li>
<li>dimanche 9h : sortie longue, départ pont de la Jonelière</li></ul>
<p>Pensez à renouveler votre licence avant le 30 septembre.</p>
<p>Sportivement,<br>Le bureau de Nantes Erdre Running</p>
</body></html>""",
)

_ner2 = m(
    "n0sn",
    "2025-09-30 20:15",
    _NER,
    "Licence FFA 2026 : renouvellement",
    N(),
    text="""Bonjour,

Le renouvellement des licences pour la saison 2026 est ouvert sur l'espace licencié de la
FFA. Tarif club : 95 € (licence + maillot). Le certificat médical n'est plus nécessaire, le
questionnaire de santé suffit.

Le trésorier
Nantes Erdre Running
""",
)

_ner3 = m(
    "o1to",
    "2025-10-09 18:30",
    _NER,
    "Foulées de l'Erdre : inscriptions groupées",
    N(),
    text="""Salut à tous,

Le club prend en charge 50 % de l'inscription aux Foulées de l'Erdre (10 km et semi, dimanche
16 novembre) pour les licenciés. Inscriptions groupées jusqu'au 25 octobre via le formulaire :
https://nantes-erdre-running.example/foulees-2025

Le bureau
""",
)

_ner4 = m(
    "p2up",
    "2025-11-04 21:00",
    _NER,
    "Compte-rendu de l'AG du 25 octobre",
    N(),
    text="""Bonjour à tous,

Vous trouverez ci-joint le compte-rendu de l'assemblée générale du 25 octobre : bilan
financier, élection du nouveau bureau (bienvenue à Jérémy comme secrétaire !), calendrier des
courses 2026.

Le bureau
""",
    attach=[
        (
            "CR_AG_2025.txt",
            "text/plain",
            "Compte-rendu AG Nantes Erdre Running - 25/10/2025\n89 adhérents...\n",
        )
    ],
)

_ner5 = m(
    "q3vq",
    "2025-12-12 17:40",
    _NER,
    "Sortie déguisée + pot de fin d'année 🎅",
    N(),
    text="""Ho ho ho ! Dimanche 21 décembre : sortie déguisée de 8 km dans le centre-ville, puis vin
chaud et galettes au local. Déguisement obligatoire (même un bonnet, on n'est pas méchants).

Le bureau
""",
)

_ner6 = m(
    "r4wr",
    "2026-01-20 19:25",
    _NER,
    "Cross départemental : covoiturage",
    N(),
    text="""Le cross départemental a lieu le dimanche 1er février à Ancenis. Pour le covoiturage,
inscrivez-vous sur le tableau partagé : https://nantes-erdre-running.example/covoit-cross

Le bureau
""",
)

_ner7 = m(
    "s5xs",
    "2026-02-06 20:00",
    _NER,
    "Planning des entraînements de février",
    N(),
    text="""Planning de février :
- mardis : 10 x 400 m / 6 x 800 m / pyramide / 5 x 1000 m
- jeudis : footing + PPG
- dimanches : sorties longues 15 à 22 km (préparation marathon et trails de printemps)

Vacances scolaires : pas d'entraînement encadré le mardi 17.
""",
)

_strava1 = m(
    "t6yt",
    "2025-10-19 11:02",
    "Strava <no-reply@strava.com>",
    "Jérémy Pichon a commenté votre activité",
    N(),
    text="""Jérémy Pichon a commenté « Sortie longue au bord de l'Erdre 🍂 » :

« Belle régularité pour une sortie de nuit 💪 »

Voir l'activité : https://www.strava.com/activities/12876609914
""",
)

_strava2 = m(
    "u7zu",
    "2025-12-31 10:00",
    "Strava <no-reply@strava.com>",
    "Votre année 2025 sur Strava",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#fc4c02">Maëlle, voici votre année 2025</h2>
<p>🏃 142 activités · 1 184 km · 98 h · 9 870 m de dénivelé</p>
<p>Votre mois le plus actif : octobre. Votre meilleur temps sur semi-marathon : 1:53:12.</p>
<p><a href="https://www.strava.com/athletes/yir/2025">Découvrir mon bilan</a></p>
</body></html>""",
)

# --- newsletters, shops, holidays -----------------------------------------------------------

_OF = "Ouest-France <newsletter@ouest-france.fr>"

_of1 = m(
    "v8av",
    "2025-09-22 06:45",
    _OF,
    "Nantes : les infos du jour",
    N(),
    text="""Ouest-France – Nantes, l'essentiel du lundi 22 septembre

• Un nouveau centre de santé ouvre à Bellevue : six médecins, deux infirmières, une sage-femme
• Tramway : la ligne 1 coupée entre Commerce et Duchesse-Anne pendant deux semaines
• FC Nantes : la défaite de trop ?

Lire : https://www.ouest-france.fr/pays-de-la-loire/nantes/?utm_source=newsletter
Se désinscrire : https://www.ouest-france.fr/newsletters/desinscription
""",
)

_of2 = m(
    "w9bw",
    "2025-11-24 06:45",
    _OF,
    "Saint-Nazaire : les chantiers vont recruter 2 000 personnes en 2026",
    N(),
    text="""Ouest-France – Loire-Atlantique, l'essentiel du lundi 24 novembre

• Saint-Nazaire : les chantiers navals vont recruter 2 000 personnes en 2026, dont des
  soudeurs, des tuyauteurs et… des infirmiers pour leur service médical
• Nantes : le marché de Noël ouvre ses portes ce week-end
• Météo : premières gelées attendues

Lire : https://www.ouest-france.fr/pays-de-la-loire/saint-nazaire/?utm_source=newsletter
""",
)

_of3 = m(
    "x0cx",
    "2026-01-19 06:45",
    _OF,
    "Nantes : les infos du jour",
    N(),
    text="""Ouest-France – Nantes, l'essentiel du lundi 19 janvier

• Le CHU présente son plan pour réduire l'attente aux urgences
• Île de Nantes : le futur parc des Faiseurs se dévoile
• Basket : le NRB s'impose à domicile

Lire : https://www.ouest-france.fr/pays-de-la-loire/nantes/?utm_source=newsletter
""",
)

_cewe = m(
    "y1dy",
    "2025-12-05 15:20",
    "CEWE <service@cewe.fr>",
    "Votre livre photo est expédié",
    N(),
    text="""Bonjour Maëlle,

Votre commande n° 77120459 (Livre photo « Noé 2025 », 26 pages) a été expédiée. Livraison
prévue sous 3 à 5 jours ouvrés.

Suivre mon colis : https://www.cewe.fr/suivi?cmd=77120459

CEWE
""",
)

_pharma = m(
    "z2ez",
    "2025-11-13 11:30",
    "Pharmacie de l'Île <commande@pharmacie-ile-nantes.example>",
    "Votre commande est prête",
    N(),
    text="""Bonjour,

Votre commande passée sur notre site (ordonnance du 12/11) est prête. Vous pouvez la retirer à
la pharmacie aux heures d'ouverture, muni(e) de votre carte Vitale.

Pharmacie de l'Île
""",
)

_parents = m(
    "a3fb",
    "2026-01-28 13:00",
    "Collectif parents P'tits Mousses <parents.ptitsmousses@gmail.com>",
    "Galette des rois samedi !",
    N(),
    text="""Bonjour à toutes les familles,

Les nouveaux de janvier, bienvenue ! 👶 On se retrouve samedi 31 à 10h30 dans la salle de
motricité pour la galette des rois. Chacun apporte une galette ou une boisson.

Le collectif des parents
""",
)

_airbnb1 = m(
    "b4gc",
    "2025-10-21 22:10",
    "Airbnb <automated@airbnb.com>",
    "Réservation confirmée : Chalet à Saint-Lary-Soulan, 14 – 21 févr.",
    N(),
    text="""Votre réservation est confirmée !

Chalet Le Pic du Midi – Saint-Lary-Soulan
Arrivée : sam. 14 févr. 2026, 16:00
Départ : sam. 21 févr. 2026, 10:00
Voyageurs : 2 adultes, 1 bébé

Total : 1 018,40 €
Code de confirmation : HMK4P2RZQ8

Airbnb
""",
)

_airbnb2 = m(
    "c5hd",
    "2026-02-10 09:00",
    "Airbnb <automated@airbnb.com>",
    "Préparez votre voyage à Saint-Lary-Soulan",
    N(),
    text="""Votre voyage approche ! Votre hôte, Christine, vous a envoyé les instructions d'arrivée :
boîte à clés à gauche de la porte, code 4-1-9-7. Pensez aux chaînes, la route peut être
enneigée.

Airbnb
""",
)

_recens = m(
    "d6ie",
    "2026-01-15 10:30",
    "Ville de Nantes <ne-pas-repondre@nantes.fr>",
    "Recensement de la population 2026 : votre logement fait partie de l'échantillon",
    N(),
    text="""Madame, Monsieur,

Votre logement a été tiré au sort pour le recensement de la population 2026, qui se déroulera
du 15 janvier au 21 février. Un agent recenseur muni d'une carte officielle vous remettra vos
codes de connexion pour répondre en ligne sur le-recensement-et-moi.fr.

Le Maire de Nantes
""",
)


MAIL: list[dict[str, Any]] = [
    _an1, _an2, _an3, _an4, _an5, _an6, _an7, _an8,
    _ma1, _ma2, _ma3, _ma4,
    _sa1, _sa2, _sa3, _sa4, _sa5, _sa6,
    _so1, _so2, _so3, _ca1, _ca2, _ca3, _je1, _je2, _je3, _je4, _ju1, _ju2,
    _li1, _li2, _li3, _ro1, _ro2, _th1, _th2, _ao1,
    _ner1, _ner2, _ner3, _ner4, _ner5, _ner6, _ner7, _strava1, _strava2,
    _of1, _of2, _of3, _cewe, _pharma, _parents, _airbnb1, _airbnb2, _recens,
]  # fmt: skip

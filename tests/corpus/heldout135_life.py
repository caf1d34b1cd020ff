# ruff: noqa: E501, RUF100
"""Corpus 135, family, friends, clubs and newsletters (data only): see heldout135.py.

Look-alikes on purpose: friends talking about their own interviews, offers and new jobs, a
mother asking how the "entretiens" went, an annual review ("entretien annuel") forwarded from
the work address with its invitation, newsletters that interview people or say who is hiring,
a leaving-drinks invitation, friends congratulating on the new job."""

from __future__ import annotations

from typing import Any

from heldout135_jobs import N, ics, m, reply

MAMAN = "Annie Roussel <annie.roussel@orange.fr>"
PAPA = "Gérard Roussel <g.roussel31@orange.fr>"
PAULINE = "Pauline Roussel <pauline.roussel@laposte.net>"
LEA = "Léa Fontaine <lea.fontaine.tls@gmail.com>"
MAX = "Maxime Cabrol <maxcabrol@hotmail.fr>"
THOMAS = "Thomas Bénazet <thomas.benazet@gmail.com>"
STEFAN = "Stefan Albrecht <stefan.albrecht@posteo.de>"
TTH = "Toulouse Tech Hebdo <hebdo@toulousetech-hebdo.example>"
SPH = "Le Spatial Hebdo <newsletter@spatial-hebdo.example>"
EW = "Embedded Weekly <issue@embeddedweekly.example>"
CLUB = "Club Grimpe Garonne <bureau@grimpe-garonne.example>"
AMAP = "AMAP des Minimes <amap.minimes@framalistes.org>"
CSE = "CSE Novalgo <cse@novalgo.example>"

TTH_FOOT = """Vous recevez Toulouse Tech Hebdo car vous vous êtes inscrit·e sur toulousetech-hebdo.example.
Se désinscrire : https://toulousetech-hebdo.example/unsubscribe?e=Y2FtaWxsZQ"""
SPH_FOOT = """Le Spatial Hebdo – l'actualité du spatial et de la défense, chaque jeudi.
Gérer votre abonnement : https://spatial-hebdo.example/preferences"""
NL = {"List-Unsubscribe": "<https://toulousetech-hebdo.example/unsubscribe?e=Y2FtaWxsZQ>"}
SPH_H = {"List-Unsubscribe": "<https://spatial-hebdo.example/preferences>", "Precedence": "bulk"}
EW_H = {
    "List-Unsubscribe": "<mailto:unsubscribe@embeddedweekly.example>",
    "List-Id": "Embedded Weekly <weekly.embeddedweekly.example>",
}

_LEA_ITW = m(
    "lf01",
    "2025-10-05 20:48",
    LEA,
    "devine qui a passé un entretien vendredi",
    N(),
    text="""Coucou toi,

Bon, je craque, il faut que je te raconte : vendredi j'ai passé le deuxième entretien chez Orbital Dynamics Lab pour le poste de PO sur les systèmes sol !! Trois heures, un cas pratique sur une roadmap de mission, et le CTO qui m'a demandé ce que je ferais si un satellite tombait en safe mode pendant une démo client (j'ai pensé à toi et à tes histoires de FDIR, merci).

Ils doivent me répondre la semaine prochaine. Je suis au bord de la crise de nerfs.

Et toi, ça avance tes candidatures ? On se fait un resto jeudi pour en parler ?

Bisous
Léa
""",
)

_MAX_CV = m(
    "mc02",
    "2025-11-30 17:12",
    MAX,
    "une relecture stp ?",
    N(),
    text="""Salut Cam,

Tu peux relire ma lettre de motivation pour le CAP boulanger en candidat libre / formation adulte au CFA de Blagnac ? Je dois déposer mon dossier de candidature avant le 15, et il y a un entretien de sélection en janvier. Je sais que t'es la reine des lettres en ce moment vu le nombre que t'envoies 😅

Je te la mets en PJ. Sois cash.

Max
""",
    attach=[
        (
            "LM_CAP_boulanger_Maxime_Cabrol.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "PK fake docx",
        )
    ],
)

MAIL: list[dict[str, Any]] = [
    m(
        "mo01",
        "2025-10-01 19:02",
        MAMAN,
        "dimanche",
        N(),
        text="""Ma chérie,

Tu viens manger dimanche ? Papa fait une garbure, il en a fait pour un régiment comme d'habitude. Ta sœur ne pourra pas venir, elle est de garde.

Tu nous diras pour ton nouvel appartement, on peut t'aider à déménager, Papa a gardé la remorque de tonton.

Bisous
Maman
""",
    ),
    m(
        "th01",
        "2025-10-02 08:00",
        TTH,
        "Toulouse Tech Hebdo #212 – Interview : Marion Cazes (Orbital Dynamics Lab) 🛰️",
        N(),
        headers=NL,
        html=f"""<html><body style="font-family:Georgia,serif;max-width:620px">
<h2>Toulouse Tech Hebdo #212</h2>
<h3>🎙️ L'interview de la semaine : Marion Cazes, CTO d'Orbital Dynamics Lab</h3>
<p>« Dans le NewSpace, on recrute d'abord des gens qui aiment apprendre. » Passée par le CNES puis par deux start-ups, Marion Cazes nous raconte comment son équipe est passée de 8 à 60 personnes en trois ans, et pourquoi elle fait passer un entretien technique… sans ordinateur.</p>
<p><a href="https://toulousetech-hebdo.example/212/interview-marion-cazes?utm_source=newsletter">Lire l'interview</a></p>
<h3>📌 En bref</h3>
<ul><li>La French Tech Toulouse lance son programme d'accélération « Deeptech Garonne »</li><li>Meetup Rust embarqué : la saison reprend le 4 décembre</li><li>Le Quai des Savoirs accueille une expo sur les débris spatiaux</li></ul>
<p style="font-size:11px;color:#888">{TTH_FOOT.replace(chr(10), "<br>")}</p>
</body></html>""",
    ),
    _LEA_ITW,
    m(
        "cl01",
        "2025-10-09 12:30",
        CLUB,
        "[Grimpe Garonne] Reprise des créneaux adultes + sortie Saint-Antonin",
        N(),
        text="""Bonjour à toutes et à tous,

Les créneaux adultes reprennent au gymnase Bellefontaine :
- mardi 19h30-22h (autonomes)
- jeudi 19h30-22h (encadré)

Sortie falaise à Saint-Antonin-Noble-Val le dimanche 19 octobre : covoiturage au départ du métro Basso Cambo à 8h. Inscription sur le tableur habituel.

Rappel : cotisations 2025-2026 à régler avant fin octobre (licence FFME incluse).

Grimpement vôtre,
Le bureau
""",
    ),
    m(
        "ap01",
        "2025-10-12 18:20",
        AMAP,
        "[AMAP Minimes] Distribution de jeudi + planning de novembre",
        N(),
        text="""Bonjour à tous,

Jeudi : courges (enfin !), poireaux, salade, pommes de terre nouvelles, et pour ceux qui ont pris l'option, les œufs de chez Sandrine.

Il manque encore 2 personnes pour tenir la distribution du 6 novembre : inscrivez-vous ici https://framadate.org/amap-minimes-novembre

Bonne semaine,
Claire, pour le collectif
""",
        headers={"List-Id": "<amap.minimes.framalistes.org>"},
    ),
    m(
        "pa01",
        "2025-10-15 21:14",
        PAULINE,
        "photos du week-end !",
        N(),
        text="""Coucou sœurette,

Je t'envoie enfin les photos d'Arcachon, la dune au coucher de soleil c'était magique. Le lien expire dans 7 jours : https://we.tl/t-8ZkP2mQa1

Julien te fait dire qu'il a retrouvé ton bonnet dans la voiture.

Bises
Pauline
""",
    ),
    m(
        "sp01",
        "2025-10-16 07:30",
        SPH,
        "Le Spatial Hebdo – Constellations : Altaïr Space Systems va recruter 400 ingénieurs d'ici 2027",
        N(),
        headers=SPH_H,
        html=f"""<html><body style="font-family:Arial,sans-serif;max-width:640px">
<h1 style="font-size:20px">Le Spatial Hebdo</h1>
<h2>Altaïr Space Systems va recruter 400 ingénieurs d'ici 2027</h2>
<p>Porté par le contrat de la constellation gouvernementale SENTINEL-NG, la filiale spatiale du Groupe Altaïr annonce un plan de recrutement massif à Toulouse, principalement en logiciel de vol, systèmes bord et segment sol. « Nous cherchons des profils expérimentés, mais aussi des jeunes diplômés que nous formerons », explique sa DRH.</p>
<h2>Entretien : « Le NewSpace européen doit apprendre à industrialiser »</h2>
<p>Le PDG de Kosmik, Inès Marchetti, revient sur la levée de fonds de sa start-up et sur le premier lancement de ses cubesats prévu au printemps.</p>
<p><a href="https://spatial-hebdo.example/2025/10/16?utm_medium=email">Lire la newsletter en ligne</a></p>
<p style="font-size:11px;color:#888">{SPH_FOOT.replace(chr(10), "<br>")}</p>
</body></html>""",
    ),
    m(
        "sa01",
        "2025-10-21 22:05",
        STEFAN,
        "long time no see!",
        N("en"),
        text="""Hi Camille,

It's been ages! I saw on LinkedIn that you gave a talk about FDIR at some open-source conference – impressive. How are things in Toulouse? Still at Novalgo?

Munich is grey and expensive as usual. I left the satellite team last spring and I'm now on the ground-station software at a small company near Oberpfaffenhofen. Much less stress, much better coffee.

We're thinking of coming down to the south of France next spring, maybe we could meet?

Cheers,
Stefan
""",
    ),
    m(
        "mc01",
        "2025-10-23 23:40",
        MAX,
        "Re: ma reconversion",
        N(),
        text="""Ouais je sais, tout le monde me dit que je suis fou de lâcher un CDI de dev pour faire du pain. Mais franchement, après 8 ans de tickets Jira, j'ai besoin de faire un truc avec mes mains.

J'ai posé ma démission hier, mon manager a fait une tête… Préavis de trois mois, je pars fin janvier.

On en parle samedi à l'escalade ?

Max

Le jeu. 23 oct. 2025 à 21:12, Camille Roussel <camille.roussel31@gmail.com> a écrit :
> T'es sérieux pour la boulangerie ?? Raconte !!
""",
        **reply("<CAKq9w3mM3oP7xQ2rS@mail.gmail.com>"),
    ),
    m(
        "fd01",
        "2025-10-29 10:11",
        "Framadate <no-reply@framadate.org>",
        "[Framadate] Participation au sondage « Soirée jeux de novembre »",
        N(),
        text="""Cette notification vous est envoyée car vous êtes l'auteur du sondage « Soirée jeux de novembre ».

Thomas a voté ou modifié son vote.
Résultats : https://framadate.org/soiree-jeux-nov-8f2k1/admin

Framadate – un service proposé par Framasoft
""",
    ),
    m(
        "pp01",
        "2025-11-01 11:26",
        PAPA,
        "Toussaint",
        N(),
        text="""Camille,

Nous irons au cimetière de Revel cet après-midi avec ta mère, pour Mamie. Si tu veux venir on passe te prendre à 14h.

Papa
""",
    ),
    m(
        "cs01",
        "2025-11-04 12:00",
        CSE,
        "Billetterie de Noël et chèques cadeaux 2025",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Chers collègues,</p>
<p>La billetterie de Noël du CSE est ouverte jusqu'au 21 novembre : cirque, spectacle au Zénith, cinéma (CGR et Pathé) à tarif réduit.</p>
<p>Les chèques cadeaux de fin d'année (170 € par salarié·e) seront distribués sur les sites clients à partir du 8 décembre.</p>
<p>Connectez-vous sur votre espace : <a href="https://cse-novalgo.example/billetterie">cse-novalgo.example</a></p>
<p>Les élu·e·s du CSE Novalgo</p>
</body></html>""",
    ),
    m(
        "wk01",
        "2025-11-06 22:31",
        "Camille Roussel <camille.roussel@novalgo.example>",
        "TR: Entretien annuel d'évaluation 2025",
        N(),
        text="""Pour mon agenda perso.

-----Message d'origine-----
De : Stéphane Lacoste <stephane.lacoste@novalgo.example>
Envoyé : jeudi 6 novembre 2025 17:02
À : Camille Roussel <camille.roussel@novalgo.example>
Objet : Entretien annuel d'évaluation 2025

Bonjour Camille,

Comme chaque année, je te propose de faire ton entretien annuel d'évaluation et ton entretien professionnel le lundi 24 novembre à 14h, dans la salle Ariane. Pense à remplir ton auto-évaluation dans l'outil RH avant le 20 (objectifs 2025, souhaits de formation, mobilité).

Ce sera aussi l'occasion de parler de la suite de ta mission et de tes perspectives d'évolution chez Novalgo.

Stéphane
Manager d'affaires – Pôle Spatial
Novalgo Ingénierie
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000EAE2025NOV24CR",
            "2025-11-24 14:00",
            "Entretien annuel d'évaluation 2025 – C. Roussel",
            ("Stéphane Lacoste", "stephane.lacoste@novalgo.example"),
            style="outlook",
            location="Salle Ariane – Novalgo Toulouse",
        ),
    ),
    m(
        "ew01",
        "2025-11-08 09:00",
        EW,
        "Embedded Weekly #388: Interview – Rust in safety-critical avionics",
        N("en"),
        headers=EW_H,
        text="""EMBEDDED WEEKLY – Issue #388

INTERVIEW
"Certification authorities don't care about your language, they care about your evidence."
We talked to Dr. Hanna Berg, lead of a DO-178C pilot project using Rust, about tooling qualification, MC/DC coverage and what still keeps her up at night.
https://embeddedweekly.example/388/interview-hanna-berg

ARTICLES
- Stack usage analysis on Cortex-M33 without tears
- A tour of the Zephyr 4.x power-management subsystem
- Why your watchdog is lying to you

JOBS BOARD
Our sponsors are hiring: firmware engineers in Lund, Eindhoven and Toulouse. See the board.

You're receiving this because you subscribed at embeddedweekly.example.
""",
    ),
    m(
        "lf02",
        "2025-11-12 19:55",
        LEA,
        "J'AI SIGNÉ !!!!",
        N(),
        text="""CAMILLE !!!

Ils m'ont appelée ce midi, j'ai l'offre !!! PO Systèmes Sol chez Orbital Dynamics Lab, CDI, +8k par rapport à maintenant, et télétravail 2 jours. J'ai signé la promesse d'embauche ce soir, je commence le 5 janvier.

Je pose ma dem' demain. Je tremble.

On fête ça vendredi ? C'est moi qui invite 🥂

Léa
""",
    ),
    m(
        "tb01",
        "2025-11-15 15:02",
        THOMAS,
        "Invitation: Anniv Thomas 🎂 @ sam. 29 nov. 2025 19:30 - 23:59 (CET) (camille.roussel31@gmail.com)",
        N(),
        text="""Thomas Bénazet vous a invité(e) à un événement.

Anniv Thomas 🎂
Quand : samedi 29 nov. 2025 19:30 – 23:59 (heure normale d'Europe centrale - Paris)
Où : chez moi, 7 rue des Lois, 3e étage

Ramenez ce que vous voulez, je m'occupe du reste. Max, pas de pain s'il te plaît on en aura assez.

Invitation de Google Agenda
""",
        ics=ics(
            "7fj2k1m0q8w3e5r9t6y4u2i1op@google.com",
            "2025-11-29 19:30",
            "Anniv Thomas 🎂",
            ("Thomas Bénazet", "thomas.benazet@gmail.com"),
            minutes=269,
            attendees=[
                ("Maxime Cabrol", "maxcabrol@hotmail.fr"),
                ("Léa Fontaine", "lea.fontaine.tls@gmail.com"),
            ],
            location="7 rue des Lois, Toulouse",
        ),
    ),
    m(
        "mo02",
        "2025-11-21 20:37",
        MAMAN,
        "alors ?",
        N(),
        text="""Ma chérie,

Alors, comment s'est passé ton entretien d'hier ? Tu ne nous as rien dit ! Papa demande si c'est la grande entreprise de Blagnac ou la petite des satellites.

Ne te mets pas trop la pression, tu as déjà un travail, tu as le temps de choisir.

Gros bisous
Maman

PS : tu as pensé à l'assurance de l'appartement ?
""",
    ),
    m(
        "th02",
        "2025-11-20 08:00",
        TTH,
        "Toulouse Tech Hebdo #219 – Les 12 boîtes tech qui recrutent le plus cet hiver",
        N(),
        headers=NL,
        html=f"""<html><body style="font-family:Georgia,serif;max-width:620px">
<h2>Toulouse Tech Hebdo #219</h2>
<h3>📈 Notre palmarès : les 12 boîtes tech qui recrutent le plus cet hiver</h3>
<p>Spatial, santé, mobilité : on a compté les offres publiées ce trimestre. Sans surprise, le spatial truste le podium – mais une fintech de Labège s'invite à la 4e place.</p>
<p><a href="https://toulousetech-hebdo.example/219/palmares-recrutement?utm_source=newsletter">Voir le palmarès</a></p>
<h3>🎤 Rencontre</h3>
<p>On a interviewé Maxence Olive, responsable software chez Occitanie Drones, sur les défis des autopilotes certifiables.</p>
<p style="font-size:11px;color:#888">{TTH_FOOT.replace(chr(10), "<br>")}</p>
</body></html>""",
    ),
    m(
        "cl02",
        "2025-11-25 18:44",
        CLUB,
        "[Grimpe Garonne] Sortie de dimanche annulée",
        N(),
        text="""Bonsoir,

Vu la météo annoncée (pluie + 4°C), la sortie à Claret de dimanche est annulée. On se rattrape au gymnase : séance de pan et de bloc ouverte dimanche de 10h à 13h.

Le bureau
""",
    ),
    _MAX_CV,
    m(
        "sp02",
        "2025-12-04 07:30",
        SPH,
        "Le Spatial Hebdo – Lauragais Avionique se renforce dans les capteurs",
        N(),
        headers=SPH_H,
        html=f"""<html><body style="font-family:Arial,sans-serif;max-width:640px">
<h2>Lauragais Avionique se renforce dans les capteurs</h2>
<p>L'équipementier de Villefranche-de-Lauragais rachète un spécialiste albigeois des capteurs de pression et vise 350 salariés en 2027.</p>
<h2>Vu du salon : trois questions à Frédéric Azéma</h2>
<p>Le directeur R&amp;D nous explique pourquoi le logiciel représente désormais 40 % de l'effort de développement de ses calculateurs.</p>
<p><a href="https://spatial-hebdo.example/2025/12/04?utm_medium=email">Lire la newsletter en ligne</a></p>
<p style="font-size:11px;color:#888">{SPH_FOOT.replace(chr(10), "<br>")}</p>
</body></html>""",
    ),
    m(
        "pa02",
        "2025-12-06 10:09",
        PAULINE,
        "Noël chez qui ?",
        N(),
        text="""Hello,

Maman veut faire Noël à Revel, mais Julien est d'astreinte le 25… On pourrait faire le 24 au soir chez eux et le 26 chez nous à Bordeaux ? Dis-moi si tu montes avant ou après ton week-end à Paris.

Bisous
P.
""",
    ),
    m(
        "sb01",
        "2025-12-09 14:17",
        "Scène Brienne – Billetterie <billetterie@scene-brienne.example>",
        "Vos billets pour « Le Dîner de cons » – 17/01/2026",
        N(),
        text="""Bonjour Camille Roussel,

Merci pour votre achat. Voici vos billets :

Le Dîner de cons – samedi 17 janvier 2026 à 20h30
Placement libre – 2 billets plein tarif – Total : 52,00 €

Vos e-billets sont en pièce jointe. Ouverture des portes 30 minutes avant la représentation.

Scène Brienne – 4 boulevard Lascrosses, Toulouse
""",
        attach=[
            (
                "billets_scene_brienne_17012026.pdf",
                "application/pdf",
                "%PDF-1.4\n% billets\n%%EOF\n",
            )
        ],
    ),
    m(
        "sa02",
        "2025-12-13 11:38",
        STEFAN,
        "Re: long time no see!",
        N("en"),
        text="""Haha, so you're finally looking to leave the consulting life! Good for you. I always said you belong on a real product team, not billed by the day to whoever needs a pair of hands.

If you ever want a second opinion on an offer, you know where to find me. And the invitation to Munich stands – Christmas market season is now.

Stefan

On Thu, 11 Dec 2025 at 22:03, Camille Roussel <camille.roussel31@gmail.com> wrote:
> Still at Novalgo, but not for long I hope – I've started looking for a
> product company, ideally in space. It's been an interesting autumn...
""",
        **reply("<CAKq9w3nX1cV5bN8mZ@mail.gmail.com>"),
    ),
    m(
        "ew02",
        "2025-12-13 09:00",
        EW,
        "Embedded Weekly #393: The year in embedded",
        N("en"),
        headers=EW_H,
        text="""EMBEDDED WEEKLY – Issue #393

Our traditional end-of-year issue: the ten most-read articles of 2025, from "Your DMA is not your friend" to "Rust on the ESP32-C6, a year later".

Plus: the reader survey is open – tell us what you want more of in 2026.
https://embeddedweekly.example/survey-2025

See you in January!
""",
    ),
    m(
        "mo03",
        "2025-12-19 18:55",
        MAMAN,
        "Re: train",
        N(),
        text="""D'accord, Papa viendra te chercher à la gare de Villefranche le 23 à 18h12. Prends un pull, il gèle le matin ici.

Maman

Le 19/12/2025 à 17:40, Camille Roussel a écrit :
> Je prends le TER de 17h34 le 23, j'arrive à Villefranche à 18h12 !
""",
        **reply("<CAKq9w3oP4aS9dF2gH@mail.gmail.com>"),
    ),
    m(
        "tb02",
        "2025-12-24 23:58",
        THOMAS,
        "Joyeux Noël la team 🎄",
        N(),
        cc="Maxime Cabrol <maxcabrol@hotmail.fr>, Léa Fontaine <lea.fontaine.tls@gmail.com>",
        text="""Joyeux Noël à tous ! Photo de la bûche ratée en PJ, elle a quand même été mangée.

On se fait un truc pour le nouvel an ou chacun chez soi ?

Thomas
""",
        attach=[("IMG_20251224_2231.jpg", "image/jpeg", "JFIF fake")],
    ),
    m(
        "cl03",
        "2025-12-31 16:00",
        CLUB,
        "Bonne année 2026 de la part du Club Grimpe Garonne !",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;text-align:center">
<h2>Bonne année 2026 ! 🧗</h2>
<p>Que cette année vous emmène plus haut, plus loin, et toujours en sécurité.</p>
<p>Rendez-vous le 10 janvier pour la galette du club au gymnase !</p>
<p>Le bureau du Club Grimpe Garonne</p>
</body></html>""",
    ),
    m(
        "lf03",
        "2026-01-05 21:20",
        LEA,
        "premier jour ✔️",
        N(),
        text="""Premier jour chez ODL : badge, ordinateur, 14 réunions d'intégration, et une équipe adorable. Par contre j'ai déjà 300 mails non lus et je ne comprends rien aux acronymes.

Et toi, des nouvelles d'Altaïr après ton entretien de novembre ?

Léa
""",
    ),
    m(
        "ew03",
        "2026-01-10 09:00",
        EW,
        "Embedded Weekly #396: Interview with the maintainers of probe-rs",
        N("en"),
        headers=EW_H,
        text="""EMBEDDED WEEKLY – Issue #396

INTERVIEW
We sat down with two maintainers of probe-rs to talk about funding open-source debugging tools, supporting 2,000+ chips, and the offer they turned down from a big vendor.
https://embeddedweekly.example/396/probe-rs-interview

ARTICLES
- Fixed-point arithmetic for the impatient
- Linker scripts demystified, part 3

Unsubscribe: mailto:unsubscribe@embeddedweekly.example
""",
    ),
    m(
        "fd02",
        "2026-01-11 09:40",
        "Framadate <no-reply@framadate.org>",
        "[Framadate] Nouveau commentaire sur « Galette des rois chez Léa »",
        N(),
        text="""Maxime a ajouté un commentaire au sondage « Galette des rois chez Léa » :

« Je ramène la galette, évidemment. Frangipane ou pommes ? »

Voir le sondage : https://framadate.org/galette-lea-x81pq

Framadate – un service proposé par Framasoft
""",
    ),
    m(
        "sp03",
        "2026-01-15 07:30",
        SPH,
        "Le Spatial Hebdo – Gel des embauches chez Altaïr Avionics ?",
        N(),
        headers=SPH_H,
        html=f"""<html><body style="font-family:Arial,sans-serif;max-width:640px">
<h2>Gel des embauches chez Altaïr Avionics ?</h2>
<p>Selon nos informations, la filiale avionique du Groupe Altaïr aurait suspendu une partie de ses recrutements dans l'attente d'une réorganisation de son activité outils sol. La direction évoque « une pause technique ».</p>
<h2>Nimbus Orbital reporte sa levée de fonds</h2>
<p>La start-up anglo-toulousaine repousse à avril la clôture de sa série B.</p>
<p><a href="https://spatial-hebdo.example/2026/01/15?utm_medium=email">Lire la newsletter en ligne</a></p>
<p style="font-size:11px;color:#888">{SPH_FOOT.replace(chr(10), "<br>")}</p>
</body></html>""",
    ),
    m(
        "mc03",
        "2026-01-16 18:03",
        MAX,
        "PRIS !!!",
        N(),
        text="""Cam !!! J'ai eu l'entretien de sélection ce matin et ils m'ont dit direct que j'étais pris pour la rentrée de février au CFA !!! Ta relecture de ma lettre a clairement aidé, la directrice l'a citée 😂

Je te dois une fournée de croissants à vie.

Max
""",
        **reply(_MAX_CV["id"]),
    ),
    m(
        "ap02",
        "2026-01-21 12:00",
        AMAP,
        "[AMAP Minimes] Renouvellement des contrats légumes – printemps/été 2026",
        N(),
        headers={"List-Id": "<amap.minimes.framalistes.org>"},
        text="""Bonjour à tous,

Les contrats légumes pour la saison printemps/été (avril à septembre) sont à renouveler avant le 15 février. Paniers à 15 € ou 22 €, paiement en 1, 3 ou 6 chèques à l'ordre de Sandrine et Pierre Mauriac.

Les contrats sont en ligne : https://amap-minimes.example/contrats-2026

Le collectif
""",
    ),
    m(
        "pa03",
        "2026-01-24 20:41",
        PAULINE,
        "une petite nouvelle…",
        N(),
        text="""Camille,

Je voulais que tu l'apprennes par moi avant que Maman ne le crie sur tous les toits : Julien et moi, on attend un bébé pour fin août !!! 👶

Tu seras marraine, évidemment. Ne dis rien à Papa, on leur annonce ce week-end.

Je t'aime
Pauline
""",
    ),
    m(
        "th03",
        "2026-01-29 08:00",
        TTH,
        "Toulouse Tech Hebdo #228 – Interview : Thibault Kermarrec, le cubesat au bout des doigts",
        N(),
        headers=NL,
        html=f"""<html><body style="font-family:Georgia,serif;max-width:620px">
<h2>Toulouse Tech Hebdo #228</h2>
<h3>🎙️ Interview : Thibault Kermarrec (Kosmik)</h3>
<p>Le CTO de Kosmik nous parle de logiciel de vol « qui tient dans une boîte à chaussures », de l'art de recruter dans une start-up face aux grands groupes, et de sa passion pour la radioamateur.</p>
<p><a href="https://toulousetech-hebdo.example/228/kermarrec?utm_source=newsletter">Lire l'interview</a></p>
<h3>📅 Agenda</h3>
<ul><li>5 mars : lightning talks Toulouse Embedded &amp; Rust</li><li>13-15 mars : SpaceHack Toulouse</li></ul>
<p style="font-size:11px;color:#888">{TTH_FOOT.replace(chr(10), "<br>")}</p>
</body></html>""",
    ),
    m(
        "pp02",
        "2026-02-01 10:15",
        PAPA,
        "contrôle technique",
        N(),
        text="""Camille,

Pour ta nouvelle voiture, le garage de Revel me dit que si c'est une occasion de plus de 4 ans il faut un contrôle technique de moins de 6 mois au moment de la vente. Vérifie bien avec le vendeur.

Et fais attention au crédit, ne prends pas l'assurance de la banque sans comparer.

Papa
""",
    ),
    m(
        "sa03",
        "2026-02-04 19:27",
        STEFAN,
        "Toulouse in March",
        N("en"),
        text="""Hi Camille,

Good news: Jana and I booked our trip! We'll be in Toulouse from 19 to 24 March, then drive to the Pyrenees. Any chance you're free for dinner on the Saturday or the Tuesday? We'd love to see you (and hear how the job hunt ended – fingers crossed).

Also: any restaurant recommendations that aren't just cassoulet? Jana is vegetarian.

Stefan
""",
    ),
    m(
        "cl04",
        "2026-02-07 13:10",
        CLUB,
        "[Grimpe Garonne] Compétition interne : inscriptions ouvertes",
        N(),
        text="""Bonjour à tous,

La compétition interne du club aura lieu le samedi 14 mars au gymnase. Formats : bloc le matin, difficulté l'après-midi, catégories débutant / confirmé / vétéran.

Inscription obligatoire avant le 1er mars : https://framaforms.org/grimpe-garonne-competition-2026

Bénévoles bienvenus pour l'assurage et la buvette !

Le bureau
""",
    ),
    m(
        "ew04",
        "2026-02-14 09:00",
        EW,
        "Embedded Weekly #401: Memory-safe bootloaders",
        N("en"),
        headers=EW_H,
        text="""EMBEDDED WEEKLY – Issue #401

- Writing a memory-safe bootloader for the RP2350
- What's new in CMSIS 6
- Opinion: stop shipping printf in production firmware

Unsubscribe: mailto:unsubscribe@embeddedweekly.example
""",
    ),
    m(
        "tb03",
        "2026-02-15 21:34",
        THOMAS,
        "Re: rando raquettes",
        N(),
        text="""Ok pour le plateau de Beille samedi 28 ! Je peux prendre 4 personnes dans la voiture. Départ 7h de chez moi, on loue les raquettes sur place.

Cam t'es dispo ou t'es encore en entretien ? 😜

T.

Le dim. 15 févr. 2026 à 19:02, Léa Fontaine <lea.fontaine.tls@gmail.com> a écrit :
> Qui est chaud pour une rando raquettes fin février ? Je propose Beille ou le Mourtis.
""",
        cc="Léa Fontaine <lea.fontaine.tls@gmail.com>, Maxime Cabrol <maxcabrol@hotmail.fr>",
        **reply("<CAJx7LeaR8kT2pQ9wE@mail.gmail.com>"),
    ),
    m(
        "sp04",
        "2026-02-19 07:30",
        SPH,
        "Le Spatial Hebdo – Kosmik prépare son premier lancement",
        N(),
        headers=SPH_H,
        html=f"""<html><body style="font-family:Arial,sans-serif;max-width:640px">
<h2>Kosmik prépare son premier lancement</h2>
<p>Les deux premiers cubesats de la start-up toulousaine (KSM Technologies) décolleront en mai à bord d'un lanceur indien. L'équipe, qui compte 22 personnes, annonce vouloir doubler ses effectifs d'ici la fin de l'année.</p>
<h2>Offres de la semaine chez nos partenaires</h2>
<p>Retrouvez notre sélection d'offres d'emploi du secteur sur spatial-hebdo.example/emploi.</p>
<p style="font-size:11px;color:#888">{SPH_FOOT.replace(chr(10), "<br>")}</p>
</body></html>""",
    ),
    m(
        "mo04",
        "2026-02-22 17:48",
        MAMAN,
        "Pauline",
        N(),
        text="""Ma chérie,

Ta sœur nous a annoncé la nouvelle, je pleure depuis hier ! Tu le savais, petite cachottière ?

On organise un repas à Revel le dimanche 8 mars pour fêter ça, tout le monde vient. Tu pourras ?

Maman
""",
    ),
    m(
        "th04",
        "2026-03-05 08:00",
        TTH,
        "Toulouse Tech Hebdo #233 – Spécial SpaceHack + l'offre d'emploi la plus bizarre du mois",
        N(),
        headers=NL,
        html=f"""<html><body style="font-family:Georgia,serif;max-width:620px">
<h2>Toulouse Tech Hebdo #233</h2>
<p>Cette semaine : tout ce qu'il faut savoir avant le SpaceHack (13-15 mars), notre revue des meetups de mars, et la rubrique préférée de nos lecteurs, « l'offre d'emploi la plus bizarre du mois » (indice : il faut savoir traire une chèvre).</p>
<p><a href="https://toulousetech-hebdo.example/233?utm_source=newsletter">Lire le numéro</a></p>
<p style="font-size:11px;color:#888">{TTH_FOOT.replace(chr(10), "<br>")}</p>
</body></html>""",
    ),
    m(
        "pa04",
        "2026-03-08 22:10",
        PAULINE,
        "merci pour aujourd'hui",
        N(),
        text="""Merci d'être venue, c'était une super journée. Et bravo encore pour ton entretien final, Papa était tellement fier qu'il l'a raconté à tout le monde (même au cousin Bernard qui n'a rien compris).

Tiens-nous au courant dès que tu as la réponse !!

P.
""",
    ),
    m(
        "lf04",
        "2026-03-12 23:15",
        LEA,
        "Re: c'est signé",
        N(),
        text="""AAAAAH BRAVO !!!! Je savais que ce serait Altaïr !!! Ingénieure logiciel de vol, la classe absolue. Et tu as eu raison pour Kosmik, même si je sais que c'était dur.

Apéro demain soir, pas de discussion. Je préviens Thomas et Max.

Léa 🚀

Le jeu. 12 mars 2026 à 22:48, Camille Roussel <camille.roussel31@gmail.com> a écrit :
> C'est signé ! Je commence le 15 juin. J'ai dit non à Kosmik ce soir, j'ai le cœur
> un peu serré mais je suis hyper contente.
""",
        **reply("<CAKq9w3qW6eR1tY4uI@mail.gmail.com>"),
    ),
    m(
        "mo05",
        "2026-03-13 08:02",
        MAMAN,
        "bravo ma fille",
        N(),
        text="""Ma chérie,

Ta sœur m'a dit pour ton nouveau travail, BRAVO ! Papa a déjà appelé tout le monde. On est tellement fiers de toi.

Tu nous raconteras dimanche ?

Maman
""",
    ),
    m(
        "mc04",
        "2026-03-13 12:40",
        MAX,
        "félicitations !!",
        N(),
        text="""Félicitations pour le job Cam !!! Léa nous a dit. Ce soir je ramène des chouquettes du CFA (faites par moi, donc à vos risques et périls).

Max
""",
    ),
    m(
        "ew05",
        "2026-03-14 09:00",
        EW,
        "Embedded Weekly #405: Interview – 'We hired five firmware engineers without a single whiteboard'",
        N("en"),
        headers=EW_H,
        text="""EMBEDDED WEEKLY – Issue #405

INTERVIEW
The engineering manager of a Danish hearing-aid maker explains how they redesigned their hiring process: paid take-home projects, pairing on real code, and no whiteboards.
https://embeddedweekly.example/405/hiring-without-whiteboards

ARTICLES
- Tracing on a budget: SEGGER RTT vs ITM
- A practical guide to MISRA C:2025

Unsubscribe: mailto:unsubscribe@embeddedweekly.example
""",
    ),
    m(
        "sa04",
        "2026-03-18 16:22",
        STEFAN,
        "Re: Toulouse in March",
        N("en"),
        text="""Congratulations!!! Flight software at Altaïr – you'll be great. Dinner on Saturday is on us, we insist.

See you at 8 at the place you suggested (Les Pieds sous la Table?). Jana is very excited about the vegetarian cassoulet.

Stefan

Sent from my phone
""",
    ),
    m(
        "nv01",
        "2026-03-24 10:05",
        "Audrey Pujol <audrey.pujol@novalgo.example>",
        "Invitation: Pot de départ de Camille 🥂 @ ven. 5 juin 2026 17:30 - 20:00 (CEST) (camille.roussel31@gmail.com)",
        N(),
        text="""Audrey Pujol vous a invité(e) à un événement.

Pot de départ de Camille 🥂
Quand : vendredi 5 juin 2026 17:30 – 20:00 (heure d'été d'Europe centrale - Paris)
Où : Le Biergarten, Toulouse

Coucou Camille, je t'ajoute sur ton adresse perso pour que tu l'aies même après avoir rendu ton PC ! On s'occupe de tout. – Audrey

Invitation de Google Agenda
""",
        ics=ics(
            "9a1s2d3f4g5h6j7k8l9z0x1c2v@google.com",
            "2026-06-05 17:30",
            "Pot de départ de Camille 🥂",
            ("Audrey Pujol", "audrey.pujol@novalgo.example"),
            minutes=150,
            location="Le Biergarten, Toulouse",
        ),
    ),
    m(
        "sp05",
        "2026-03-26 07:30",
        SPH,
        "Le Spatial Hebdo – Altaïr Space Systems remporte le segment sol de SENTINEL-NG",
        N(),
        headers=SPH_H,
        html=f"""<html><body style="font-family:Arial,sans-serif;max-width:640px">
<h2>Altaïr Space Systems remporte le segment sol de SENTINEL-NG</h2>
<p>Après la plateforme, la filiale spatiale du Groupe Altaïr décroche le contrat du segment sol de la constellation, pour près de 300 M€. Une centaine de postes supplémentaires seront ouverts à Toulouse.</p>
<h2>Entretien croisé</h2>
<p>Inès Marchetti (Kosmik) et Priya Natarajan (Nimbus Orbital) débattent : la pénurie d'ingénieurs logiciels de vol est-elle une fatalité ?</p>
<p style="font-size:11px;color:#888">{SPH_FOOT.replace(chr(10), "<br>")}</p>
</body></html>""",
    ),
    m(
        "cl05",
        "2026-03-31 19:20",
        CLUB,
        "[Grimpe Garonne] Résultats de la compétition + photos",
        N(),
        text="""Bonjour à tous,

Merci aux 48 participant·e·s et aux bénévoles ! Les résultats complets et les photos sont en ligne : https://grimpe-garonne.example/competition-2026

Mention spéciale à Camille R. pour sa 2e place en bloc confirmé, malgré un doigt en vrac.

Le bureau
""",
    ),
    m(
        "wk02",
        "2026-03-16 19:12",
        "Camille Roussel <camille.roussel@novalgo.example>",
        "TR: Accusé de réception – démission",
        N(),
        text="""Pour archive.

-----Message d'origine-----
De : RH Novalgo <rh@novalgo.example>
Envoyé : vendredi 13 mars 2026 16:40
À : Camille Roussel <camille.roussel@novalgo.example>
Objet : Accusé de réception – démission

Bonjour Camille,

Nous accusons réception de ta lettre de démission remise en main propre ce jour. Ton préavis de trois mois débute le 13 mars 2026 ; ton dernier jour de travail sera donc le 12 juin 2026, sauf accord sur une réduction.

Nous reviendrons vers toi pour organiser la passation avec ton manager et ton solde de tout compte.

Le service RH – Novalgo Ingénierie
""",
    ),
    m(
        "lf05",
        "2026-02-26 20:31",
        LEA,
        "besoin de râler",
        N(),
        text="""Mon manager vient de me coller en réunion avec le client à 8h demain alors que je lui ai dit trois fois que je dépose la petite de ma voisine à l'école le jeudi. Deux mois que je suis là et j'ai l'impression que c'est déjà le bazar.

Bref. Ça va passer. Toi ça va ? Et ton entretien final, ça a donné quoi ?

L.
""",
    ),
    m(
        "ap03",
        "2026-03-19 18:00",
        AMAP,
        "[AMAP Minimes] Premières asperges !",
        N(),
        headers={"List-Id": "<amap.minimes.framalistes.org>"},
        text="""Bonjour à tous,

Jeudi, premières asperges de la saison dans les paniers ! Et toujours des poireaux (désolée…).

Rappel : la visite de la ferme aura lieu le dimanche 12 avril, pique-nique partagé.

Le collectif
""",
    ),
]

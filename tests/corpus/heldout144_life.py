# ruff: noqa: E501, RUF100
"""Corpus 144, friends, family, culture, newsletters and look-alikes (data only).
See heldout144.py."""

from __future__ import annotations

from typing import Any

from heldout144_jobs import ME_ADDR, N, after, ics, m

# --- friends and family (gmail / skynet / hotmail.be) -----------------------------------------

_ME_CAM = "<CAE0x8Kq1-cami@mail.gmail.com>"
_cam1 = m(
    "lf01",
    "2025-09-14 20:47",
    "Camille Dewez <camille.dewez@skynet.be>",
    "Devine qui a signé un CDI ???",
    N(),
    """Coucou Baptiste !

Je ne tiens plus, il fallait que je te le dise : j'ai ENFIN été nommée à l'école Sainte-Marie
à Jette ! Plus de remplacements à droite à gauche, plus de coups de fil à 7h du matin pour
savoir si je bosse le jour même. Un vrai poste, en 3e primaire, avec MA classe.

La directrice m'a convoquée vendredi pour « un entretien » et j'étais persuadée qu'elle allait
me dire qu'on ne me gardait pas. Et en fait non ! J'ai pleuré dans la voiture, évidemment.

On fête ça samedi prochain ? Apéro chez moi, j'invite aussi Thomas et Yasmine.

Bisous,
Cam""",
)

_cam2 = m(
    "lf02",
    "2025-11-22 11:05",
    "Camille Dewez <camille.dewez@skynet.be>",
    "Re: et l'inspection ?",
    N(),
    """Haha, l'inspection s'est super bien passée, merci de demander ! L'inspectrice a adoré mon
projet potager avec les élèves. Bon, elle m'a quand même fait trois remarques sur mes
préparations, mais rien de grave.

Et toi, tes candidatures ? Tu m'as dit que tu avais passé un examen pour le fédéral, c'est
quoi la suite ? Ma sœur a fait pareil il y a deux ans, elle est restée un an dans une
« réserve » avant qu'on l'appelle…

Bises,
Cam

Le sam. 22 nov. 2025 à 09:12, Baptiste <baptiste.vdb.amrani@gmail.com> a écrit :
> Alors, cette inspection ?? Raconte !""",
    **after(_ME_CAM),
)

_th1 = m(
    "lf03",
    "2025-10-04 23:12",
    "Thomas Gilson <thomas.gilson82@hotmail.be>",
    "service à te demander",
    N(),
    """Salut vieux,

Bon, je vais droit au but : chez TransMeuse ils ont annoncé une procédure Renault, 85 postes
sur 300, et tout l'entrepôt de Grâce-Hollogne y passe probablement. On sera fixés en décembre
mais je préfère ne pas attendre les bras croisés.

Tu veux bien relire mon CV ? Toi qui fais du marketing, tu sais comment « se vendre ». Moi je
suis nul pour ça, j'ai mis « rigoureux et motivé » et c'est à peu près tout.

Je te l'envoie en pièce jointe. Pas de stress, quand tu as le temps.

Merci mon pote,
Tom""",
    attach=[
        (
            "CV_Thomas_Gilson_2025.txt",
            "text/plain",
            "Thomas Gilson - Chef d'equipe logistique\n2016-2025 : TransMeuse SA, Grace-Hollogne\nPermis C, cariste, SAP WM\n",
        )
    ],
)

_th2 = m(
    "lf04",
    "2025-11-15 18:33",
    "Thomas Gilson <thomas.gilson82@hotmail.be>",
    "Re: service à te demander",
    N(),
    """Baptiste !!

Ton CV version 2.0 a marché : j'ai un entretien lundi chez un transporteur à Herstal, pour un
poste de responsable d'entrepôt. Ils m'ont appelé hier, la dame avait l'air vraiment
intéressée par le passage sur la réorganisation des quais (merci pour la formulation).

Croise les doigts pour moi lundi 10h.

Tom

Envoyé de mon téléphone Android""",
    **after(_th1["id"]),
)

_th3 = m(
    "lf05",
    "2025-12-06 10:48",
    "Thomas Gilson <thomas.gilson82@hotmail.be>",
    "Re: Re: service à te demander",
    N(),
    """Bon… pas retenu pour Herstal. Ils ont pris quelqu'un de l'interne, apparemment. La dame m'a
appelé elle-même, c'était gentil au moins.

Et chez TransMeuse c'est officiel : je fais partie des licenciements, préavis jusqu'à fin
mars, cellule de reconversion, tout le tralala.

Bref. Une bière la semaine prochaine ? J'ai besoin de me changer les idées.

Tom""",
    **after(_th1["id"], _th2["id"]),
)

_th4 = m(
    "lf06",
    "2026-01-20 21:30",
    "Thomas Gilson <thomas.gilson82@hotmail.be>",
    "ILS M'ONT PRIS",
    N(),
    """Mec.

J'ai signé aujourd'hui chez Logistique Ardennaise à Bierset. Chef d'équipe, CDI, et même un
peu plus que chez TransMeuse. Je commence le 1er avril, juste après la fin de mon préavis.

La tournée est pour moi samedi. Et toi, toujours rien de concret ?

Tom""",
)

_ya1 = m(
    "lf07",
    "2025-09-27 13:20",
    "Yasmine Amrani <yasmine.amrani.92@gmail.com>",
    "souper dimanche",
    N(),
    """Hello frérot,

Maman demande si tu viens dimanche midi (couscous, évidemment). Papa passe aussi prendre le
café vers 15h, ils ont enfin décidé d'être civilisés l'un avec l'autre, on ne va pas s'en
plaindre 😅

Tu ramènes le dessert ?

Yas""",
)

_ya2 = m(
    "lf08",
    "2025-11-02 09:40",
    "Yasmine Amrani <yasmine.amrani.92@gmail.com>",
    "Anniversaire papa – cadeau commun ?",
    N(),
    """Coucou,

Pour les 65 ans de papa le 16, je propose qu'on lui offre un week-end à la mer (Coxyde ?)
avec Martine. Ça ferait environ 180 € chacun. Tu es partant ?

Et dis-moi, ton entretien à Namur c'était pas cette semaine ? Tu ne m'as rien raconté !

Yas""",
)

_ya3 = m(
    "lf09",
    "2025-12-05 19:02",
    "Yasmine Amrani <yasmine.amrani.92@gmail.com>",
    "Noël : chez qui cette année ?",
    N(),
    """Bon, le grand débat annuel : Noël chez maman le 24 au soir, et le 25 chez papa et Martine
à Tournai ? Moi je suis de garde à l'hôpital le 26, donc je ne peux pas faire plus.

Réponds vite, maman m'appelle tous les jours 🙄

Yas""",
)

_ya4 = m(
    "lf10",
    "2026-02-02 12:15",
    "Yasmine Amrani <yasmine.amrani.92@gmail.com>",
    "Re: Nouvelle !!",
    N(),
    """FÉLICITATIONS FRÉROT !!!!! 🎉🎉🎉

Brand manager chez Dumoulin, avec une voiture de société en plus ! Et les spéculoos à
volonté j'espère ? Maman est au courant ? Elle va pleurer, tu sais comment elle est.

Par contre Herve… tu vas déménager ? On ne va plus te voir !

Je suis trop fière de toi.
Yas

Le lun. 2 févr. 2026 à 10:02, Baptiste Vandenbroucke-Amrani <baptiste.vdb.amrani@gmail.com> a écrit :
> Devine qui a accepté une offre hier soir… Je t'appelle ce midi !""",
    **after("<CAE0x8Kr9-yasm@mail.gmail.com>"),
)

_ma1 = m(
    "lf11",
    "2025-10-12 18:30",
    "Fatima Amrani <fatima.amrani@skynet.be>",
    "la recette",
    N(),
    """Mon chéri,

Voici la recette de la tajine aux pruneaux que tu m'as demandée :

1 kg d'agneau, 2 oignons, cannelle, gingembre, safran, 250 g de pruneaux, amandes grillées,
miel. Tu fais revenir la viande avec les oignons et les épices, tu couvres d'eau et tu laisses
cuire 1h30. Les pruneaux à la fin avec le miel.

Tu m'appelles quand tu l'as faite ?

Je t'embrasse,
Maman""",
)

_ma2 = m(
    "lf12",
    "2025-12-19 08:55",
    "Fatima Amrani <fatima.amrani@skynet.be>",
    "des nouvelles ?",
    N(),
    """Bonjour mon fils,

Yasmine m'a dit que tu avais encore eu un entretien à Herve, c'est loin Herve ! Tu ne m'as
rien dit. Tu sais que je prie pour toi.

Pour le 24 tu viens à quelle heure ? Apporte du pain de la boulangerie de la place si tu passes par là.

Bisous,
Maman

Envoyé de mon iPad""",
)

_pa1 = m(
    "lf13",
    "2025-10-22 07:12",
    "Luc Vandenbroucke <luc.vandenbroucke@hotmail.be>",
    "TR: Les métiers qui recrutent en Wallonie",
    N(),
    """Salut fiston,

Vu dans le journal de ce matin, ça peut t'intéresser. Il paraît que le marketing n'est pas
dans la liste, mais bon.

Papa

-------- Message transféré --------
Sujet : Les métiers qui recrutent en Wallonie
De : L'Avenir <newsletter@lavenir.net>

La liste des métiers en pénurie 2025-2026 publiée par le Forem : infirmiers, techniciens de
maintenance, chauffeurs poids lourds, comptables, développeurs… Le Forem relève aussi des
difficultés de recrutement pour certains profils commerciaux bilingues.""",
)

_pa2 = m(
    "lf14",
    "2026-02-03 19:40",
    "Luc Vandenbroucke <luc.vandenbroucke@hotmail.be>",
    "bravo",
    N(),
    """Baptiste,

Ta sœur m'a annoncé la nouvelle. Bravo mon grand, je suis fier de toi. Dumoulin, c'est une
belle maison, ton grand-père achetait déjà leurs biscuits au marché de Verviers.

On fête ça quand tu veux. Martine t'embrasse.

Papa""",
)

_ju1 = m(
    "lf15",
    "2025-09-30 16:02",
    "Julie Marchal <julie.marchal.pro@gmail.com>",
    "drink de départ de Sophie – jeudi",
    N(),
    """Hello la team (je vous écris sur vos adresses perso pour la surprise),

Sophie quitte Nordal le 10 octobre pour rejoindre une agence de pub à Gand. On lui organise un
drink surprise jeudi 9 à 18h au Café Belga (Flagey). Cagnotte pour le cadeau : 15 € par
personne, sur mon compte BE53 0012 4477 9810.

Chut !!

Julie""",
    to="Baptiste Vandenbroucke-Amrani <baptiste.vdb.amrani@gmail.com>, Karim <karim.bensaid@gmail.com>, Lies <lies.peeters@telenet.be>",
)

_ju2 = m(
    "lf16",
    "2025-11-26 21:14",
    "Julie Marchal <julie.marchal.pro@gmail.com>",
    "tu as vu le mail du CEO ??",
    N(),
    """Baptiste,

Tu as lu le mail de ce matin ? « Projet One Benelux »… Fusion des équipes marketing belge et
néerlandaise à Rotterdam d'ici l'été. Moi je le sens très mal.

Tu continues tes candidatures de ton côté ? Franchement je commence à regarder aussi. Si tu
tombes sur des offres en communication interne, pense à moi !

Ju""",
)

_ju3 = m(
    "lf17",
    "2026-02-06 13:02",
    "Julie Marchal <julie.marchal.pro@gmail.com>",
    "Re: petite nouvelle",
    N(),
    """Naaaan tu pars vraiment ?? Je suis super contente pour toi mais qui va m'expliquer Excel
maintenant ?

On te fait un drink de départ évidemment. Mars, au Belga, comme pour Sophie.

Et si Dumoulin cherche une chargée de com interne, tu as mon numéro 😇

Ju""",
    **after("<CAE0x8Kr9-julie@mail.gmail.com>"),
)

_ke1 = m(
    "lf18",
    "2025-09-18 12:40",
    "Kevin Lambotte <kevin.lambotte@gmail.com>",
    "Match jeudi 21h – Evere",
    N(),
    """Les gars,

Match jeudi 21h au Complexe sportif d'Evere contre les Schaerbeek Old Boys. Rendez-vous 20h40.
Il nous manque un gardien, qui se dévoue ?

Cotisation de septembre : 20 € à verser sur le compte du club.

Kev""",
    to="Futsal Les Tilleuls <futsal-tilleuls@googlegroups.com>",
)

_ke2 = m(
    "lf19",
    "2025-10-23 09:18",
    "Kevin Lambotte <kevin.lambotte@gmail.com>",
    "Re: Match jeudi 21h – Evere",
    N(),
    """Défaite 6-4, mais on a bien joué la deuxième mi-temps. Baptiste, ton but était magnifique,
dommage que tu aies raté le penalty juste après 😂

Prochain match : jeudi 6 novembre, même heure.

Kev""",
    to="Futsal Les Tilleuls <futsal-tilleuls@googlegroups.com>",
    **after(_ke1["id"]),
)

_ke3 = m(
    "lf20",
    "2026-01-15 22:50",
    "Kevin Lambotte <kevin.lambotte@gmail.com>",
    "Souper du club – 7 février",
    N(),
    """Salut tout le monde,

Le souper annuel du club aura lieu le samedi 7 février à la Taverne du Parc (Josaphat).
Boulets liégeois ou vol-au-vent, 28 € boissons non comprises. Inscriptions avant le 31/01.

Kev""",
    to="Futsal Les Tilleuls <futsal-tilleuls@googlegroups.com>",
)

_sa1 = m(
    "lf21",
    "2025-10-29 20:20",
    "Sarah Kabongo <sarah.kabongo@hotmail.be>",
    "des nouvelles de moi (et un conseil)",
    N(),
    """Hello Baptiste,

Ça fait une éternité ! Petite mise à jour : j'ai quitté l'agence d'intérim en septembre, je
suis maintenant recruteuse dans un cabinet de sélection à Wavre, on recrute surtout pour des
PME industrielles. J'adore, même si les journées sont longues.

Camille m'a dit que tu cherchais. Petit conseil de pro : mets ton profil LinkedIn en anglais
ET en français, et précise « ouvert à la province de Liège » si c'est le cas, les chasseurs
filtrent beaucoup sur la localisation.

Et on se fait un resto bientôt ?

Sarah""",
)

_sa2 = m(
    "lf22",
    "2025-11-04 12:35",
    "Sarah Kabongo <sarah.kabongo@hotmail.be>",
    "Re: des nouvelles de moi (et un conseil)",
    N(),
    """Top pour jeudi 13 au Mamy Louise ! 19h30 ?

Et oui, envoie-moi ton CV si tu veux, je le regarde avec mon œil de recruteuse. Je ne te
promets rien niveau postes, on ne fait quasi que de l'ingénierie.

Sarah""",
    **after(_sa1["id"], "<CAE0x8Kq6-sara@mail.gmail.com>"),
)

_an1 = m(
    "lf23",
    "2025-09-09 19:00",
    "Antoine & Léa <antoineetlea2026@gmail.com>",
    "Save the date – 13 juin 2026 💍",
    N(),
    html="""<html><body style="font-family:Georgia,serif;text-align:center;font-size:16px">
<p>Antoine &amp; Léa</p><p><b>se marient !</b></p>
<p>Samedi 13 juin 2026<br>Ferme de la Hulpe, Brabant wallon</p>
<p>Invitation officielle à suivre. Réservez la date !</p>
</body></html>""",
)

_an2 = m(
    "lf24",
    "2026-01-30 18:45",
    "Antoine & Léa <antoineetlea2026@gmail.com>",
    "Infos pratiques + RSVP avant le 1er mars",
    N(),
    """Chers amis,

Voici enfin l'invitation officielle ! Cérémonie à 14h, vin d'honneur, dîner et soirée.
Merci de répondre via le formulaire avant le 1er mars : https://forms.gle/a9KxLeaAnt2026

Liste de mariage : voyage en Islande 🇮🇸

On a hâte !
Antoine & Léa""",
)

_ih1 = m(
    "lf25",
    "2025-11-05 12:10",
    "Marie-Astrid de Wergifosse <ma.dewergifosse@gmail.com>",
    "Retrouvailles promo IHECS 2018 – 29 novembre",
    N(),
    """Hello à toutes et à tous,

7 ans déjà ! On organise des retrouvailles le samedi 29 novembre à partir de 19h au Bar du
Matin (Forest). Répondez à tous pour dire si vous venez, et racontez ce que vous devenez !

Moi : toujours à la rédaction de l'hebdo « Vivre à Bruxelles », maintenant rédactrice en chef adjointe du web.

Marie-Astrid""",
    to="Promo IHECS 2018 <promo-ihecs-2018@googlegroups.com>",
)

_ih2 = m(
    "lf26",
    "2025-11-06 08:31",
    "Olivier Nzeza <olivier.nzeza@outlook.com>",
    "Re: Retrouvailles promo IHECS 2018 – 29 novembre",
    N(),
    """Présent ! Moi je bosse au Luxembourg maintenant, chargé de com dans une banque privée. Je
fais les navettes en train, 3h par jour, mais le salaire vaut le détour 😅

Quelqu'un a des nouvelles de Baptiste ? Toujours chez Nordal ?

Olivier""",
    to="Promo IHECS 2018 <promo-ihecs-2018@googlegroups.com>",
    **after(_ih1["id"]),
)

_na1 = m(
    "lf27",
    "2025-10-25 16:40",
    "Nadia Boukhari <nadia.boukhari@gmail.com>",
    "lauréate !!!",
    N(),
    """Baptiste,

Je viens de recevoir les résultats du concours EPSO (AD5 communication) : LAURÉATE !!! Je suis
sur la liste de réserve. Bon, comme tu sais, ça ne veut pas dire un poste tout de suite, il
faut maintenant que je me « vende » auprès des DG pour qu'une d'entre elles me recrute.

Si tu as des conseils pour le « networking » dans les institutions… ah non, toi tu fais des
biscuits et du fromage à tartiner 😄

Nadia""",
)

_na2 = m(
    "lf28",
    "2026-02-09 11:11",
    "Nadia Boukhari <nadia.boukhari@gmail.com>",
    "Re: lauréate !!!",
    N(),
    """Petite mise à jour : la DG Santé m'a proposé un entretien pour un poste à Bruxelles ! C'est
le 24 février. J'ai trop peur.

Et bravo pour ton nouveau job, Camille m'a dit. Herve, c'est le fromage qui pue ? 😂

Nadia""",
    **after(_na1["id"], "<CAE0x8Kq9-nadi@mail.gmail.com>"),
)

# --- culture, leisure, volunteering ---------------------------------------------------------

_pv1 = m(
    "lf29",
    "2025-10-18 14:22",
    "Théâtre du Parvis <billetterie@theatreduparvis.example>",
    "Confirmation de votre réservation – « La Cerisaie »",
    N(),
    """Bonjour Baptiste,

Merci pour votre réservation !

Spectacle : La Cerisaie (Tchekhov) – mise en scène d'Aurore Delcour
Date : samedi 6 décembre 2025 à 20h15
Places : 2 x tarif plein (rang F, places 11-12) – 2 x 24 € = 48 €

Vos e-tickets sont en pièce jointe. Le bar ouvre une heure avant la représentation.

Théâtre du Parvis – Parvis Sainte-Marie 3, 1030 Schaerbeek""",
    attach=[
        (
            "etickets_la_cerisaie.txt",
            "text/plain",
            "THEATRE DU PARVIS - La Cerisaie\n06/12/2025 20:15 - Rang F - 11, 12\n",
        )
    ],
)

_pv2 = m(
    "lf30",
    "2025-12-05 10:00",
    "Théâtre du Parvis <billetterie@theatreduparvis.example>",
    "C'est demain ! Infos pratiques pour « La Cerisaie »",
    N(),
    """Bonjour,

Nous avons le plaisir de vous accueillir demain soir pour La Cerisaie. Durée : 2h10 avec
entracte. Rencontre avec l'équipe artistique à l'issue de la représentation.

Accès : tram 92 (arrêt Sainte-Marie). Attention, travaux place Meiser.

À demain !
Théâtre du Parvis""",
)

_vol1 = m(
    "lf31",
    "2026-01-22 19:30",
    "Festival Les Nuits Solidaires <benevoles@nuitssolidaires.example>",
    "Merci pour ta candidature bénévole !",
    N(),
    """Salut Baptiste,

Merci pour ta candidature comme bénévole pour l'édition 2026 des Nuits Solidaires (3-5 juillet,
parc de Forest) ! 🎶

Notre équipe bénévoles analyse toutes les candidatures et te répondra d'ici mi-février. Tu as
indiqué être intéressé par le pôle « communication & réseaux sociaux » : bonne nouvelle, c'est
là qu'on a le plus besoin de monde.

À bientôt,
La team bénévoles""",
)

_vol2 = m(
    "lf32",
    "2026-02-14 11:00",
    "Festival Les Nuits Solidaires <benevoles@nuitssolidaires.example>",
    "Ta candidature bénévole est acceptée 🎉 – choisis tes shifts",
    N(),
    """Hello Baptiste,

Bonne nouvelle : ta candidature est acceptée, tu fais partie de l'équipe bénévoles 2026 !

Prochaine étape : choisis tes shifts (minimum 3 de 4 heures) sur la plateforme avant le 15 mars.
En échange : pass 3 jours, repas, t-shirt collector et la gratitude éternelle de l'équipe.

Réunion d'accueil (en ligne) le mercredi 25 mars à 19h.

La team bénévoles""",
)

_fc1 = m(
    "lf33",
    "2025-09-25 15:12",
    "ISCG – Formation continue <formation@iscg.example>",
    "Certificat en marketing digital : votre candidature est acceptée",
    N(),
    """Monsieur,

Nous avons le plaisir de vous informer que votre candidature au Certificat universitaire en
marketing digital et data (formation continue, horaire décalé, 2025-2026) a été acceptée par
le comité d'admission.

Les cours débutent le mardi 14 octobre à 18h30 sur notre campus de Bruxelles. Votre
inscription sera définitive après paiement du minerval (voir courriel séparé).

Institut Supérieur de Communication Sainte-Gudule – Service de la formation continue""",
)

_fc2 = m(
    "lf34",
    "2025-10-02 09:30",
    "ISCG – Formation continue <formation@iscg.example>",
    "Facture – minerval Certificat marketing digital",
    N(),
    """Monsieur,

Veuillez trouver ci-joint la facture relative à votre inscription au Certificat en
marketing digital et data : 1 450,00 € (éligible aux chèques-formation et au congé-éducation
payé).

À payer avant le 13 octobre 2025 sur le compte BE40 0000 1111 2233, communication
+++041/2025/11847+++.

ISCG – Service de la formation continue""",
)

# --- marketing newsletters and webinars -----------------------------------------------------

_PUB_FOOT = """<p style="font-size:10px;color:#999">Pub &amp; Co – la newsletter du marketing belge. Vous recevez ce
message car vous êtes abonné. <a href="https://pubetco.example/unsubscribe?u=bva">Se désabonner</a></p>"""

_pub1 = m(
    "lf35",
    "2025-09-17 07:00",
    "Pub & Co <newsletter@pubetco.example>",
    "Interview de la directrice marketing de Brasserie Lumio : « On a arrêté de parler de bière »",
    N(),
    html=f"""<html><body style="font-family:Georgia,serif;font-size:15px">
<h2>« On a arrêté de parler de bière »</h2>
<p>Dans cette interview, Anne-Sophie Goffin, directrice marketing de Brasserie Lumio, revient
sur la refonte de la marque et sur le recrutement de son équipe : « Je cherche des profils
curieux, qui sortent du FMCG classique. »</p>
<p>Aussi cette semaine : les meilleures campagnes de la rentrée, et 5 postes à pourvoir dans
notre job board.</p>
<p><a href="https://pubetco.example/interviews/lumio?utm_source=nl">Lire l'interview</a></p>
{_PUB_FOOT}
</body></html>""",
)

_pub2 = m(
    "lf36",
    "2025-10-15 07:00",
    "Pub & Co <newsletter@pubetco.example>",
    "Le marché de l'emploi des marketeurs en 2026 : qui recrute encore ?",
    N(),
    html=f"""<html><body style="font-family:Georgia,serif;font-size:15px">
<h2>Qui recrute encore des marketeurs ?</h2>
<p>Gel des embauches chez les annonceurs, agences qui se réinventent, retail qui internalise :
notre enquête auprès de 40 DRH et chasseurs de têtes belges. Et nos conseils pour réussir un
entretien d'embauche en 2026 (spoiler : préparez une étude de cas).</p>
<p><a href="https://pubetco.example/dossiers/emploi-2026?utm_source=nl">Lire le dossier</a></p>
{_PUB_FOOT}
</body></html>""",
)

_pub3 = m(
    "lf37",
    "2025-11-19 07:00",
    "Pub & Co <newsletter@pubetco.example>",
    "Interview : « Le brand manager doit être un chef d'orchestre »",
    N(),
    html=f"""<html><body style="font-family:Georgia,serif;font-size:15px">
<p>Rencontre avec Hugues Marchal, ex-brand manager devenu directeur général d'une PME
agroalimentaire wallonne : marques de distributeur, inflation, et pourquoi il n'engage plus
jamais sans étude de cas.</p>
<p><a href="https://pubetco.example/interviews/marchal?utm_source=nl">Lire</a></p>
{_PUB_FOOT}
</body></html>""",
)

_pub4 = m(
    "lf38",
    "2025-12-17 07:00",
    "Pub & Co <newsletter@pubetco.example>",
    "Notre top 10 des campagnes belges de 2025",
    N(),
    html=f"""<html><body style="font-family:Georgia,serif;font-size:15px">
<p>De la STIB au spéculoos, les campagnes qui nous ont marqués cette année. Votez pour votre
préférée avant le 31 décembre !</p>
{_PUB_FOOT}
</body></html>""",
)

_pub5 = m(
    "lf39",
    "2026-01-21 07:00",
    "Pub & Co <newsletter@pubetco.example>",
    "Interview de la directrice marketing de Varia Cosmetics",
    N(),
    html=f"""<html><body style="font-family:Georgia,serif;font-size:15px">
<p>Interview : Delphine Hautecœur, directrice marketing de Varia Cosmetics, sur le lancement
de la marque aux Pays-Bas, la place des influenceurs et ses conseils aux candidats :
« En entretien, je veux qu'on me parle de nos clientes, pas de soi. »</p>
<p><a href="https://pubetco.example/interviews/varia?utm_source=nl">Lire l'interview</a></p>
{_PUB_FOOT}
</body></html>""",
)

_web1 = m(
    "lf40",
    "2025-10-09 12:30",
    "Marketing Club Wallonie-Bruxelles <events@mcwb.example>",
    "Inscription confirmée : Webinaire « IA générative et marques »",
    N(),
    """Bonjour Baptiste,

Votre inscription au webinaire est confirmée.

« IA générative et marques : opportunité ou menace ? »
Jeudi 16 octobre 2025, 12h30 – 13h30 (lunch webinar)
Intervenants : Claire Dumont (Pulpe), Tom Verbist (Nordhaven Beverages)

Le lien de connexion Zoom vous sera envoyé une heure avant le début.

Marketing Club Wallonie-Bruxelles asbl""",
    ics=ics(
        "webinar-ia-20251016@mcwb.example",
        "2025-10-16 12:30",
        "Webinaire MCWB – IA générative et marques",
        ("Marketing Club Wallonie-Bruxelles", "events@mcwb.example"),
        location="Zoom (lien envoyé 1h avant)",
    ),
)

_web2 = m(
    "lf41",
    "2025-10-16 11:30",
    "Marketing Club Wallonie-Bruxelles <events@mcwb.example>",
    "On commence dans une heure !",
    N(),
    """Bonjour,

Le webinaire « IA générative et marques » commence dans une heure.

Rejoindre : https://us06web.zoom.us/j/88311462210?pwd=McWb2025
ID : 883 1146 2210 – Code : 451902

À tout de suite !""",
)

_web3 = m(
    "lf42",
    "2025-10-17 16:00",
    "Marketing Club Wallonie-Bruxelles <events@mcwb.example>",
    "Le replay et les slides sont disponibles",
    N(),
    """Merci d'avoir participé (ou de vous être inscrit) !

Le replay et les slides du webinaire sont disponibles sur notre site pendant 30 jours.

Prochain événement : afterwork « Marketing & Recrutement : comment se démarquer », le
20 novembre à Namur.

Marketing Club Wallonie-Bruxelles asbl""",
)

_mw1 = m(
    "lf43",
    "2025-10-01 06:00",
    "Marketing Week <newsletters@marketingweek.com>",
    "Interview: how Nordhaven's CMO rebuilt a heritage brand",
    N("en"),
    html="""<html><body style="font-family:Arial;font-size:14px">
<p><b>Marketing Week Daily</b></p>
<p>Interview: Nordhaven Beverages' CMO on rebuilding a heritage brand for Gen Z, cutting the
agency roster and why she still hires brand managers from FMCG.</p>
<p>Also: The Marketing Week Career &amp; Salary Survey 2026 – take part and win.</p>
<p style="font-size:10px">Centaur Media plc. Unsubscribe.</p>
</body></html>""",
)

_mw2 = m(
    "lf44",
    "2026-01-14 06:00",
    "Marketing Week <newsletters@marketingweek.com>",
    "Opinion: the three things every marketing plan gets wrong",
    N("en"),
    html="""<html><body style="font-family:Arial;font-size:14px">
<p><b>Marketing Week Daily</b></p>
<p>Our columnist on planning; the brands cutting TV spend in 2026; and the jobs: five brand manager
roles we've spotted this week.</p>
<p style="font-size:10px">Centaur Media plc. Unsubscribe.</p>
</body></html>""",
)

_hs = m(
    "lf45",
    "2025-11-27 15:00",
    "HubSpot Academy <academy@hubspot.com>",
    "Your Inbound Marketing certification expires in 30 days",
    N("en"),
    """Hi Baptiste,

Your HubSpot Inbound Marketing certification expires on December 27, 2025. Retake the exam to
keep your certification active and showcase it on your LinkedIn profile.

Renew now: https://academy.hubspot.com/certification-overview

HubSpot Academy""",
)

# --- LinkedIn notifications that are not job mail ------------------------------------------

_li1 = m(
    "lf46",
    "2025-10-08 18:00",
    "LinkedIn <notifications-noreply@linkedin.com>",
    "Félicitez Sophie Lambrecht pour son nouveau poste",
    N(),
    html="""<html><body style="font-family:-apple-system,Helvetica">
<p>Sophie Lambrecht a commencé un nouveau poste : <b>Senior Account Manager chez Agence Lundi Matin</b>.</p>
<p><a href="https://www.linkedin.com/feed/update/urn:li:activity:73812?trk=eml-congrats">Dire félicitations</a></p>
<p style="font-size:11px;color:#666">© 2025 LinkedIn Ireland Unlimited Company. Se désabonner.</p>
</body></html>""",
)

_li2 = m(
    "lf47",
    "2025-12-02 09:00",
    "LinkedIn <invitations@linkedin.com>",
    "Vous avez 3 nouvelles invitations",
    N(),
    html="""<html><body style="font-family:-apple-system,Helvetica">
<p>Baptiste, vous avez 3 invitations en attente :</p>
<ul><li>Géraldine Hubin – Senior Consultant chez Delvaux Sélection</li><li>Mathieu Colson – Category Manager</li>
<li>Inès Haddouchi – Talent Acquisition Specialist chez Groupe Vanmol</li></ul>
<p style="font-size:11px;color:#666">© 2025 LinkedIn Ireland Unlimited Company.</p>
</body></html>""",
)

_li3 = m(
    "lf48",
    "2026-02-10 19:30",
    "LinkedIn <notifications-noreply@linkedin.com>",
    "Votre publication a été vue 2 318 fois",
    N(),
    html="""<html><body style="font-family:-apple-system,Helvetica">
<p>Votre publication « Après 5 belles années chez Nordal Foods, une nouvelle aventure commence… »
a été vue 2 318 fois et a reçu 164 réactions.</p>
<p style="font-size:11px;color:#666">© 2026 LinkedIn Ireland Unlimited Company.</p>
</body></html>""",
)

# --- same names, not job mail ---------------------------------------------------------------

_tcn = m(
    "lf49",
    "2025-10-21 17:00",
    "Terre Commune <newsletter@terrecommune.example>",
    "Lettre d'info d'octobre : notre campagne « Une cantine durable par commune »",
    N(),
    html="""<html><body style="font-family:Verdana;font-size:13px">
<p>Chère amie, cher ami de Terre Commune,</p>
<p>Grâce à vous, 14 communes bruxelloises ont signé notre charte pour des cantines durables !
Prochaine étape : la Wallonie.</p>
<p>Aussi dans cette lettre : notre rapport annuel, les dates de nos ateliers de cuisine
anti-gaspi, et… <b>nous recrutons</b> un·e chargé·e de communication et plaidoyer (offre
bientôt en ligne).</p>
<p><a href="https://www.terrecommune.example/don?utm_source=nl_oct">Je soutiens Terre Commune</a></p>
<p style="font-size:10px">Terre Commune asbl – Rue de la Victoire 96, 1060 Saint-Gilles. Se désinscrire.</p>
</body></html>""",
)

_cvn = m(
    "lf50",
    "2025-11-28 08:00",
    "Casa Viva <newsletter@casaviva.example>",
    "BLACK FRIDAY 🖤 -30 % sur tous les plaids et bougies",
    N(),
    html="""<html><body style="font-family:Arial">
<p style="font-size:22px"><b>Black Friday chez Casa Viva</b></p>
<p>-30 % sur tous les plaids, coussins et bougies parfumées, en magasin et en ligne. Jusqu'à lundi minuit !</p>
<p>Nouvelle collection « Noël cocooning » disponible dans nos 48 magasins.</p>
<p style="font-size:10px">Casa Viva – une enseigne du Groupe Vanmol. Vanmol Retail SA, Chaussée de Bruxelles 210, 1300 Wavre.
Se désinscrire.</p>
</body></html>""",
)

_tgtg = m(
    "lf51",
    "2025-11-09 17:45",
    "Too Good To Go <no-reply@toogoodtogo.com>",
    "Ton panier surprise t'attend !",
    N(),
    """Ton panier chez Boulangerie Helmet est réservé.

Retrait aujourd'hui entre 18:30 et 19:00 – Chaussée d'Helmet 212, 1030 Schaerbeek.
Montre ton reçu dans l'app au moment du retrait.

Merci d'avoir sauvé un repas !""",
)

_doc = m(
    "lf52",
    "2026-01-27 08:10",
    "Dr Philippe Collard <secretariat@cabinetcollard.example>",
    "Rendez-vous confirmé – mardi 3 février 17h40",
    N(),
    """Bonjour,

Votre rendez-vous avec le Dr Philippe Collard (médecine générale) est confirmé :
mardi 3 février 2026 à 17h40, Avenue Rogier 188, 1030 Schaerbeek.

Merci d'annuler au moins 24h à l'avance en cas d'empêchement.

Secrétariat du Dr Collard""",
    ics=ics(
        "rdv-collard-20260203-1740@cabinetcollard.example",
        "2026-02-03 17:40",
        "RDV Dr Collard",
        ("Secrétariat Dr Collard", "secretariat@cabinetcollard.example"),
        minutes=20,
        location="Avenue Rogier 188, 1030 Schaerbeek",
    ),
)

_kino = m(
    "lf53",
    "2025-12-27 15:20",
    "Kinepolis <noreply@kinepolis.be>",
    "Vos tickets pour ce soir",
    N(),
    """Bonjour Baptiste,

Merci pour votre achat ! Voici vos tickets :
Film : « Les Barbares du Nord » (VO st. FR)
Kinepolis Brussels – samedi 27/12 à 20:30 – salle 9 – 2 places

Présentez le QR-code à l'entrée de la salle.
Kinepolis""",
)

_air = m(
    "lf54",
    "2025-11-30 21:40",
    "Airbnb <automated@airbnb.com>",
    "Réservation confirmée – Chalet à Vielsalm",
    N(),
    """Votre séjour est confirmé !

Chalet « Le Grand Bois » – Vielsalm
Arrivée : ven. 16 janv. 2026 – Départ : dim. 18 janv. 2026
6 voyageurs – Total : 612,00 €

Votre hôte, Benoît, vous enverra les instructions d'arrivée 3 jours avant.

Airbnb""",
)

_ke4 = m(
    "lf55",
    "2025-12-11 13:14",
    "Kevin Lambotte <kevin.lambotte@gmail.com>",
    "week-end Ardennes janvier – qui paie quoi",
    N(),
    """Hello la bande,

Chalet réservé par Baptiste (merci chef !), 612 € à six = 102 € chacun. Versez-lui sur son
compte avant Noël.

Pour les courses on fait un Tricount. Je m'occupe du BBQ même s'il neige.

Kev""",
    to=f"Baptiste <{ME_ADDR}>, Thomas <thomas.gilson82@hotmail.be>, Camille <camille.dewez@skynet.be>, Yas <yasmine.amrani.92@gmail.com>, Mehdi <mehdi.elouardi@gmail.com>",
)

_cam3 = m(
    "lf56",
    "2026-02-22 10:30",
    "Camille Dewez <camille.dewez@skynet.be>",
    "ton pot de départ",
    N(),
    """Hello,

Julie m'a dit que tes collègues organisent ton pot de départ en mars, je peux m'incruster ? 😄

Et sinon, la maison à Battice, alors ? Tu as visité hier ? Raconte !

Cam""",
)

_cam4 = m(
    "lf57",
    "2025-09-15 08:12",
    "Camille Dewez <camille.dewez@skynet.be>",
    "Invitation: Apéro CDI chez Cam 🥂 @ sam. 20 sept. 2025 19:00 - 23:30 (CEST) (baptiste.vdb.amrani@gmail.com)",
    N(),
    """Invitation de Google Agenda

Apéro CDI chez Cam 🥂
samedi 20 septembre 2025 ⋅ 19:00 – 23:30 (heure d'été d'Europe centrale - Bruxelles)
Rue Léopold Ier 301, 1090 Jette

Ramenez ce que vous voulez boire, je m'occupe des bouchées !

Participants
camille.dewez@skynet.be - organisateur
baptiste.vdb.amrani@gmail.com
thomas.gilson82@hotmail.be
yasmine.amrani.92@gmail.com

Répondre pour baptiste.vdb.amrani@gmail.com
Oui   Non   Peut-être

Invitation de Google Agenda""",
    ics=ics(
        "0p9o8i7u6y5t4r3e2w1q@google.com",
        "2025-09-20 19:00",
        "Apéro CDI chez Cam 🥂",
        ("Camille Dewez", "camille.dewez@skynet.be"),
        minutes=270,
        attendees=[
            ("Thomas Gilson", "thomas.gilson82@hotmail.be"),
            ("Yasmine Amrani", "yasmine.amrani.92@gmail.com"),
        ],
        location="Rue Léopold Ier 301, 1090 Jette",
    ),
)

_ka1 = m(
    "lf58",
    "2025-12-01 20:05",
    "Karim Bensaïd <karim.bensaid@gmail.com>",
    "tu veux bien être ma référence ?",
    N(),
    """Salut Baptiste,

Petite faveur : je suis en dernière étape pour un poste de key account manager chez un
distributeur à Vilvorde, et ils me demandent deux références. Je peux donner ton nom ? Tu as
bossé avec moi sur le lancement des surgelés en 2023, tu es bien placé pour parler de moi.

Ils t'appelleraient probablement cette semaine. Tu me dis ?

Merci mille fois,
Karim""",
)

_me1 = m(
    "lf59",
    "2025-10-10 23:40",
    "Mehdi El Ouardi <mehdi.elouardi@gmail.com>",
    "je change de service !",
    N(),
    """Yo,

Je quitte enfin les urgences de Saint-Pierre ! Je passe infirmier en chef aux soins
intensifs, à partir du 1er novembre. Moins de gardes de nuit, plus de paperasse.

On se fait un foot en salle pour fêter ça ? Dis à Kevin qu'il me garde une place.

Mehdi""",
)

_ya5 = m(
    "lf60",
    "2025-12-07 10:12",
    "Yasmine Amrani <yasmine.amrani.92@gmail.com>",
    "Re: Noël : chez qui cette année ?",
    N(),
    """Parfait, je dis à maman pour le 24. Tu prends le train pour Tournai le 25 avec moi ?
Départ 10h12 de Bruxelles-Midi.

Yas""",
    **after(_ya3["id"], "<CAE0x8Kq9-noel@mail.gmail.com>"),
)

_th5 = m(
    "lf61",
    "2025-12-07 13:30",
    "Thomas Gilson <thomas.gilson82@hotmail.be>",
    "Re: Re: Re: service à te demander",
    N(),
    """Jeudi au Moeder Lambic, 19h, ça me va. Merci vieux.

Tom""",
    **after(_th1["id"], _th2["id"], _th3["id"], "<CAE0x8Kq9-tomb@mail.gmail.com>"),
)

MAIL: list[dict[str, Any]] = [
    _cam1, _cam2, _th1, _th2, _th3, _th4, _ya1, _ya2, _ya3, _ya4, _ma1, _ma2, _pa1, _pa2,
    _ju1, _ju2, _ju3, _ke1, _ke2, _ke3, _sa1, _sa2, _an1, _an2, _ih1, _ih2, _na1, _na2,
    _pv1, _pv2, _vol1, _vol2, _fc1, _fc2,
    _pub1, _pub2, _pub3, _pub4, _pub5, _web1, _web2, _web3, _mw1, _mw2, _hs,
    _li1, _li2, _li3, _tcn, _cvn, _tgtg, _doc, _kino, _air, _ke4, _cam3,
    _cam4, _ka1, _me1, _ya5, _th5,
]  # fmt: skip

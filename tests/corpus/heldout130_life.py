# ruff: noqa: E501, RUF100
"""Corpus 130, the ordinary inbox, part two (data only): see heldout130.py.

Friends and family (an apéro thread, friends talking about their own interviews and new jobs),
HR newsletters that interview DRH, an HR-tech vendor's blog and webinar for recruiters, a local
HR network's afterwork with its invitation, a certifying training course's "candidature" and
admission "entretien", LinkedIn notifications, the crèche, the school registration, marketing
"offres" and a little English."""

from __future__ import annotations

from heldout130_jobs import N, ics, m, thread

UNSUB = "List-Unsubscribe"

INES = "Inès Haddad <ines.haddad@gmail.com>"
HUGO = "Hugo Bernard <hugo.bernard.lyon@hotmail.fr>"
MARGAUX = "Margaux Dumas <margaux.dumas@free.fr>"
AMANDINE = "Amandine Vercherin <amandine.vercherin@yahoo.fr>"
JULIEN = "Julien Moulin <julien.moulin85@gmail.com>"
MAMAN = "Françoise Vercherin <f.vercherin@orange.fr>"

# --- Friends: the apéro thread, interviews and new jobs that are theirs --------------------------

_ap1 = m(
    "fa0904a",
    "2025-09-04 12:51",
    INES,
    "Apéro de rentrée ?",
    N(),
    text="""Hello la team !

Ça fait une éternité... Apéro de rentrée jeudi 11 à la Guinguette du Rhône (quai Augagneur) vers 19h ? S'il pleut on se replie au Ninkasi Gerland.

Dites-moi qui vient, je réserve une table si on est plus de 6.

Bises,
Inès
""",
    to="Laure Vercherin <laure.vercherin@gmail.com>, Hugo Bernard <hugo.bernard.lyon@hotmail.fr>, Margaux Dumas <margaux.dumas@free.fr>, Thomas Giraud <tom.giraud@gmail.com>",
)

_ap2 = m(
    "fa0905h",
    "2025-09-05 08:14",
    HUGO,
    "RE: Apéro de rentrée ?",
    N(),
    text="""Je viens mais plutôt vers 20h, j'ai mon entretien annuel à 18h (oui, un jeudi soir, merci mon manager 🙄).

Hugo

________________________________
De : Inès Haddad <ines.haddad@gmail.com>
Envoyé : jeudi 4 septembre 2025 12:51
Objet : Apéro de rentrée ?

Hello la team ! Ça fait une éternité... Apéro de rentrée jeudi 11 à la Guinguette du Rhône ?
""",
    to="Inès Haddad <ines.haddad@gmail.com>, Laure Vercherin <laure.vercherin@gmail.com>, Margaux Dumas <margaux.dumas@free.fr>, Thomas Giraud <tom.giraud@gmail.com>",
    **thread(_ap1),
)

_ap3 = m(
    "fa0905m",
    "2025-09-05 21:37",
    MARGAUX,
    "Re: Apéro de rentrée ?",
    N(),
    text="""Présente !! Et en plus j'ai une nouvelle à fêter : j'ai signé ma promesse d'embauche hier, je quitte la banque et je commence le 1er octobre comme contrôleuse de gestion chez un fabricant de vélos à Vaulx 🎉🚲

La première tournée est pour moi.

Margaux

Le 04/09/2025 à 12:51, Inès Haddad a écrit :
> Hello la team !
> Apéro de rentrée jeudi 11 à la Guinguette du Rhône (quai Augagneur) vers 19h ?
""",
    to="Inès Haddad <ines.haddad@gmail.com>, Laure Vercherin <laure.vercherin@gmail.com>, Hugo Bernard <hugo.bernard.lyon@hotmail.fr>, Thomas Giraud <tom.giraud@gmail.com>",
    **thread(_ap1, _ap2),
)

_cv1 = m(
    "hb0922c",
    "2025-09-22 22:03",
    HUGO,
    "Un coup de main de pro ?",
    N(),
    text="""Salut Laure,

Je sais que tu dois en voir passer des centaines par semaine, mais est-ce que tu pourrais jeter un œil à mon CV ? J'ai passé un premier entretien chez un éditeur de logiciels à la Part-Dieu pour un poste de chef de projet, et ils me rappellent pour un deuxième entretien jeudi avec le N+2 et la RH.

Des conseils ? Qu'est-ce qu'une RH regarde vraiment ? Et surtout : qu'est-ce que je réponds à la question du salaire ?

Merci mille fois, je te dois un resto.
Hugo
""",
    attach=[
        ("CV_Hugo_Bernard_2025.pdf", "application/pdf", "%PDF-1.4\n% CV Hugo Bernard\n%%EOF\n")
    ],
)

_cv2 = m(
    "hb0924m",
    "2025-09-24 07:46",
    HUGO,
    "RE: Un coup de main de pro ?",
    N(),
    text="""Merci merci merci !! Tes commentaires sont hyper clairs, j'ai tout refait hier soir. Je vais tenter ta méthode pour la question du salaire (donner une fourchette et la justifier).

Je te dis jeudi comment ça s'est passé.
H.
""",
    **thread(_cv1, "<CAH8kR2wPq3mLz0V7kE@mail.gmail.com>"),
)

_cv3 = m(
    "hb1017p",
    "2025-10-17 18:12",
    HUGO,
    "J'AI EU LE POSTE",
    N(),
    text="""Laure !!!

Ils m'ont appelé ce midi : ils me prennent ! Proposition reçue par mail à 16h, j'ai accepté à 16h05 (oui j'aurais dû négocier plus, je sais...). Je démarre le 5 janvier après mon préavis.

Merci pour ton aide, sans toi j'aurais encore un CV en Comic Sans. Le resto c'est quand tu veux, je paie.

Hugo
""",
)

_ines2 = m(
    "ih1114r",
    "2025-11-14 13:20",
    INES,
    "Déj la semaine prochaine ?",
    N(),
    text="""Coucou,

On se fait un déj mardi ou jeudi prochain ? Je suis à la Part-Dieu toute la semaine, on a un audit interne et je vais avoir besoin de me changer les idées. Et raconte-moi où tu en es dans tes entretiens, Margaux m'a dit que ça bougeait !

Bisous
Inès
""",
)

_mar2 = m(
    "md0115b",
    "2026-01-15 20:05",
    MARGAUX,
    "Bravo !!!",
    N(),
    text="""Inès vient de me dire que tu avais signé ta promesse d'embauche !!! Trop contente pour toi 🥳 Une mutuelle, sur les pentes en plus, tu vas pouvoir aller bosser à pied.

Bon, ce coup-ci c'est toi qui paies la première tournée. Apéro de fin de préavis ?

Margaux
""",
)

_ines3 = m(
    "ih0131i",
    "2026-01-31 11:40",
    INES,
    "Invitation: Les 35 ans d'Inès 🎂 @ sam. 7 févr. 2026 20:00 - 23:59 (CET) (laure.vercherin@gmail.com)",
    N(),
    text="""Inès Haddad vous a invité à un événement.

Les 35 ans d'Inès 🎂
Quand : samedi 7 février 2026 20:00 – 23:59 (heure normale d'Europe centrale - Paris)
Où : Chez Inès, 9 rue Pierre Dupont, 69001 Lyon (3e étage, code 1987A)

Ramenez ce que vous voulez boire, je m'occupe du reste ! Conjoints et enfants bienvenus jusqu'à 21h 😉

Invités
Inès Haddad - organisateur
laure.vercherin@gmail.com
julien.moulin85@gmail.com
margaux.dumas@free.fr
hugo.bernard.lyon@hotmail.fr

Invitation de Google Agenda
""",
    ics=ics(
        "35ansines0207haddad@google.com",
        "2026-02-07 20:00",
        "Les 35 ans d'Inès 🎂",
        ("Inès Haddad", "ines.haddad@gmail.com"),
        minutes=239,
        attendees=[
            ("Julien Moulin", "julien.moulin85@gmail.com"),
            ("Margaux Dumas", "margaux.dumas@free.fr"),
            ("Hugo Bernard", "hugo.bernard.lyon@hotmail.fr"),
        ],
        location="9 rue Pierre Dupont, 69001 Lyon",
    ),
)

_wed = m(
    "wd1020s",
    "2025-10-20 19:00",
    "Chloé & Antoine <chloe.antoine.2026@gmail.com>",
    "Save the date 💍 13 juin 2026",
    N(),
    html="""<html><body style="font-family:Georgia,serif;text-align:center;color:#4a4a4a;background:#fbf7f2">
<p style="font-size:28px;margin-top:40px">Chloé &amp; Antoine</p>
<p style="font-size:18px">se marient !</p>
<p style="font-size:22px">Samedi 13 juin 2026</p>
<p>Domaine des Hauts de Saône – Trévoux</p>
<p>Faire-part et informations pratiques à suivre.<br>Réservez la date 🥂</p>
</body></html>""",
)

# --- Family and Julien ------------------------------------------------------------------------------

_jul1 = m(
    "jm1010c",
    "2025-10-10 12:30",
    JULIEN,
    "cartons + planning déménagement",
    N(),
    text="""J'ai fait un tableau pour le déménagement, dis-moi si ça te va :

- sam 25 : cartons cuisine + livres (ma mère garde Jeanne)
- mer 29 : je pose ma journée, démontage lit + armoire
- ven 31 : EDL 9h30, déménageurs 13h
- sam 1er : on installe la chambre de Jeanne en priorité

Et j'ai confirmé le devis Saône Express, acompte payé.

Bisous
J.
""",
)

_jul2 = m(
    "jm1115f",
    "2025-11-15 09:02",
    JULIEN,
    "Fwd: Attestation de loyer pour la CAF",
    N(),
    text="""Tu peux t'en occuper sur le site de la CAF ? Moi je n'ai pas accès au compte.

---------- Forwarded message ---------
De : Croix-Rousse Immobilier <gestion@croixrousse-immo.example>
Date: ven. 14 nov. 2025 à 17:40
Subject: Attestation de loyer pour la CAF
To: <julien.moulin85@gmail.com>

Bonjour Monsieur,

Veuillez trouver ci-joint l'attestation de loyer demandée pour votre déclaration auprès de la CAF.

Cordialement,
Croix-Rousse Immobilier – Gestion locative
""",
)

_am1 = m(
    "av1002m",
    "2025-10-02 20:48",
    AMANDINE,
    "anniv maman 🎁",
    N(),
    text="""Hello sœurette,

Pour les 65 ans de maman le 19, on part sur le week-end à Annecy chez elle ou on l'invite au resto à Lyon ? Papa préfère Annecy (évidemment).

Pour le cadeau je pensais au stage de céramique qu'elle regarde depuis des mois, 180 € à partager en trois avec Nico ?

Bisous
Amandine
""",
)

_am2 = m(
    "av1122n",
    "2025-11-22 17:14",
    AMANDINE,
    "Noël à Annecy - qui apporte quoi",
    N(),
    text="""Coucou,

Maman a validé : on arrive tous le 24 midi, départ le 27. Répartition proposée :
- toi & Julien : le foie gras + les bûches (celle de Bernachon, pas de négociation 😄)
- nous : le vin et le fromage
- Nico : apéro + bonne humeur

Et on fait un Secret Santa pour les adultes, budget 30 €. Je t'envoie le tirage demain.

Bisous
""",
)

_mam = m(
    "fv1226p",
    "2025-12-26 21:30",
    MAMAN,
    "Photos de Noël",
    N(),
    text="""Ma chérie,

Voici quelques photos de Noël. Jeanne était tellement contente avec sa cuisine en bois ! Merci encore pour ce beau réveillon.

Bonne route pour demain et faites attention, ils annoncent de la neige au col.

Je t'embrasse,
Maman
""",
    attach=[
        ("IMG_2041.jpg", "image/jpeg", "JFIF placeholder"),
        ("IMG_2044.jpg", "image/jpeg", "JFIF placeholder"),
    ],
)

# --- The crèche and the school registration --------------------------------------------------------

_creche1 = m(
    "cp0912r",
    "2025-09-12 16:30",
    "Crèche Les P'tits Canuts <direction@ptits-canuts.example>",
    "Réunion de rentrée des parents - mardi 23 septembre",
    N(),
    text="""Chers parents,

Nous avons le plaisir de vous convier à la réunion de rentrée le mardi 23 septembre à 18h30 dans la salle de motricité de la crèche. Présentation de l'équipe, du projet pédagogique et des sorties de l'année.

Un service de garde sera assuré pendant la réunion.

L'équipe des P'tits Canuts
""",
    ics=ics(
        "reunion-rentree-2025@ptits-canuts.example",
        "2025-09-23 18:30",
        "Réunion de rentrée - Crèche Les P'tits Canuts",
        ("Crèche Les P'tits Canuts", "direction@ptits-canuts.example"),
        minutes=90,
        location="Crèche Les P'tits Canuts - salle de motricité",
    ),
)

_creche2 = m(
    "cp1204f",
    "2025-12-04 11:05",
    "Crèche Les P'tits Canuts <direction@ptits-canuts.example>",
    "Fermeture de fin d'année + goûter de Noël",
    N(),
    text="""Chers parents,

Pour rappel, la crèche sera fermée du 24 décembre au 2 janvier inclus.

Le goûter de Noël aura lieu le vendredi 19 décembre à partir de 16h30 : chaque famille peut apporter un gâteau ou une boisson.

Belles fêtes à tous,
L'équipe des P'tits Canuts
""",
)

_ecole = m(
    "vl0202i",
    "2026-02-02 10:48",
    "Ville de Lyon - Inscriptions scolaires <ne-pas-repondre@mairie-lyon.fr>",
    "Inscription scolaire rentrée 2026 : votre demande a bien été enregistrée",
    N(),
    text="""Madame,

Votre demande d'inscription scolaire pour la rentrée 2026 a bien été enregistrée :

Enfant : Jeanne VERCHERIN-MOULIN, née le 04/05/2022
Niveau : petite section de maternelle
Secteur : école maternelle Commandant Arnaud (Lyon 4e)

Votre demande sera étudiée par le service des affectations. Vous recevrez votre certificat d'inscription dans votre espace Lyon.fr à partir du 15 avril. Vous devrez ensuite prendre rendez-vous avec la direction de l'école pour l'admission.

Ville de Lyon – Direction de l'Éducation
""",
)

_loisirs = m(
    "vl0130l",
    "2026-01-30 14:20",
    "Ville de Lyon - Inscriptions scolaires <ne-pas-repondre@mairie-lyon.fr>",
    "Votre demande de place en centre de loisirs est acceptée",
    N(),
    text="""Madame,

Votre demande de place pour Jeanne VERCHERIN-MOULIN au centre de loisirs « Les Pentes » pour les vacances d'hiver (du 16 au 20 février 2026, 3 jours) est acceptée.

Montant : 41,40 € (quotient familial appliqué). Paiement en ligne dans votre espace Lyon.fr.

Ville de Lyon
""",
)

# --- HR newsletters and podcasts that "interview" people --------------------------------------------

FOCUS = "Focus RH <newsletter@focus-rh.example>"


def _focus(title: str, lead: str, items: str) -> str:
    return f"""<html><body style="font-family:Arial,sans-serif;background:#eef0f3;margin:0">
<table width="620" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:18px 24px;background:#14213d;color:#fca311;font-size:22px;font-weight:bold">Focus RH <span style="color:#fff;font-size:13px;font-weight:normal">· la lettre des professionnels RH</span></td></tr>
<tr><td style="padding:24px"><h1 style="font-size:22px;color:#14213d">{title}</h1><p>{lead}</p>
<p><a href="https://www.focus-rh.example/articles?utm_source=newsletter&amp;utm_medium=email">Lire l'article</a></p></td></tr>
<tr><td style="padding:0 24px 24px"><h3>Aussi cette semaine</h3>{items}</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888;background:#f6f6f6">Vous recevez Focus RH car vous êtes inscrite à notre newsletter. <a href="https://www.focus-rh.example/desinscription">Se désinscrire</a></td></tr>
</table></body></html>"""


_fo1 = m(
    "fo0909n",
    "2025-09-09 07:30",
    FOCUS,
    "« On ne recrute plus sur CV » : entretien avec la DRH de Lumen Retail",
    N(),
    html=_focus(
        "« On ne recrute plus sur CV »",
        "Entretien avec Nadège Favre, DRH de Lumen Retail (2 400 salariés) : comment l'enseigne a remplacé le tri de CV par des mises en situation, et pourquoi ses délais de recrutement ont baissé de 30 %.",
        "<p>• Période d'essai : ce que dit la jurisprudence 2025<br>• Offres d'emploi : les mentions obligatoires à ne pas oublier<br>• Baromètre : 62 % des candidats n'ont jamais de réponse après un entretien</p>",
    ),
    headers={UNSUB: "<https://www.focus-rh.example/desinscription>"},
)

_fo2 = m(
    "fo1007n",
    "2025-10-07 07:30",
    FOCUS,
    "Entretien annuel, entretien professionnel : ce qui change en 2026",
    N(),
    html=_focus(
        "Entretien annuel, entretien professionnel : ce qui change en 2026",
        "Le décret attendu sur l'entretien professionnel est paru. Calendrier, contenu, sanctions : le point complet avec Maître Élise Carrel, avocate en droit social.",
        "<p>• Témoignage : « Notre refus candidat est devenu un outil de marque employeur »<br>• Webinar : piloter l'onboarding à distance<br>• Chiffre de la semaine : 4,2 mois, durée moyenne d'un recrutement cadre</p>",
    ),
    headers={UNSUB: "<https://www.focus-rh.example/desinscription>"},
)

_fo3 = m(
    "fo1104n",
    "2025-11-04 07:30",
    FOCUS,
    "Interview : le DRH de la Compagnie Fluviale du Rhône raconte sa transformation",
    N(),
    html=_focus(
        "Le DRH de la Compagnie Fluviale du Rhône raconte sa transformation",
        "Accords de télétravail pour les sédentaires, pénurie de mariniers, recrutements en alternance : Olivier Sarrazin, DRH, nous a reçus à bord.",
        "<p>• Promesse d'embauche ou offre de contrat : la différence qui peut coûter cher<br>• Outil : 5 logiciels de recrutement (ATS) comparés pour les PME</p>",
    ),
    headers={UNSUB: "<https://www.focus-rh.example/desinscription>"},
)

_fo4 = m(
    "fo1202n",
    "2025-12-02 07:30",
    FOCUS,
    "Spécial QVCT : 3 DRH partagent leurs accords",
    N(),
    html=_focus(
        "Spécial QVCT : 3 DRH partagent leurs accords",
        "Semaine de quatre jours, droit à la déconnexion, congé proche aidant : trois DRH lyonnais détaillent ce qui a marché, et ce qui a échoué.",
        "<p>• Candidature spontanée : faut-il toujours répondre ?<br>• Agenda : les événements RH de décembre à Lyon</p>",
    ),
    headers={UNSUB: "<https://www.focus-rh.example/desinscription>"},
)

_fo5 = m(
    "fo0113n",
    "2026-01-13 07:30",
    FOCUS,
    "Transparence salariale : vos offres d'emploi devront afficher une fourchette",
    N(),
    html=_focus(
        "Transparence salariale : vos offres d'emploi devront afficher une fourchette",
        "La directive européenne doit être transposée avant juin 2026. Annonces, entretiens, grilles : ce que les recruteurs doivent préparer dès maintenant.",
        "<p>• « Nous ne donnerons pas suite » : comment rédiger un refus qui ne braque pas<br>• Interview : Sandrine Ogier, DRH d'une ETI industrielle, sur l'égalité salariale</p>",
    ),
    headers={UNSUB: "<https://www.focus-rh.example/desinscription>"},
)

_pod1 = m(
    "pr0930e",
    "2025-09-30 17:00",
    "Parlons RH - le podcast <bonjour@parlons-rh.example>",
    "Épisode 84 : recruter sans diplôme, avec Nora Benhamou",
    N(),
    text="""Nouvel épisode !

Nora Benhamou, DRH d'un réseau de 40 agences de services à la personne, a supprimé toute exigence de diplôme dans ses offres d'emploi. Résultat : deux fois plus de candidatures et un turnover en baisse. Elle nous raconte comment elle a convaincu sa direction, et les entretiens structurés qui ont remplacé le CV.

▶ Écouter l'épisode : https://parlons-rh.example/episodes/84-recruter-sans-diplome
Disponible aussi sur Spotify, Deezer et Apple Podcasts.

À mardi prochain,
Camille & Yann

Se désabonner : https://parlons-rh.example/unsubscribe
""",
    headers={UNSUB: "<https://parlons-rh.example/unsubscribe>"},
)

_pod2 = m(
    "pr1125e",
    "2025-11-25 17:00",
    "Parlons RH - le podcast <bonjour@parlons-rh.example>",
    "Épisode 88 : « J'ai dit non à une offre » — les candidats prennent la parole",
    N(),
    text="""Nouvel épisode !

Pour une fois, on a tendu le micro aux candidats : une ingénieure qui a décliné une offre à 60 k€ à cause d'un process trop long, un commercial qui a accepté un poste après un entretien « raté », une DRH qui raconte sa propre recherche d'emploi.

▶ Écouter : https://parlons-rh.example/episodes/88-j-ai-dit-non

Camille & Yann
Se désabonner : https://parlons-rh.example/unsubscribe
""",
    headers={UNSUB: "<https://parlons-rh.example/unsubscribe>"},
)

LYD = "Lyon Décideurs <newsletter@lyon-decideurs.example>"

_ld1 = m(
    "ld1016p",
    "2025-10-16 06:45",
    LYD,
    "Portrait : Agnès Rivoire, la DRH qui fait grandir Berthollet",
    N(),
    html="""<html><body style="font-family:Georgia,serif;color:#222;background:#fff">
<table width="600" align="center"><tr><td style="border-bottom:2px solid #a6192e;padding:12px 0"><b style="font-size:24px;color:#a6192e">Lyon Décideurs</b> <span style="font-size:12px">· l'économie lyonnaise chaque matin</span></td></tr>
<tr><td style="padding:16px 0"><h2>Agnès Rivoire, la DRH qui fait grandir Berthollet</h2>
<p>Arrivée en 2021 aux Laboratoires Berthollet, Agnès Rivoire a accompagné le passage de 380 à 600 salariés. Dans cet entretien, elle revient sur la création d'une école de formation interne, la pénurie de techniciens de production et ses prochains chantiers : structurer une équipe recrutement et renforcer la marque employeur du laboratoire.</p>
<p><a href="https://www.lyon-decideurs.example/portraits/agnes-rivoire-berthollet?utm_source=nl">Lire le portrait</a></p></td></tr>
<tr><td><h3>Aussi ce matin</h3><p>• Part-Dieu : la tour Silex³ trouve ses derniers locataires<br>• Vallée de la chimie : deux projets d'usines bas carbone<br>• Le Rhône passe sous les 6 % de chômage</p></td></tr>
<tr><td style="font-size:11px;color:#888;padding:12px 0"><a href="https://www.lyon-decideurs.example/nl/unsubscribe">Se désabonner</a></td></tr></table>
</body></html>""",
    headers={UNSUB: "<https://www.lyon-decideurs.example/nl/unsubscribe>"},
)

_ld2 = m(
    "ld0205b",
    "2026-02-05 06:45",
    LYD,
    "Baromètre : le moral des dirigeants lyonnais en berne",
    N(),
    html="""<html><body style="font-family:Georgia,serif;color:#222">
<table width="600" align="center"><tr><td style="border-bottom:2px solid #a6192e;padding:12px 0"><b style="font-size:24px;color:#a6192e">Lyon Décideurs</b></td></tr>
<tr><td style="padding:16px 0"><h2>Le moral des dirigeants lyonnais en berne</h2>
<p>Selon notre baromètre trimestriel, 41 % des patrons de PME du Rhône prévoient de geler leurs embauches au premier semestre. Entretien croisé avec le président de la CPME Rhône et une économiste de l'université Lyon 2.</p>
<p><a href="https://www.lyon-decideurs.example/barometre-t1-2026?utm_source=nl">Lire l'analyse</a></p></td></tr>
<tr><td style="font-size:11px;color:#888"><a href="https://www.lyon-decideurs.example/nl/unsubscribe">Se désabonner</a></td></tr></table>
</body></html>""",
    headers={UNSUB: "<https://www.lyon-decideurs.example/nl/unsubscribe>"},
)

_prog1 = m(
    "lp1025e",
    "2025-10-25 06:00",
    "Le Progrès <newsletter@newsletter.leprogres.fr>",
    "L'essentiel du Rhône ce samedi",
    N(),
    text="""L'essentiel du Rhône – samedi 25 octobre

• Fête des Lumières 2025 : le programme dévoilé, 32 installations dans la ville
• Métro B : les travaux prolongés d'une semaine ?
• Croix-Rousse : la vogue aux marrons ouvre ses portes
• OL : nouvel entraîneur adjoint

Lire sur leprogres.fr : https://www.leprogres.fr/?utm_source=newsletter

Se désinscrire : https://www.leprogres.fr/newsletters/desinscription
""",
    headers={UNSUB: "<https://www.leprogres.fr/newsletters/desinscription>"},
)

_prog2 = m(
    "lp0124e",
    "2026-01-24 06:00",
    "Le Progrès <newsletter@newsletter.leprogres.fr>",
    "L'essentiel du Rhône ce samedi",
    N(),
    text="""L'essentiel du Rhône – samedi 24 janvier

• Grand froid : le plan hivernal déclenché dans la Métropole
• Villeurbanne : les prix de l'immobilier repartent à la hausse
• Emploi : entretien avec la directrice régionale de France Travail
• Sortir : les soldes d'hiver se poursuivent jusqu'au 10 février

Lire sur leprogres.fr : https://www.leprogres.fr/?utm_source=newsletter
Se désinscrire : https://www.leprogres.fr/newsletters/desinscription
""",
    headers={UNSUB: "<https://www.leprogres.fr/newsletters/desinscription>"},
)

# --- HR-tech vendors writing to recruiters, the local HR network -----------------------------------

_flb = m(
    "fb1021b",
    "2025-10-21 10:00",
    "Flatchr <hello@flatchr.io>",
    "5 modèles de mails de refus candidat (qui préservent votre marque employeur)",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;color:#1b1b3a">
<table width="600" align="center" cellpadding="20"><tr><td><img src="https://flatchr.io/wp-content/uploads/logo-flatchr.png" alt="Flatchr" height="30"></td></tr>
<tr><td><h2>« Nous ne donnerons pas suite à votre candidature »... et après ?</h2>
<p>Bonjour Laure,</p>
<p>72 % des candidats disent n'avoir jamais reçu de réponse après avoir postulé. Un refus bien rédigé, c'est pourtant un ambassadeur de plus pour votre marque employeur.</p>
<p>Dans notre nouveau guide, retrouvez 5 modèles prêts à l'emploi : refus après candidature, refus après entretien, candidat « coup de cœur » à garder en vivier, poste suspendu, promesse d'embauche retirée.</p>
<p><a href="https://flatchr.io/ressources/modeles-mails-refus-candidat/?utm_source=newsletter&amp;utm_campaign=oct25" style="background:#5b3cc4;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Télécharger le guide</a></p>
<p>Et si vous testiez Flatchr ? Multidiffusez vos offres sur Indeed, HelloWork et Welcome to the Jungle en un clic.</p>
<p>L'équipe Flatchr</p></td></tr>
<tr><td style="font-size:11px;color:#888">Flatchr – 20 rue Cambon, 75001 Paris. <a href="https://flatchr.io/unsubscribe?u=lv">Se désabonner</a></td></tr></table>
</body></html>""",
    headers={UNSUB: "<https://flatchr.io/unsubscribe?u=lv>"},
)

_ttw = m(
    "tw1113w",
    "2025-11-13 15:00",
    "Teamtailor <hello@teamtailor.com>",
    "Vous êtes inscrite ! Webinar : l'IA dans vos process de recrutement",
    N(),
    html="""<html><body style="font-family:Inter,Arial,sans-serif;color:#111">
<div style="max-width:560px;margin:0 auto;padding:24px">
<p><img src="https://www.teamtailor.com/email/teamtailor-logo.png" alt="Teamtailor" height="26"></p>
<p>Bonjour Laure,</p>
<p>Merci pour votre inscription au webinar <b>« L'IA dans vos process de recrutement : du tri des candidatures à la prise de rendez-vous d'entretien »</b>.</p>
<p>📅 Jeudi 27 novembre 2025, 11h00 – 11h45<br>🎙 Avec Elin Sandberg (Product Lead) et Julie Mercier, Talent Acquisition Manager</p>
<p><a href="https://teamtailor.zoom.us/webinar/register/WN_aI2025fr">Rejoindre le webinar</a></p>
<p>Ajoutez l'événement à votre agenda grâce à l'invitation jointe.</p>
<p>À bientôt,<br>L'équipe Teamtailor France</p>
<p style="font-size:11px;color:#888">Teamtailor AB · Sveavägen 44, Stockholm. <a href="https://www.teamtailor.com/fr/unsubscribe">Se désabonner</a></p>
</div></body></html>""",
    ics=ics(
        "tt-webinar-ia-recrutement-20251127@teamtailor.com",
        "2025-11-27 11:00",
        "Webinar Teamtailor : l'IA dans vos process de recrutement",
        ("Teamtailor", "hello@teamtailor.com"),
        minutes=45,
        location="https://teamtailor.zoom.us/webinar/register/WN_aI2025fr",
    ),
    headers={UNSUB: "<https://www.teamtailor.com/fr/unsubscribe>"},
)

CERCLE = "Cercle RH Lyonnais <contact@cercle-rh-lyon.example>"

_cercle1 = m(
    "cl1008a",
    "2025-10-08 12:00",
    CERCLE,
    "Afterwork RH : « Recruter en 2026 » - jeudi 16 octobre",
    N(),
    text="""Chères et chers membres,

Notre prochain afterwork aura lieu le jeudi 16 octobre à 18h30 au Comptoir de la Bourse (Lyon 2e).

Table ronde « Recruter en 2026 : IA, transparence salariale et candidats qui disent non », avec :
- Claire Besson, Talent Acquisition Lead chez Orvalys ;
- Romain Delorme, consultant senior chez Hélia Recrutement ;
- Véronique Amblard, DRH de la Clinique Saint-Irénée.

Inscription gratuite pour les membres, dans la limite des places disponibles : https://cercle-rh-lyon.example/evenements/afterwork-oct-2025

Vous trouverez l'invitation ci-jointe pour votre agenda.

Le bureau du Cercle RH Lyonnais
""",
    ics=ics(
        "afterwork-20251016@cercle-rh-lyon.example",
        "2025-10-16 18:30",
        "Afterwork Cercle RH Lyonnais - Recruter en 2026",
        ("Cercle RH Lyonnais", "contact@cercle-rh-lyon.example"),
        minutes=150,
        location="Le Comptoir de la Bourse, Lyon 2e",
    ),
)

_cercle2 = m(
    "cl0109v",
    "2026-01-09 09:30",
    CERCLE,
    "Vœux 2026 et cotisation",
    N(),
    text="""Chères et chers membres,

Toute l'équipe du Cercle vous souhaite une belle année 2026 !

Votre cotisation annuelle (45 €) est à régler avant le 28 février via HelloAsso : https://www.helloasso.com/associations/cercle-rh-lyonnais/adhesions/2026

Au programme du premier semestre : un atelier « entretien structuré » en mars, la visite de l'usine Orvalys en avril et notre conférence annuelle en juin.

Le bureau du Cercle RH Lyonnais
""",
)

# --- A certifying course: its own "candidature" and admission "entretien" --------------------------

ILR = "Institut Lumière RH - Admissions <admissions@institut-lumiere-rh.example>"

_fo_ad1 = m(
    "il0915a",
    "2025-09-15 14:30",
    ILR,
    "Accusé de réception de votre candidature - Certificat « Recrutement & IA »",
    N(),
    text="""Bonjour Madame Vercherin,

Nous accusons réception de votre candidature au parcours certifiant « Recrutement & IA » (session de janvier 2026, 14 jours en format hybride, éligible CPF).

Votre dossier est complet. La prochaine étape est un entretien de motivation de 30 minutes avec la responsable pédagogique ; vous recevrez une invitation dans les prochains jours.

Le service Admissions
Institut Lumière RH – organisme de formation certifié Qualiopi
""",
)

_fo_ad2 = m(
    "il0924e",
    "2025-09-24 09:15",
    "Delphine Royer <d.royer@institut-lumiere-rh.example>",
    "Entretien d'admission - Certificat Recrutement & IA",
    N(),
    text="""Bonjour Madame Vercherin,

Je vous propose notre entretien d'admission le mercredi 1er octobre à 12h30, en visio.

Nous parlerons de votre projet professionnel, de vos attentes vis-à-vis de la formation et de votre disponibilité pour les sessions du vendredi.

Bien cordialement,
Delphine Royer
Responsable pédagogique – Institut Lumière RH
""",
    ics=ics(
        "admission-lv-20251001@institut-lumiere-rh.example",
        "2025-10-01 12:30",
        "Entretien d'admission - Laure Vercherin",
        ("Delphine Royer", "d.royer@institut-lumiere-rh.example"),
        minutes=30,
        location="https://meet.google.com/ilr-admi-ssio",
    ),
)

_fo_ad3 = m(
    "il1003r",
    "2025-10-03 16:10",
    ILR,
    "Résultat d'admission : votre candidature est retenue",
    N(),
    text="""Bonjour Madame Vercherin,

Suite à votre entretien du 1er octobre, nous avons le plaisir de vous informer que votre candidature au certificat « Recrutement & IA » est retenue pour la session de janvier 2026.

Pour confirmer votre inscription, il vous reste à valider la formation sur Mon Compte Formation (lien ci-dessous) avant le 15 octobre.
https://www.moncompteformation.gouv.fr/espace-prive/html/#/formation/recherche/ilr-recrutement-ia

Félicitations et à très bientôt,
Le service Admissions – Institut Lumière RH
""",
)

_cpf = m(
    "mc1010c",
    "2025-10-10 10:42",
    "Mon Compte Formation <ne-pas-repondre@moncompteformation.gouv.fr>",
    "Votre inscription est confirmée",
    N(),
    text="""Bonjour Laure,

L'organisme Institut Lumière RH a confirmé votre inscription à la formation « Certificat Recrutement & IA ».

Dates : du 9 janvier au 3 avril 2026
Montant débité de vos droits : 1 850,00 €

Retrouvez le détail dans votre espace « Mes dossiers ».

Mon Compte Formation – Caisse des Dépôts
""",
)

# --- LinkedIn notifications -----------------------------------------------------------------------

_li1 = m(
    "ln0918c",
    "2025-09-18 18:20",
    "LinkedIn <notifications-noreply@linkedin.com>",
    "Félicitez Margaux Dumas pour son nouveau poste",
    N(),
    text="""Margaux Dumas a commencé un nouveau poste

Contrôleuse de gestion chez Cyclova
Vaulx-en-Velin

Dites-lui félicitations : https://www.linkedin.com/feed/update/urn:li:activity:7374410021?trk=eml-congrats

Cet e-mail était destiné à Laure Vercherin. Se désabonner : https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.
""",
)

_li2 = m(
    "ln1029s",
    "2025-10-29 09:10",
    "LinkedIn <notifications-noreply@linkedin.com>",
    "Vous êtes apparu(e) dans 14 recherches cette semaine",
    N(),
    text="""Laure, vous êtes apparu(e) dans 14 recherches cette semaine

Les personnes qui vous ont trouvé(e) travaillent chez : Hélia Recrutement, Orvalys, Adecco

Titres de poste qui ont mené à vous : Chargée de recrutement, Talent Acquisition

Voir toutes les recherches : https://www.linkedin.com/me/search-appearances/?trk=eml

Cet e-mail était destiné à Laure Vercherin. Se désabonner : https://www.linkedin.com/comm/psettings/email-unsubscribe
""",
)

_li3 = m(
    "ln1211c",
    "2025-12-11 20:02",
    "LinkedIn <notifications-noreply@linkedin.com>",
    "Hugo Bernard a commenté votre publication",
    N(),
    text="""Hugo Bernard a commenté votre publication

« 5 signes qu'un entretien s'est bien passé (vu du côté recruteur) »

Hugo Bernard : « Le n°3 m'a sauvé la vie en octobre 😂 merci Laure ! »

Voir le commentaire : https://www.linkedin.com/feed/update/urn:li:activity:7404418852/?trk=eml-comment

Se désabonner : https://www.linkedin.com/comm/psettings/email-unsubscribe
""",
)

_li4 = m(
    "ln0211a",
    "2026-02-11 08:30",
    "LinkedIn <notifications-noreply@linkedin.com>",
    "Votre réseau a réagi à votre annonce",
    N(),
    text="""Votre publication a suscité 146 réactions

« Après six belles années dans la logistique, je suis ravie d'annoncer que je rejoindrai le 2 mars... »

Sandrine Mollard, Romain Delorme et 144 autres personnes ont réagi.

Voir la publication : https://www.linkedin.com/feed/update/urn:li:activity:7427001903/?trk=eml-reactions

Se désabonner : https://www.linkedin.com/comm/psettings/email-unsubscribe
""",
)

# --- Marketing "offres", a sports club, a race, English mail --------------------------------------

_course1 = m(
    "fc0910i",
    "2025-09-10 20:12",
    "Les Foulées de la Croix-Rousse <inscriptions@foulees-croixrousse.example>",
    "Confirmation de votre inscription - 10 km du 12 octobre",
    N(),
    text="""Bonjour Laure,

Votre inscription au 10 km des Foulées de la Croix-Rousse (dimanche 12 octobre 2025, départ 9h30 place de la Croix-Rousse) est confirmée.

N° de dossard provisoire : 1487
Montant réglé : 18 €

Pensez à déposer votre certificat médical ou votre PPS avant le 5 octobre.

Sportivement,
L'organisation
""",
)

_course2 = m(
    "fc1013r",
    "2025-10-13 12:00",
    "Les Foulées de la Croix-Rousse <inscriptions@foulees-croixrousse.example>",
    "Vos résultats et vos photos",
    N(),
    text="""Bravo Laure !

Votre temps officiel sur le 10 km : 54'12" – 612e sur 1 804 (148e féminine).

Vos photos : https://foulees-croixrousse.example/photos/2025/1487

Merci d'avoir couru avec nous, rendez-vous en 2026 !
""",
)

_climb = m(
    "ec1205a",
    "2025-12-05 18:30",
    "Vertical'Lyon Escalade <bureau@verticalyon.example>",
    "AG du club + galette le 16 janvier",
    N(),
    text="""Bonjour à tous,

L'assemblée générale du club se tiendra le vendredi 16 janvier à 19h à la salle, suivie de la galette des rois. Nous cherchons deux nouveaux membres pour le bureau, dont un(e) trésorier(e) !

Pensez à renouveler votre licence FFME si ce n'est pas fait.

Le bureau de Vertical'Lyon
""",
)

_nd = m(
    "nd1115o",
    "2025-11-15 10:00",
    "Nature & Découvertes <newsletter@natureetdecouvertes.com>",
    "Laure, votre offre anniversaire vous attend 🎁",
    N(),
    html="""<html><body style="font-family:Arial,sans-serif;color:#3c3c3c;background:#f4efe6">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:20px;text-align:center">
<h1 style="color:#5a7d2a">Joyeux anniversaire Laure !</h1>
<p>Pour fêter ça, profitez de <b>15 % de réduction</b> sur tout le magasin pendant un mois, avec votre carte Club.</p>
<p>Offre valable jusqu'au 15 décembre 2025, en magasin et sur natureetdecouvertes.com.</p>
<p><a href="https://www.natureetdecouvertes.com/club?utm_source=anniv">Découvrir mon offre</a></p>
</td></tr><tr><td style="font-size:10px;color:#999;padding:10px"><a href="https://www.natureetdecouvertes.com/desinscription">Se désinscrire</a></td></tr></table>
</body></html>""",
    headers={UNSUB: "<https://www.natureetdecouvertes.com/desinscription>"},
)

_comoedia = m(
    "cm0114p",
    "2026-01-14 09:00",
    "Cinéma Comoedia <newsletter@cinema-comoedia.com>",
    "Cette semaine au Comoedia : avant-premières et ciné-débat",
    N(),
    text="""Cette semaine au Comoedia

• Avant-première jeudi 20h en présence de l'équipe du film
• Ciné-débat « Le travail en question » samedi 17h, suivi d'un échange avec une sociologue du travail
• Ciné-goûter dimanche 10h30 (dès 3 ans)

Programme complet : https://www.cinema-comoedia.com/programme
Se désabonner : https://www.cinema-comoedia.com/newsletter/desinscription
""",
    headers={UNSUB: "<https://www.cinema-comoedia.com/newsletter/desinscription>"},
)

_duo = m(
    "du1202s",
    "2025-12-02 19:00",
    "Duolingo <hello@duolingo.com>",
    "Don't lose your 60 day streak, Laure!",
    N("en"),
    text="""Hi Laure,

You're on a 60 day streak in Italian! Take 5 minutes to keep it alive today.

Continue lesson: https://www.duolingo.com/lesson

Duo 🦉
Unsubscribe: https://www.duolingo.com/settings/notifications
""",
    headers={UNSUB: "<https://www.duolingo.com/settings/notifications>"},
)

_airbnb = m(
    "ab0208c",
    "2026-02-08 20:45",
    "Airbnb <automated@airbnb.com>",
    "Reservation confirmed – Marseille, Feb 21 – 22",
    N("en"),
    text="""Pack your bags! Your reservation is confirmed.

Marseille – Bright flat near the Vieux-Port
Sat, Feb 21, 2026 (check-in after 3:00 PM) – Sun, Feb 22, 2026 (checkout by 11:00 AM)
Host: Mathilde
Guests: 2 adults, 1 infant

Confirmation code: HMX4Q2TZ8K
Total: €164.30

View itinerary: https://www.airbnb.com/trips/v1/HMX4Q2TZ8K
""",
)

_coursera = m(
    "co1108c",
    "2025-11-08 16:00",
    "Coursera <no-reply@t.mail.coursera.org>",
    "Your course starts Monday: People Analytics",
    N("en"),
    text="""Hi Laure,

Get ready! People Analytics (University of Pennsylvania) starts on Monday, November 10.

Week 1: Introduction to People Analytics – 2 hours of videos and readings.

Go to course: https://www.coursera.org/learn/wharton-people-analytics

Happy learning,
The Coursera Team
""",
)

_ap4 = m(
    "fa0905t",
    "2025-09-05 09:02",
    "Thomas Giraud <tom.giraud@gmail.com>",
    "Re: Apéro de rentrée ?",
    N(),
    text="""Dispo ! Je ramène Léna si ça vous va.

T.

Envoyé de mon iPhone

> Le 4 sept. 2025 à 12:51, Inès Haddad <ines.haddad@gmail.com> a écrit :
>
> Hello la team !
""",
    to="Inès Haddad <ines.haddad@gmail.com>, Laure Vercherin <laure.vercherin@gmail.com>, Hugo Bernard <hugo.bernard.lyon@hotmail.fr>, Margaux Dumas <margaux.dumas@free.fr>",
    **thread(_ap1),
)

_ines4 = m(
    "ih1202p",
    "2025-12-02 21:48",
    INES,
    "la nouvelle du jour...",
    N(),
    text="""Bon, ils l'ont annoncé ce matin en CSE extraordinaire : PSE, fermeture du back-office de Lyon d'ici septembre, 140 postes. On nous propose des reclassements à Paris ou Lille, autant dire non.

Je vais avoir besoin de tes conseils de pro pour la suite : CV, LinkedIn, tout. Tu crois que je négocie un départ volontaire ou j'attends les mesures d'accompagnement ?

Je t'appelle demain soir si tu es dispo.
Inès
""",
)

_jul3 = m(
    "jm1010r",
    "2025-10-10 13:05",
    JULIEN,
    "Re: cartons + planning déménagement",
    N(),
    text="""Ok pour moi aussi pour la chambre de Jeanne en premier. Je demande à Thomas s'il peut nous prêter sa perceuse.

Le ven. 10 oct. 2025 à 12:58, Laure Vercherin <laure.vercherin@gmail.com> a écrit :
> Parfait ! Juste : je ne pourrai pas poser le 29, j'ai un entretien l'après-midi,
> je te rejoins vers 17h.
""",
    **thread(_jul1, "<CAH8kR2xC4rt0Lm1pQ@mail.gmail.com>"),
)

_am3 = m(
    "av1123s",
    "2025-11-23 10:30",
    AMANDINE,
    "🎅 Secret Santa : le tirage est fait !",
    N(),
    text="""Coucou,

Le tirage au sort est fait (via le site, je n'ai pas triché 😇). Tu offres à... Nico ! Budget 30 €, et il a dit qu'il voulait "rien" donc bon courage.

Bisous
""",
)

_pod3 = m(
    "pr0127e",
    "2026-01-27 17:00",
    "Parlons RH - le podcast <bonjour@parlons-rh.example>",
    "Épisode 91 : la période d'essai, mode d'emploi (pour les deux côtés)",
    N(),
    text="""Nouvel épisode !

Rupture, renouvellement, rapport d'étonnement : on décortique la période d'essai avec une avocate en droit social et un DRH de PME, côté employeur comme côté salarié.

▶ Écouter : https://parlons-rh.example/episodes/91-periode-d-essai

Camille & Yann
Se désabonner : https://parlons-rh.example/unsubscribe
""",
    headers={UNSUB: "<https://parlons-rh.example/unsubscribe>"},
)

MAIL = [
    _ap1, _ap2, _ap3, _ap4, _cv1, _cv2, _cv3, _ines2, _mar2, _ines3, _wed, _ines4, _jul3, _am3, _pod3,
    _jul1, _jul2, _am1, _am2, _mam,
    _creche1, _creche2, _ecole, _loisirs,
    _fo1, _fo2, _fo3, _fo4, _fo5, _pod1, _pod2, _ld1, _ld2, _prog1, _prog2,
    _flb, _ttw, _cercle1, _cercle2,
    _fo_ad1, _fo_ad2, _fo_ad3, _cpf,
    _li1, _li2, _li3, _li4,
    _course1, _course2, _climb, _nd, _comoedia, _duo, _airbnb, _coursera,
]  # fmt: skip

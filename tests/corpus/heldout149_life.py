# ruff: noqa: E501, RUF100
"""Corpus 149, the ordinary inbox part two (data only): see heldout149.py.

The school (exams, an exchange-semester "candidature" with its own "entretien" and
"désistement", a scholarship "dossier de candidature"), the student association, friends and
family on Gmail, Hotmail, laposte.net and orange.fr talking about their own alternances and
interviews, and the small change of a student's life. None of it is job mail."""

from __future__ import annotations

from typing import Any

from heldout149_jobs import ME_ADDR, SCHOOL_ADDR, N, after, ics, m

SCOLA = "Scolarité ILM – Master MSC <scolarite.msc@ilm-lille.example>"
INTL = "International Office ILM <international@ilm-lille.example>"
CLUB = "Supply Club ILM <supplyclub.ilm@gmail.com>"
MAMAN = "Nadia Rousseau <nadia.rousseau59@orange.fr>"
INES = "Inès Haddouche <ines.haddouche@gmail.com>"
CAMILLE = "Camille Fontaine <camille.fontaine@laposte.net>"
MEHDI = "Mehdi Belkacem <mehdi.blk@hotmail.fr>"
LUCIE = "Lucie Deprez <lucie.deprez.lille@gmail.com>"
THEO = "Théo Marchand <theo.marchand@hotmail.com>"

_ines1 = m(
    "lB01a",
    "2025-10-18 23:04",
    INES,
    "mon alternance 😩",
    N(),
    """Coucou ma belle,

Besoin de vider mon sac : ça fait 6 semaines que j'ai commencé mon alternance à la banque et ma tutrice ne m'a toujours rien confié à part scanner des dossiers de prêt 🙃 Et demain j'ai mon point "rapport d'étonnement" avec elle et le RH, je sais pas du tout comment tourner ça sans passer pour une râleuse.

Toi t'en es où de tes candidatures ? Tu as eu des retours ?

Bisous, on se fait un brunch dimanche ?
Inès""",
)

_ines2 = m(
    "lB02b",
    "2025-10-19 10:37",
    INES,
    "Re: mon alternance 😩",
    N(),
    f"""Merci pour tes conseils !! Je vais présenter ça comme "des pistes pour monter en compétences", t'as raison. Et trop bien pour ton entretien téléphonique, je croise les doigts 🤞

Brunch dimanche 11h chez Meert ou au Mama Shelter ?

Le dim. 19 oct. 2025 à 09:58, Yasmine Belkacem-Rousseau <{ME_ADDR}> a écrit :
> Ohlala courage !! Pour ton rapport d'étonnement, commence par ce qui te plaît,
> puis propose des choses concrètes que tu pourrais prendre en charge...
> Moi rien de fou, j'ai envoyé une dizaine de candidatures, un premier retour d'une
> cheffe de recrutement qui veut m'appeler. On en parle dimanche !""",
    **after(_ines1),
)

_cam1 = m(
    "lB03c",
    "2025-11-09 20:15",
    CAMILLE,
    "Entretien vendredi !!",
    N(),
    """Salut Yasmine !

Je t'écris parce que tu es la reine des entretiens : j'ai un entretien vendredi chez Trams du Nord pour un poste de chargée d'études transport (CDD de 18 mois, ils parlent d'une titularisation ensuite). C'est avec un jury de trois personnes et une mise en situation, je stresse à mort.

Tu aurais 30 minutes cette semaine pour me faire passer un entretien blanc ? Je t'offre le café (et le gâteau).

Merci d'avance,
Camille

—
Envoyé depuis laposte.net""",
)

_club_ag = m(
    "lD04d",
    "2026-01-29 18:20",
    CLUB,
    "Convocation – Assemblée générale extraordinaire du 5 février",
    N(),
    """Chers membres,

Vous êtes convoqué(e)s à l'assemblée générale extraordinaire du Supply Club ILM le jeudi 5 février à 18h30, salle B204.

Ordre du jour :
1. Modification des statuts (création d'un poste de responsable partenariats) ;
2. Élection partielle du bureau ;
3. Budget du gala des masters ;
4. Questions diverses.

En cas d'absence, merci de donner procuration à un membre (formulaire joint). Invitation agenda ci-jointe.

Pour le bureau,
Antoine Lefort, président""",
    ics=ics(
        "supplyclub-age-20260205@gmail.com",
        "2026-02-05 18:30",
        "AGE Supply Club ILM",
        ("Supply Club ILM", "supplyclub.ilm@gmail.com"),
        minutes=90,
        location="ILM Lille, salle B204",
    ),
)

MAIL: list[dict[str, Any]] = [
    # --- school: classes, exams, an exchange-semester "candidature", a scholarship dossier -----
    m(
        "lA01a",
        "2025-10-01 08:30",
        SCOLA,
        "Rentrée M1 MSC – planning du semestre 1 et salles",
        N(),
        """Bonjour à toutes et à tous,

Bienvenue en Master 1 Management de la supply chain !

Vous trouverez ci-joint le planning du semestre 1 (cours du 6 octobre au 16 janvier, examens du 12 au 16 janvier). Les salles sont indiquées sur l'ENT et peuvent évoluer : consultez-le chaque lundi.

Rappel : l'assiduité est obligatoire ; toute absence doit être justifiée sous 48 h auprès de la scolarité.

Bonne rentrée,
Le service de la scolarité – Master MSC""",
        to="promo-m1-msc@ilm-lille.example",
        attach=[("Planning_M1_MSC_S1_2025-2026.pdf", "application/pdf", "%PDF-1.4\n% planning\n")],
    ),
    m(
        "lA02b",
        "2025-10-09 14:00",
        INTL,
        "Mobilité internationale 2026-2027 : ouverture des candidatures",
        N(),
        html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:14px">
<p>Dear students, chers étudiants,</p>
<p>La campagne de <b>candidature aux semestres d'échange</b> 2026-2027 (semestre 1 du M2, parcours classique) est ouverte jusqu'au <b>31 octobre</b>.</p>
<p>Le dossier de candidature comprend : lettre de motivation (en anglais), relevés de notes, certificat de langue (B2 minimum), trois vœux parmi nos 46 universités partenaires.</p>
<p>Les candidats présélectionnés seront convoqués à un entretien de motivation fin novembre.</p>
<p>Attention : la mobilité n'est pas compatible avec le parcours en alternance. Si vous obtenez une alternance, vous devrez vous désister.</p>
<p>International Office – ILM Lille</p>
</body></html>""",
        to="promo-m1-msc@ilm-lille.example",
    ),
    m(
        "lA03c",
        "2025-10-30 11:18",
        "MoveOn ILM <noreply@moveon.ilm-lille.example>",
        "Votre dossier de candidature a bien été déposé",
        N(),
        """Bonjour Yasmine BELKACEM-ROUSSEAU,

Votre dossier de candidature pour la mobilité d'études 2026-2027 a bien été déposé.

Vœu 1 : Linköping University (Suède)
Vœu 2 : Universidad de Deusto – Bilbao (Espagne)
Vœu 3 : Hogeschool Gent (Belgique)

Statut : Soumis – en attente d'examen par la commission.

Ceci est un message automatique de la plateforme MoveOn.""",
        to=SCHOOL_ADDR,
    ),
    m(
        "lA04d",
        "2025-11-20 09:45",
        INTL,
        "Convocation – entretien de motivation mobilité (25/11)",
        N(),
        """Bonjour Yasmine,

Votre candidature à la mobilité 2026-2027 a été présélectionnée. Nous vous convoquons à un entretien de motivation (15 minutes, en anglais) le mardi 25 novembre à 16h20, bureau de l'International Office (A012).

Merci de vous présenter 10 minutes avant l'heure indiquée.

Kind regards,
Charlotte Delvaux
International Office – ILM Lille""",
        to=SCHOOL_ADDR,
        ics=ics(
            "mobilite-entretien-ybr-2511@ilm-lille.example",
            "2025-11-25 16:20",
            "Entretien mobilité internationale – Y. Belkacem-Rousseau",
            ("International Office ILM", "international@ilm-lille.example"),
            minutes=15,
            location="ILM Lille, bureau A012",
        ),
    ),
    m(
        "lA05e",
        "2025-12-12 17:05",
        INTL,
        "Résultats de la sélection mobilité 2026-2027",
        N(),
        """Bonjour Yasmine,

Nous avons le plaisir de vous informer que vous êtes retenue pour un semestre d'échange à Linköping University (Suède), au semestre d'automne 2026 (votre vœu 1).

Merci de confirmer votre acceptation ou votre désistement sur MoveOn avant le 15 février 2026. Votre nomination sera ensuite transmise à l'université partenaire.

Félicitations !
International Office – ILM Lille""",
        to=SCHOOL_ADDR,
    ),
    m(
        "lA06f",
        "2026-01-27 14:31",
        INTL,
        "RE: Désistement mobilité Linköping",
        N(),
        f"""Bonjour Yasmine,

Votre désistement a bien été pris en compte et votre place a été réattribuée à un étudiant de la liste complémentaire. Félicitations pour votre alternance, et bonne continuation !

Charlotte Delvaux
International Office – ILM Lille

De : Yasmine Belkacem-Rousseau <{SCHOOL_ADDR}>
Envoyé : mardi 27 janvier 2026 09:12
Objet : Désistement mobilité Linköping

Bonjour Madame Delvaux,
Ayant signé une promesse d'embauche pour une alternance en M2, je me désiste de ma place à Linköping. Merci beaucoup pour votre accompagnement.
Yasmine""",
        to=SCHOOL_ADDR,
    ),
    m(
        "lA07g",
        "2025-12-01 16:00",
        SCOLA,
        "Convocation aux examens du semestre 1",
        N(),
        """Bonjour,

Vous trouverez ci-joint votre convocation individuelle aux examens du semestre 1, qui se dérouleront du lundi 12 au vendredi 16 janvier 2026.

Rappel : carte étudiante obligatoire, calculatrice non programmable uniquement (Casio fx-92 ou équivalent), téléphones éteints et rangés dans les sacs.

Le service de la scolarité""",
        to=SCHOOL_ADDR,
        attach=[
            ("Convocation_S1_BELKACEM-ROUSSEAU.pdf", "application/pdf", "%PDF-1.4\n% convocation\n")
        ],
    ),
    m(
        "lA08h",
        "2026-01-30 12:00",
        "ENT ILM <noreply@ent.ilm-lille.example>",
        "Vos notes du semestre 1 sont disponibles",
        N(),
        """Bonjour,

Les résultats du semestre 1 (session 1) sont publiés sur votre ENT, rubrique « Scolarité > Mes notes ». Le jury s'est réuni le 28 janvier 2026.

Les demandes de consultation de copies sont possibles jusqu'au 6 février.

ENT ILM – message automatique""",
        to=SCHOOL_ADDR,
    ),
    m(
        "lA09i",
        "2026-01-19 08:12",
        "Moodle ILM <noreply@moodle.ilm-lille.example>",
        "Nouveau devoir : Projet S&OP – livrable 1 (groupe 4)",
        N(),
        """Bonjour Yasmine,

Un nouveau devoir a été ajouté dans le cours « Planification et S&OP » :

Projet S&OP – livrable 1 (plan industriel et commercial de l'entreprise fictive BiscoNord)
Date de remise : dimanche 8 février 2026, 23:59
Remise par groupe (groupe 4 : Belkacem-Rousseau, Lefort, N'Diaye, Vasseur)

Accéder au devoir : https://moodle.ilm-lille.example/mod/assign/view.php?id=22817

Moodle ILM""",
        to=SCHOOL_ADDR,
    ),
    m(
        "lA10j",
        "2026-02-09 10:40",
        "Pr. Éric Vasseur <eric.vasseur@ilm-lille.example>",
        "Soutenances du projet tutoré – planning",
        N(),
        """Bonjour à tous,

Voici le planning des soutenances du projet tutoré (20 minutes de présentation + 10 minutes de questions), le mercredi 4 mars en salle C101 :

09h00 – Groupe 2
09h30 – Groupe 4 (Belkacem-Rousseau, Lefort, N'Diaye, Vasseur)
10h00 – Groupe 1
…

Les supports sont à déposer sur Moodle la veille avant 18h. Une invitation est jointe pour chaque groupe.

Bien cordialement,
Éric Vasseur
Responsable pédagogique du Master MSC""",
        to=SCHOOL_ADDR,
        ics=ics(
            "soutenance-pt-g4-20260304@ilm-lille.example",
            "2026-03-04 09:30",
            "Soutenance projet tutoré – Groupe 4",
            ("Éric Vasseur", "eric.vasseur@ilm-lille.example"),
            minutes=30,
            location="ILM Lille, salle C101",
            style="outlook",
        ),
    ),
    m(
        "lA11k",
        "2025-11-14 09:00",
        "Bibliothèque ILM <bibliotheque@ilm-lille.example>",
        "Rappel : retour de vos prêts",
        N(),
        """Bonjour,

Le document suivant doit être rendu au plus tard le 17/11/2025 :
- « Logistique et supply chain », 7e éd. (cote 658.7 PIM)

Vous pouvez prolonger votre prêt une fois depuis votre compte lecteur.

La bibliothèque de l'ILM""",
        to=SCHOOL_ADDR,
    ),
    m(
        "lA12l",
        "2025-11-26 10:30",
        "Région Hauts-de-France – Aides aux étudiants <aides-etudiants@hautsdefrance.example>",
        "Bourse Mobilité Internationale : votre dossier de candidature est incomplet",
        N(),
        """Madame,

Votre dossier de candidature à la Bourse Mobilité Internationale (année 2026-2027) est incomplet. Pièces manquantes :
- avis d'imposition 2025 de vos parents ;
- attestation d'acceptation de l'établissement d'accueil (à fournir dès réception).

Vous pouvez compléter votre dossier sur la plateforme jusqu'au 15 janvier 2026.

Le service des aides aux étudiants – Région Hauts-de-France""",
    ),
    m(
        "lA13m",
        "2026-01-09 14:22",
        "Région Hauts-de-France – Aides aux étudiants <aides-etudiants@hautsdefrance.example>",
        "Bourse Mobilité Internationale : dossier complet",
        N(),
        """Madame,

Votre dossier de candidature n° BMI-2026-07713 est désormais complet. Il sera examiné par la commission d'attribution du 24 février 2026. La décision vous sera notifiée par courriel.

Le service des aides aux étudiants – Région Hauts-de-France""",
    ),
    m(
        "lA14n",
        "2026-02-04 09:10",
        "Région Hauts-de-France – Aides aux étudiants <aides-etudiants@hautsdefrance.example>",
        "Bourse Mobilité Internationale : retrait de votre candidature",
        N(),
        """Madame,

Suite à votre demande du 2 février, nous vous confirmons le retrait de votre candidature à la Bourse Mobilité Internationale (dossier n° BMI-2026-07713). Aucune suite ne sera donnée à ce dossier.

Nous vous souhaitons une bonne continuation dans vos études.

Le service des aides aux étudiants – Région Hauts-de-France""",
    ),
    m(
        "lA15o",
        "2025-10-10 18:00",
        "BDE ILM Lille <bde@ilm-lille.example>",
        "🎉 Soirée d'intégration des masters – jeudi 16 octobre",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;text-align:center">
<p style="font-size:22px"><b>SOIRÉE D'INTÉGRATION MASTERS</b></p>
<p>Jeudi 16 octobre · 21h – 2h · Le Network, Lille</p>
<p>Prévente 10 € (15 € sur place) · boisson offerte avec la carte BDE</p>
<p><a href="https://www.billetweb.example/soiree-integration-masters-ilm">Prendre ma place</a></p>
<p style="font-size:10px">L'abus d'alcool est dangereux pour la santé. À consommer avec modération.</p>
</body></html>""",
        to="etudiants@ilm-lille.example",
    ),
    m(
        "lA16p",
        "2026-03-16 11:00",
        SCOLA,
        "Semestre 2 : modification de l'emploi du temps (semaine 13)",
        N(),
        """Bonjour,

En raison de l'indisponibilité d'un intervenant, le cours « Achats internationaux » du lundi 23 mars est déplacé au jeudi 26 mars, 14h-17h, salle A105.

Le service de la scolarité""",
        to="promo-m1-msc@ilm-lille.example",
    ),
    m(
        "lA17q",
        "2026-03-25 15:12",
        "Pr. Éric Vasseur <eric.vasseur@ilm-lille.example>",
        "Fiches de suivi de stage M1",
        N(),
        """Bonjour à tous,

Pour celles et ceux qui partent en stage début avril, n'oubliez pas de renseigner le nom de votre tuteur entreprise dans l'ENT avant le 3 avril : je répartirai ensuite les tuteurs pédagogiques.

Bonne fin de semestre,
Éric Vasseur""",
        to="promo-m1-msc@ilm-lille.example",
    ),
    # --- the student association -------------------------------------------------------------
    m(
        "lD01a",
        "2025-10-07 21:30",
        CLUB,
        "Bienvenue au Supply Club ! 📦",
        N(),
        """Salut Yasmine,

Merci pour ton adhésion au Supply Club ILM pour 2025-2026 (cotisation de 15 € bien reçue) !

Au programme cette année : visites de sites, afterworks avec les alumni, préparation au Supply Chain Challenge inter-écoles en mars, et le gala des masters.

Rejoins le groupe WhatsApp avec ce lien : https://chat.whatsapp.com/Fq8L2xZ0supplyclub

À très vite,
Le bureau du Supply Club""",
    ),
    m(
        "lD02b",
        "2025-11-06 12:40",
        CLUB,
        "Visite d'un entrepôt automatisé jeudi 27/11 – inscriptions ouvertes",
        N(),
        """Hello les membres !

On organise une visite de la plateforme automatisée d'un grand distributeur de bricolage à Lauwin-Planque le jeudi 27 novembre de 14h à 17h (transport en car depuis l'école, départ 13h15).

25 places seulement, inscriptions par ordre d'arrivée via le formulaire : https://forms.gle/3hWsupplyclubvisite

Chaussures de sécurité fournies sur place (indique ta pointure).

Le bureau du Supply Club""",
    ),
    m(
        "lD03c",
        "2025-12-05 19:00",
        CLUB,
        "Supply Club – Newsletter #3 : interview d'une alumni devenue demand planner",
        N(),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;max-width:600px">
<h2>📰 Newsletter #3 – décembre</h2>
<h3>Interview : Sarah, promo 2022, demand planner dans les cosmétiques</h3>
<p>« Mon alternance m'a tout appris » : Sarah revient sur son parcours, de son apprentissage en planification à son CDI actuel, et partage ses conseils pour réussir ses entretiens et choisir sa première entreprise.</p>
<h3>Retour sur la visite d'entrepôt</h3>
<p>23 membres ont découvert les navettes automatiques et le goods-to-person. Merci à tous !</p>
<h3>À venir</h3>
<ul><li>Afterwork de Noël le 17/12</li><li>Supply Chain Challenge : les équipes se forment !</li></ul>
</body></html>""",
    ),
    _club_ag,
    m(
        "lD05e",
        "2026-03-12 13:15",
        CLUB,
        "Afterwork Supply Club x alumni – jeudi 19 mars 🍻",
        N(),
        """Hello tout le monde,

Dernier afterwork avant les départs en stage : jeudi 19 mars à partir de 19h au Bistrot de St So. Une dizaine d'alumni seront là, l'occasion de parler de vos stages et alternances à venir dans une ambiance détendue.

Première boisson offerte aux adhérents !

Le bureau""",
    ),
    m(
        "lD06f",
        "2026-02-26 17:45",
        "Antoine Lefort <antoine.lefort@etu.ilm-lille.example>",
        "Supply Chain Challenge – équipe ILM 2",
        N(),
        """Salut Yasmine,

Petit récap pour le Supply Chain Challenge du 14 mars : on est inscrits en équipe "ILM 2" (toi, moi, Fatou, Hugo V.). Le cas sera envoyé la veille à 18h, on a 24h pour rendre un pitch de 10 slides.

Je propose qu'on se retrouve à la BU le vendredi 13 à 18h pour découvrir le sujet ensemble. Ça te va ?

Antoine""",
        to=SCHOOL_ADDR,
    ),
    # --- family and friends ----------------------------------------------------------------
    m(
        "lB00a",
        "2025-10-05 12:40",
        MAMAN,
        "Coucou ma chérie",
        N(),
        """Coucou ma chérie,

Alors ce studio ? Tu as eu des nouvelles de l'agence ? Papa dit que si tu as besoin qu'il se porte garant il faut juste lui envoyer la liste des papiers, il a déjà préparé ses fiches de paie.

Et tes candidatures pour l'alternance, ça avance ? Tata Samira dit que chez Rivéa ils prennent beaucoup d'alternants, sa voisine y travaille.

On t'embrasse fort, mange bien,
Maman

Envoyé depuis l'application Mail Orange""",
    ),
    _ines1,
    _ines2,
    _cam1,
    m(
        "lB04d",
        "2025-11-15 13:02",
        CAMILLE,
        "Re: Entretien vendredi !!",
        N(),
        f"""MERCI mille fois pour jeudi, ton entretien blanc m'a sauvée !! Ils m'ont posé EXACTEMENT la question sur "une situation où vous avez géré un conflit", j'étais prête 😂

Je saurai la semaine prochaine. Je te tiens au courant !

Camille

Le 09/11/2025 20:15, Camille Fontaine a écrit :
> Salut Yasmine !
> Je t'écris parce que tu es la reine des entretiens : j'ai un entretien vendredi chez Trams du Nord
> pour un poste de chargée d'études transport [...]

Le 10/11/2025 08:02, Yasmine Belkacem-Rousseau <{ME_ADDR}> a écrit :
> Avec plaisir !! Jeudi 12h30 à la cafét' ?""",
        **after(_cam1),
    ),
    m(
        "lB05e",
        "2025-11-21 19:48",
        CAMILLE,
        "J'AI LE POSTE 🎉🎉",
        N(),
        """Yasmine !!!

Trams du Nord vient de m'appeler : ils me prennent ! Je commence le 5 janvier. Ils m'envoient la proposition écrite lundi.

Il faut qu'on fête ça, samedi soir chez moi ? J'invite Lucie et Théo aussi.

Camille""",
    ),
    m(
        "lB06f",
        "2025-11-23 11:20",
        MEHDI,
        "Anniv papa",
        N(),
        """Yo sœurette,

Pour l'anniv de papa le 30, on part sur un repas chez Maman à midi ? Je pensais qu'on pourrait lui offrir le coffret dégustation de whisky qu'il regarde depuis des mois, 85 € à partager en trois avec Sarah. T'es ok ?

Mehdi

Envoyé de mon iPhone""",
    ),
    m(
        "lB07g",
        "2025-12-06 16:30",
        LUCIE,
        "Week-end à Bruges 🇧🇪",
        N(),
        """Hello les filles,

Comme promis, j'ai regardé pour Bruges le week-end du 24-25 janvier :
- train Lille → Bruges via Courtrai : ~25 € A/R avec le billet jeune SNCB ;
- Airbnb dans le centre pour 4 : 210 € les deux nuits (donc ~53 € chacune) ;
- on peut faire le marché de Noël… ah non, trop tard, mais il y a les brasseries 😇

Je réserve avant mercredi si tout le monde est ok. Répondez-moi !

Lucie""",
        to=f"{ME_ADDR}, camille.fontaine@laposte.net, ines.haddouche@gmail.com",
    ),
    m(
        "lB08h",
        "2025-12-21 10:05",
        MAMAN,
        "Noël",
        N(),
        """Ma chérie,

Tu arrives bien le 20 au soir chez Tonton à Lyon avec ton train de 13h34 ? Papa viendra te chercher à la Part-Dieu. On repart tous ensemble à Valenciennes le 28.

N'oublie pas le cadeau de mamie (elle veut le livre de recettes de Cyril Lignac).

Bisous
Maman""",
    ),
    m(
        "lB09i",
        "2026-01-03 22:47",
        INES,
        "Bonne année !!! 🥂",
        N(),
        """Bonne année ma Yasmine !!! 🥂✨

Que 2026 t'apporte LA super alternance (et un peu de sommeil). Tu as eu des nouvelles de l'entrepôt à Lesquin ? J'ai un bon feeling pour celle-là.

Moi ma tutrice m'a enfin confié un portefeuille de clients pros, comme quoi le rapport d'étonnement a servi 😎

Bisous, à lundi en cours !
Inès""",
    ),
    m(
        "lB10j",
        "2026-01-27 08:15",
        THEO,
        "FÉLICITATIONS !!!",
        N(),
        """Yasmine !!!

Inès m'a dit pour Rivéa, trop content pour toi !!! Gestionnaire des flux à Lesquin, stage + alternance, c'est le combo parfait. Tu vas pouvoir arrêter de rafraîchir ta boîte mail toutes les cinq minutes 😂

On fête ça vendredi ? Je ramène le champagne (bon, le crémant).

Théo

Envoyé depuis Outlook pour Android""",
    ),
    m(
        "lB11k",
        "2026-02-14 15:30",
        MEHDI,
        "tu peux relire ma lettre ?",
        N(),
        """Salut,

Je postule pour un BTS MCO en alternance chez Decat Sports à Valenciennes, tu peux relire ma lettre de motivation stp ? Je l'ai mise en PJ. L'entretien serait la semaine prochaine si ils me rappellent.

Merci t'es la meilleure
Mehdi""",
        attach=[
            (
                "lettre motiv decat.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "PK\x03\x04 lettre",
            )
        ],
    ),
    m(
        "lB12l",
        "2026-02-16 21:12",
        MEHDI,
        "Re: tu peux relire ma lettre ?",
        N(),
        f"""Merci pour les corrections !! J'ai renvoyé la version propre. Ils m'ont rappelé, entretien jeudi à 10h, je vais mettre la chemise que Maman m'a offerte 😅

Le dim. 15 févr. 2026 à 11:02, Yasmine Belkacem-Rousseau <{ME_ADDR}> a écrit :
> Voilà, j'ai corrigé en rouge. Enlève le "je me permets", et mets ton expérience
> au magasin de sport en premier !""",
    ),
    m(
        "lB13m",
        "2026-03-07 18:22",
        LUCIE,
        "Photos de Bruges 📸",
        N(),
        """Coucou !

Voici enfin le lien vers l'album du week-end à Bruges (désolée pour le retard, j'ai dû trier 600 photos 😂) :
https://photos.app.goo.gl/Bv3Q9bruges2026

Mention spéciale pour la photo de Camille avec la gaufre géante.

Lucie""",
        to=f"{ME_ADDR}, camille.fontaine@laposte.net, ines.haddouche@gmail.com",
    ),
    m(
        "lB14n",
        "2026-03-21 11:47",
        CAMILLE,
        "Crémaillère samedi 28 🏠",
        N(),
        """Hello !

Ça y est, j'ai emménagé dans mon nouvel appart à Lambersart (merci le CDI de Trams du Nord, les agences m'ont enfin prise au sérieux 😅). Crémaillère le samedi 28 mars à partir de 20h, 6 rue de l'Égalité, 2e étage.

Apportez ce que vous voulez à boire, je m'occupe des pizzas.

Camille""",
        to=f"{ME_ADDR}, lucie.deprez.lille@gmail.com, ines.haddouche@gmail.com, theo.marchand@hotmail.com",
    ),
    m(
        "lB15o",
        "2026-02-01 19:05",
        INES,
        "Re: Bonne année !!! 🥂",
        N(),
        f"""Je suis trop fière de toi 😭😭 Rivéa !!! Bon par contre ça veut dire que tu seras plus jamais dispo le mercredi, j'ai compris.

Au fait, ma banque cherche encore un alternant en back-office pour septembre, si tu as des copains de promo intéressés, dis-leur de m'envoyer leur CV !

Le sam. 31 janv. 2026 à 10:44, Yasmine Belkacem-Rousseau <{ME_ADDR}> a écrit :
> Ça y est c'est signé (enfin la promesse) !! J'ai dit oui à Rivéa, je commence par un
> stage en avril puis l'alternance en septembre. J'ai encore du mal à y croire.""",
    ),
    # --- the small change of a student's life --------------------------------------------------
    m(
        "lC01a",
        "2025-10-13 09:33",
        "Crous Lille Nord-Pas-de-Calais <ne-pas-repondre@crous-lille.example>",
        "Votre dossier social étudiant 2025-2026 : notification de bourse",
        N(),
        """Bonjour,

La notification définitive de votre bourse sur critères sociaux pour l'année 2025-2026 est disponible sur messervices.etudiant.gouv.fr.

Échelon : 2 – Montant annuel : 2 070 € versés en 10 mensualités.

Le Crous Lille Nord-Pas-de-Calais""",
    ),
    m(
        "lC02b",
        "2025-10-24 18:50",
        "Google <no-reply@accounts.google.com>",
        "Alerte de sécurité : nouvelle connexion sur Windows",
        N(),
        f"""Nouvelle connexion à votre compte Google

{ME_ADDR}

Nous avons détecté une nouvelle connexion à votre compte Google sur un appareil Windows. S'il s'agit de vous, aucune action n'est requise. Sinon, nous vous aiderons à sécuriser votre compte.

Vérifier l'activité : https://myaccount.google.com/notifications

Vous avez reçu cet e-mail pour vous informer de modifications importantes apportées à votre compte et aux services Google que vous utilisez.
© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA""",
    ),
    m(
        "lC03c",
        "2025-11-30 14:05",
        "Lydia <notifications@lydia-app.com>",
        "Mehdi vous a demandé 28,33 €",
        N(),
        """Mehdi Belkacem vous a demandé 28,33 € pour « cadeau papa 🥃 ».

Payer maintenant depuis l'application Lydia.

Lydia""",
    ),
    m(
        "lC04d",
        "2025-12-08 09:10",
        "Airbnb <automated@airbnb.com>",
        "Réservation confirmée : Bruges, 24–26 janv.",
        N(),
        """Lucie a réservé un logement pour votre groupe et vous a ajoutée comme voyageuse.

Maison de ville lumineuse près du Markt
24 janv. 2026 – 26 janv. 2026 · 4 voyageurs
Hôte : Pieter

Arrivée à partir de 15h00, départ avant 11h00.

Airbnb""",
    ),
    m(
        "lC05e",
        "2026-01-21 12:00",
        "Too Good To Go <noreply@toogoodtogo.fr>",
        "Tes paniers anti-gaspi préférés sont de retour 🥐",
        N(),
        """Hey Yasmine,

La boulangerie Paul – Lille Flandres propose à nouveau des paniers ce soir : 3,99 € au lieu de 12 €. Réserve vite, il n'en reste que 3 !

Too Good To Go""",
    ),
    m(
        "lC06f",
        "2025-12-17 23:40",
        "Service Clients <securite@banquedubeffroi-verification.example>",
        "Action requise : votre compte sera suspendu",
        N(),
        """Cher client,

Suite à une activité inhabituelle, votre accès en ligne sera suspendu sous 24h. Pour éviter la suspension, veuillez confirmer vos informations personnelles et bancaires en cliquant sur le lien ci-dessous :

http://banquedubeffroi-verification.example/secure/login

Service Sécurité""",
    ),
    m(
        "lC07g",
        "2026-02-11 19:20",
        "Fnac Spectacles <billetterie@fnacspectacles.example>",
        "Vos e-billets : Angèle – Zénith Arena de Lille",
        N(),
        """Bonjour Yasmine,

Merci pour votre commande n° 48813902. Vos 2 e-billets pour Angèle – samedi 21 mars 2026, 20h00, Zénith Arena de Lille (fosse) sont en pièce jointe.

Ouverture des portes à 18h30. Présentez le billet imprimé ou sur votre smartphone.

Fnac Spectacles""",
        attach=[("E-billets_48813902.pdf", "application/pdf", "%PDF-1.4\n% billets\n")],
    ),
    m(
        "lC08h",
        "2026-03-14 10:15",
        "leboncoin <noreply@leboncoin.fr>",
        "Nouveau message pour votre annonce « Bureau IKEA Micke blanc »",
        N(),
        """Bonjour Yasmine,

Vous avez reçu un nouveau message de Julien concernant votre annonce « Bureau IKEA Micke blanc » :

« Bonjour, le bureau est toujours disponible ? Je peux passer demain vers 14h si c'est ok. »

Répondre sur leboncoin : https://www.leboncoin.fr/messages

leboncoin""",
    ),
    m(
        "lC09i",
        "2026-03-26 08:30",
        "ilévia <contact@ilevia.fr>",
        "Grève du 31 mars : prévisions de trafic",
        N(),
        """Bonjour,

En raison d'un mouvement social national, le trafic sera perturbé le mardi 31 mars sur l'ensemble du réseau ilévia. Métro : 1 rame sur 2 ; tram : 1 sur 3 ; lianes : service normal.

Retrouvez l'info trafic en temps réel sur ilevia.fr et l'application.

ilévia""",
    ),
    # --- more friends, family and school life --------------------------------------------------
    m(
        "lE01a",
        "2025-10-26 14:18",
        "Sarah Belkacem <sarah.belkacem@hotmail.fr>",
        "mon entretien à l'hôpital",
        N(),
        """Coucou cousine,

Je voulais te dire que j'ai passé mon entretien au CHU de Valenciennes pour le poste d'infirmière en réanimation. La cadre de santé était super sympa, elle m'a même fait visiter le service. Réponse d'ici 15 jours, je croise tout ce que je peux !

Et toi, tes recherches ?

Gros bisous,
Sarah""",
    ),
    m(
        "lE02b",
        "2025-11-11 10:22",
        MAMAN,
        "le chat 😻",
        N(),
        """Regarde ce que Moustache a fait ce matin, il s'est endormi dans ton ancien carton de déménagement 😂

Photo en pièce jointe.

Bisous
Maman""",
        attach=[("IMG_20251111_101544.jpg", "image/jpeg", "JFIF chat")],
    ),
    m(
        "lE03c",
        "2025-12-11 21:30",
        "Fatou N'Diaye <fatou.ndiaye@etu.ilm-lille.example>",
        "slides S&OP pour demain",
        N(),
        """Hello Yasmine,

J'ai mis à jour les slides 4 à 7 sur le Drive (prévisions + plan de capacité). Tu peux faire la partie recommandations ce soir ? Et on se retrouve 30 min avant le cours pour répéter.

Merci !!
Fatou""",
        to=SCHOOL_ADDR,
    ),
    m(
        "lE04d",
        "2025-10-14 12:10",
        "SUAPS Lille <suaps@univ-lille.example>",
        "Votre inscription à l'activité Yoga (mardi 18h) est validée",
        N(),
        """Bonjour,

Votre inscription à l'activité « Yoga – niveau débutant », le mardi de 18h à 19h30 (salle de danse, complexe Cassin), est validée pour le semestre.

Pensez à apporter votre tapis.

Service universitaire des activités physiques et sportives""",
        to=SCHOOL_ADDR,
    ),
    m(
        "lE05e",
        "2025-12-02 18:00",
        CLUB,
        "Gala des masters – la billetterie est ouverte ✨",
        N(),
        """Hello !

La billetterie du Gala des masters (samedi 7 février, Hôtel Alliance) est ouverte : 45 € pour les adhérents, 55 € pour les autres (repas + soirée).

Places limitées : https://www.billetweb.example/gala-masters-ilm-2026

Le bureau du Supply Club""",
    ),
    m(
        "lE06f",
        "2025-12-19 09:05",
        CAMILLE,
        "Ma période d'essai 😬",
        N(),
        """Hello,

Petite question de juriste amateure : chez Trams du Nord ils m'envoient mon contrat, et la période d'essai fait 4 mois renouvelable. C'est normal pour un CDD de 18 mois ?? Tu avais vu ça en cours de droit social non ?

Bises,
Camille""",
    ),
    m(
        "lE07g",
        "2026-01-10 13:40",
        THEO,
        "Five vendredi ?",
        N(),
        """Yo,

On se fait un five vendredi 20h au Urban Soccer de Villeneuve ? Il nous manque une personne, et je sais que tu as un bon pied gauche 😏

Théo""",
    ),
    m(
        "lE08h",
        "2026-02-02 11:20",
        "Délégués M1 MSC <delegues.m1msc@gmail.com>",
        "Retours sur le semestre 1 – questionnaire délégués",
        N(),
        """Salut tout le monde,

Avant le conseil de perfectionnement du 12 février, on recueille vos retours sur le S1 (cours, charge de travail, examens). Le questionnaire est anonyme et prend 5 minutes :
https://forms.gle/m1msc-s1-retours

Merci !
Léna et Karim, vos délégués""",
    ),
    m(
        "lE09i",
        "2026-03-01 17:55",
        "Sarah Belkacem <sarah.belkacem@hotmail.fr>",
        "Re: mon entretien à l'hôpital",
        N(),
        f"""Coucou,

Je réponds enfin 🙈 : j'ai eu le poste en réa, je suis en poste depuis janvier ! C'est dur mais j'adore. Et bravo pour ton alternance, Tata m'a raconté !!

Bisous,
Sarah

Le 27/10/2025 à 09:40, Yasmine Belkacem-Rousseau <{ME_ADDR}> a écrit :
> Trop bien Sarah !! Tiens-moi au courant. De mon côté ça avance doucement.""",
    ),
    m(
        "lE10j",
        "2026-03-08 20:10",
        MAMAN,
        "Dimanche prochain",
        N(),
        """Coucou ma chérie,

Tu viens manger dimanche prochain ? Papa fait son couscous. Et il faudra qu'on parle de ta voiture pour aller à Lesquin en avril, tonton Karim vend sa Clio.

Bisous
Maman""",
    ),
    m(
        "lE11k",
        "2026-01-16 16:02",
        LUCIE,
        "Anniv surprise pour Inès 🤫",
        N(),
        """Hello (sans Inès en copie 🤫),

On organise un anniv surprise pour Inès le samedi 31 janvier chez moi. Chacun ramène un plat, et on se cotise pour lui offrir des places pour Angèle ? (~45 € chacun)

Ne dites rien !!
Lucie""",
        to=f"{ME_ADDR}, camille.fontaine@laposte.net, theo.marchand@hotmail.com",
    ),
    m(
        "lE12l",
        "2025-11-03 08:55",
        SCOLA,
        "Absence du 30/10 – justificatif reçu",
        N(),
        """Bonjour,

Nous accusons réception de votre justificatif d'absence pour la journée du 30 octobre (rendez-vous). Votre absence est enregistrée comme justifiée.

Le service de la scolarité""",
        to=SCHOOL_ADDR,
    ),
]

# ruff: noqa: E501
"""Corpus 36, French job mail: applications in Lyon, Grenoble and Paris (remote-friendly)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m as _m
from heldout3_util import reply

ME_ADDR = "antoine.mbl@laposte.net"


def m(key: str, date: str, *a: Any, **kw: Any) -> dict[str, Any]:
    kw.setdefault("tz", "+0200" if date < "2025-10-26" else "+0100")
    return _m(key, date, *a, **kw)


WTTJ = "Welcome to the Jungle <no-reply@welcometothejungle.com>"
BRI_RH = "Camille Vernay <camille.vernay@brindille.io>"
QAN = "Qantik <no-reply@teamtailor.com>"
PIV = "Pivolt <no-reply@hire.lever.co>"
PIV_CTO = "Yannick Ferrand <yannick.ferrand@pivolt.energy>"
AXE = "Sophie Lacombe <s.lacombe@axelys-conseil.fr>"
CYP = "Cyprès IT - Recrutement <recrutement@taleo.net>"
METRO = "Direction des Ressources Humaines <drh-recrutement@valdedrac-metropole.fr>"

MAIL: list[dict[str, Any]] = [
    # 1 Brindille (Brindille Technologies SAS), via Welcome to the Jungle: RH, technique, refus
    m(
        "b1",
        "2025-09-08 10:14",
        WTTJ,
        "Votre candidature chez Brindille a bien été envoyée",
        ("confirmation", "Brindille", "Développeur Backend Python", 1, "other", "fr"),
        html="""<html><body style="font-family:Arial"><table width="600"><tr><td>
<img src="https://cdn.welcometothejungle.com/wttj-front/logo.png" alt="Welcome to the Jungle">
<h2>C'est envoyé !</h2>
<p>Bonjour Antoine,</p>
<p>Votre candidature pour le poste <b>Développeur Backend Python (H/F)</b> chez <b>Brindille</b> a bien été transmise à l'entreprise.</p>
<p>L'équipe de recrutement reviendra vers vous directement si votre profil est retenu. En attendant, continuez d'explorer les entreprises qui recrutent.</p>
<p><a href="https://www.welcometothejungle.com/fr/me/applications">Suivre mes candidatures</a></p>
<p style="color:#888;font-size:11px">Welcome to the Jungle - 5 rue Beaubourg, 75004 Paris. Vous recevez cet e-mail car vous avez postulé via notre site.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "b2",
        "2025-09-15 16:02",
        BRI_RH,
        "Brindille x Antoine - premier échange ?",
        ("interview", "Brindille", "Développeur Backend Python", 1, "direct", "fr"),
        text="""Bonjour Antoine,

Merci pour votre candidature au poste de développeur backend ! Votre parcours chez un éditeur SaaS lyonnais nous a tapé dans l'oeil.

Je vous propose un premier appel de 30 minutes (entretien RH) pour faire connaissance, vous présenter Brindille et comprendre ce que vous cherchez. Seriez-vous disponible jeudi 18 septembre à 11h ? Je vous envoie l'invitation Google Meet dans la foulée.

Belle journée,
Camille

--
Camille Vernay
Talent Acquisition - Brindille
Brindille Technologies SAS - 27 quai Perrache, 69002 Lyon""",
        ics={
            "uid": "bri-rh-0918@brindille.io",
            "start": "2025-09-18 11:00:00 +0200",
            "minutes": 30,
            "organizer": ("Camille Vernay", "camille.vernay@brindille.io"),
            "summary": "Entretien RH - Antoine Mbappé-Laurent / Brindille",
            "location": "https://meet.google.com/qwv-hzrt-kop",
        },
    ),
    m(
        "b3",
        "2025-09-23 09:40",
        BRI_RH,
        "Re: Brindille x Antoine - premier échange ?",
        ("interview", "Brindille", "Développeur Backend Python", 1, "direct", "fr"),
        text="""Bonjour Antoine,

Merci encore pour l'échange de jeudi. Comme convenu, la prochaine étape est un entretien technique d'1h30 avec Mehdi (lead backend) et Laure (staff engineer) : un peu d'architecture, puis une revue de code à partir d'une PR que nous vous enverrons la veille.

Créneaux possibles : lundi 29/09 14h ou mardi 30/09 10h. Dites-moi ce qui vous arrange.

Camille

Le jeu. 18 sept. 2025 à 11:42, Antoine Mbappé-Laurent <antoine.mbl@laposte.net> a écrit :
> Merci Camille pour cet échange, très intéressé par la suite !
> Antoine""",
        **reply("b2", BRI_RH),
    ),
    m(
        "b4",
        "2025-10-07 18:21",
        BRI_RH,
        "Votre candidature chez Brindille",
        ("rejection", "Brindille", "Développeur Backend Python", 1, "direct", "fr"),
        text="""Bonjour Antoine,

Je reviens vers vous suite à votre entretien technique avec Mehdi et Laure. Ils ont beaucoup apprécié votre approche de la revue de code et la clarté de vos explications sur la gestion des files de messages.

Après de longues discussions, nous avons néanmoins choisi de poursuivre avec un autre candidat, dont l'expérience sur Kubernetes en production correspond davantage au besoin immédiat de l'équipe.

Ce n'est vraiment pas une question de niveau, et j'espère sincèrement que nos chemins se recroiseront : nous ouvrirons d'autres postes backend début 2026.

Bien à vous,
Camille""",
    ),
    # 14 Brindille again, re-application in January
    m(
        "b5",
        "2026-01-12 08:55",
        WTTJ,
        "Candidature envoyée : Ingénieur Backend Plateforme - Brindille",
        ("confirmation", "Brindille", "Ingénieur Backend Plateforme", 14, "other", "fr"),
        html="""<html><body><div style="max-width:560px;margin:auto;font-family:Helvetica">
<p>Bonjour Antoine,</p>
<p>Bonne nouvelle : votre candidature au poste <strong>Ingénieur Backend Plateforme</strong> chez <strong>Brindille</strong> est bien partie.</p>
<p>Astuce : les entreprises répondent plus vite aux profils complets. Pensez à ajouter vos liens GitHub et portfolio.</p>
<p><a href="https://www.welcometothejungle.com/fr/me/applications">Voir ma candidature</a></p>
<p style="font-size:11px;color:#999">Se désabonner des notifications de candidature</p></div></body></html>""",
    ),
    m(
        "b6",
        "2026-01-16 12:30",
        BRI_RH,
        "On se reparle ? Poste Backend Plateforme",
        ("interview", "Brindille", "Ingénieur Backend Plateforme", 14, "direct", "fr"),
        text="""Hello Antoine,

Quel plaisir de revoir votre nom passer ! Comme promis en octobre, on a ouvert un poste plateforme et je pense qu'il vous correspond bien mieux.

Vu qu'on s'est déjà rencontrés, on peut sauter l'entretien RH : je vous propose directement une rencontre avec l'équipe (Mehdi + deux devs) le mercredi 21 janvier à 15h, dans nos locaux à Perrache.

À très vite,
Camille""",
        ics={
            "uid": "bri-team-0121@brindille.io",
            "start": "2026-01-21 15:00:00 +0100",
            "minutes": 90,
            "organizer": ("Camille Vernay", "camille.vernay@brindille.io"),
            "summary": "Rencontre équipe Plateforme - Antoine",
            "location": "Brindille, 27 quai Perrache, Lyon - salle Saône",
        },
    ),
    # 2 Qantik (Lumeo Data SAS), Teamtailor: Codingame-like test, refus au sujet neutre
    m(
        "q1",
        "2025-09-10 14:03",
        QAN,
        "Merci pour votre candidature, Antoine !",
        ("confirmation", "Qantik", "Backend Engineer Go", 2, "teamtailor", "fr"),
        text="""Bonjour Antoine,

Merci d'avoir postulé au poste de Backend Engineer Go chez Qantik. Nous avons bien reçu votre candidature et notre équipe va l'étudier avec attention dans les prochains jours.

En attendant, n'hésitez pas à découvrir notre blog tech : https://qantik.tech/blog

L'équipe Qantik

Lumeo Data SAS - 12 avenue Alsace-Lorraine, 38000 Grenoble
Vos données sont traitées conformément à notre politique de confidentialité : https://qantik.teamtailor.com/privacy""",
    ),
    m(
        "q2",
        "2025-09-16 10:11",
        "Qantik <no-reply@teamtailor.com>",
        "Qantik : votre test technique",
        ("assessment", "Qantik", "Backend Engineer Go", 2, "teamtailor", "fr"),
        text="""Bonjour Antoine,

Votre profil a retenu notre attention ! Avant un échange avec l'équipe, nous vous proposons un test en ligne sur CodinGame (environ 75 minutes, 3 exercices en Go ou dans le langage de votre choix).

Lien personnel : https://www.codingame.com/evaluate/?id=8812fa0c1be44f
Le lien est valable 7 jours.

Bon courage !
Lucie, pour l'équipe Qantik""",
    ),
    m(
        "q3",
        "2025-09-24 17:45",
        QAN,
        "Suite de votre candidature",
        ("rejection", "Qantik", "Backend Engineer Go", 2, "teamtailor", "fr"),
        text="""Bonjour Antoine,

Merci pour le temps consacré à notre test technique.

Nous avons étudié vos résultats avec attention et nous ne donnerons malheureusement pas suite à votre candidature pour ce poste. Le niveau attendu en concurrence (goroutines, channels) était particulièrement élevé sur ce recrutement.

Nous conservons votre profil et vous souhaitons une belle réussite dans vos recherches.

Lucie Arnaud
People & Culture - Qantik""",
    ),
    # 3 Qantik second role, confirmation mentioning "malheureusement", then ghosted
    m(
        "q4",
        "2025-11-03 09:20",
        QAN,
        "Candidature reçue - Développeur Backend Senior (Java/Kotlin)",
        (
            "confirmation",
            "Qantik",
            "Développeur Backend Senior (Java/Kotlin)",
            3,
            "teamtailor",
            "fr",
        ),
        text="""Bonjour Antoine,

Nous vous confirmons la bonne réception de votre candidature pour le poste de Développeur Backend Senior (Java/Kotlin).

Nous recevons beaucoup de candidatures et ne pouvons malheureusement pas répondre personnellement à chacune d'entre elles. Si votre profil correspond, un membre de l'équipe vous contactera sous trois semaines.

À bientôt peut-être,
L'équipe Qantik""",
    ),
    # 4 Axelys Conseil (ESN), client named late: Helvor Assurances
    m(
        "a1",
        "2025-09-19 11:37",
        AXE,
        "Opportunité Développeur Python/Django - client grand compte Lyon",
        ("outreach", None, "Développeur Python/Django", None, "agency", "fr"),
        text="""Bonjour Antoine,

Je suis Sophie, chargée de recrutement chez Axelys Conseil. J'ai vu votre CV sur Free-Work et je me permets de vous contacter pour un poste en CDI chez nous, en mission pour un de nos clients grands comptes dans le secteur de l'assurance (Lyon Part-Dieu, 2 jours de télétravail).

Stack : Python 3.12, Django, PostgreSQL, RabbitMQ, GitLab CI. Package : 45-50 K€ selon profil.

Seriez-vous disponible pour un court échange téléphonique cette semaine ?

Cordialement,
Sophie Lacombe
Chargée de recrutement IT - Axelys Conseil
06 71 24 88 90""",
    ),
    m(
        "a2",
        "2025-09-26 15:05",
        AXE,
        "RE: Opportunité Développeur Python/Django - client grand compte Lyon",
        ("interview", "Helvor Assurances", "Développeur Python/Django", 4, "agency", "fr"),
        text="""Bonjour Antoine,

Suite à notre échange, votre dossier a été présenté et je peux maintenant vous dire qu'il s'agit d'Helvor Assurances. Le manager, M. Darrieux, souhaite vous rencontrer le vendredi 3 octobre à 10h dans leurs locaux (tour Incity, 19e étage). Je serai présente en début d'entretien.

Merci de me confirmer votre disponibilité.

Bien cordialement,
Sophie Lacombe
Axelys Conseil

-----Message d'origine-----
De : Antoine Mbappé-Laurent <antoine.mbl@laposte.net>
Envoyé : mardi 23 septembre 2025 18:02
Objet : RE: Opportunité Développeur Python/Django - client grand compte Lyon

Bonjour Sophie, oui, je suis partant pour être présenté. Antoine""",
        **reply("a1", AXE),
    ),
    m(
        "a3",
        "2025-10-10 12:16",
        AXE,
        "Retour Helvor",
        ("rejection", "Helvor Assurances", "Développeur Python/Django", 4, "agency", "fr"),
        text="""Antoine,

J'ai eu le retour d'Helvor ce matin. Ils ont apprécié votre échange mais ont finalement retenu un profil avec une expérience du secteur assurance (contrats, tarification).

Je reste à l'affût et je reviens vers vous dès que j'ai une autre mission qui colle.

Sophie""",
    ),
    # 5 Cyprès IT (GIE of Banque Cyprès), Taleo: entretien, puis poste gelé
    m(
        "c1",
        "2025-10-02 22:14",
        CYP,
        "Accusé de réception de votre candidature - Réf. 25-0847",
        ("confirmation", "Cyprès IT", "Ingénieur Développement Backend Java", 5, "taleo", "fr"),
        text="""Madame, Monsieur,

Nous accusons réception de votre candidature au poste d'Ingénieur Développement Backend Java (réf. 25-0847) au sein de Cyprès IT, GIE informatique du groupe Banque Cyprès.

Votre dossier sera étudié par nos équipes. Vous pouvez suivre son avancement depuis votre espace candidat.

Nous vous remercions de l'intérêt que vous portez à notre groupe.

Le service Recrutement
Cyprès IT - GIE
Ce message est généré automatiquement, merci de ne pas y répondre.""",
    ),
    m(
        "c2",
        "2025-10-14 13:48",
        "Nadia Fourcade <nadia.fourcade@cypres-it.fr>",
        "Convocation entretien - Ingénieur Développement Backend Java",
        ("interview", "Cyprès IT", "Ingénieur Développement Backend Java", 5, "direct", "fr"),
        text="""Bonjour Monsieur Mbappé-Laurent,

Suite à l'étude de votre candidature, nous avons le plaisir de vous convier à un entretien avec le responsable de l'équipe Paiements et moi-même, le mardi 21 octobre à 14h00, au 8 rue de la République, Lyon 2e (se présenter à l'accueil, badge visiteur).

Vous trouverez l'invitation ci-jointe.

Cordialement,

Nadia Fourcade
Chargée de recrutement
Cyprès IT - GIE
Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires.""",
        ics={
            "style": "outlook",
            "uid": "040000008200E00074C5B7101A82E0080000000071C9F4",
            "start": "2025-10-21 14:00:00 +0200",
            "minutes": 60,
            "organizer": ("Nadia Fourcade", "nadia.fourcade@cypres-it.fr"),
            "summary": "Entretien Antoine Mbappé-Laurent - Backend Java",
            "location": "8 rue de la République, Lyon - salle Bellecour",
        },
    ),
    m(
        "c3",
        "2025-11-12 17:03",
        "Nadia Fourcade <nadia.fourcade@cypres-it.fr>",
        "Votre candidature - réf. 25-0847",
        ("confirmation", "Cyprès IT", "Ingénieur Développement Backend Java", 5, "direct", "fr"),
        st="on_hold",
        text="""Bonjour Monsieur Mbappé-Laurent,

Je reviens vers vous concernant le poste d'Ingénieur Développement Backend Java. Suite à une révision budgétaire du groupe, ce recrutement est suspendu jusqu'à nouvel ordre.

Votre candidature reste active et nous ne manquerons pas de vous recontacter si le poste est rouvert au premier trimestre.

Cordialement,
Nadia Fourcade""",
    ),
    m(
        "c4",
        "2025-10-01 19:30",
        CYP,
        "Votre candidature est incomplète",
        ("other_job", "Cyprès IT", "Ingénieur Développement Backend Java", None, "taleo", "fr"),
        text="""Bonjour,

Vous avez commencé une candidature pour le poste Ingénieur Développement Backend Java (25-0847) sans la finaliser.

Il vous reste à compléter : questionnaire de présélection, pièce jointe CV.
Reprendre ma candidature : https://cypres.taleo.net/careersection/ext/jobapply.ftl?job=25-0847

Le service Recrutement - Cyprès IT""",
    ),
    # 6 Métropole du Val-de-Drac (collectivité): fiche de poste, jury, refus
    m(
        "v1",
        "2025-10-20 09:02",
        METRO,
        "Accusé de réception - candidature au poste de Développeur·se d'applications (catégorie A)",
        (
            "confirmation",
            "Métropole du Val-de-Drac",
            "Développeur d'applications (catégorie A)",
            6,
            "direct",
            "fr",
        ),
        text="""Monsieur,

Nous accusons réception de votre candidature au poste de Développeur·se d'applications (cadre d'emplois des ingénieurs territoriaux, ouvert aux contractuels), Direction du Numérique, publié le 3 octobre 2025 (fiche de poste n° DN-2025-112).

La date limite de dépôt des candidatures est fixée au 31 octobre 2025. Les candidats présélectionnés seront convoqués devant un jury dans le courant du mois de novembre.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

Le Service Recrutement et Mobilité
Métropole du Val-de-Drac - Hôtel de Métropole, 3 rue Malakoff, 38000 Grenoble""",
    ),
    m(
        "v2",
        "2025-11-07 11:26",
        METRO,
        "Convocation au jury de recrutement - DN-2025-112",
        (
            "interview",
            "Métropole du Val-de-Drac",
            "Développeur d'applications (catégorie A)",
            6,
            "direct",
            "fr",
        ),
        text="""Monsieur,

J'ai le plaisir de vous informer que votre candidature a été retenue pour un entretien devant le jury de recrutement, le :

Mardi 18 novembre 2025 à 9h30
Hôtel de Métropole - 3 rue Malakoff, Grenoble - salle du Conseil (2e étage)

L'entretien, d'une durée de 45 minutes, débutera par une présentation de votre parcours (10 minutes) suivie d'un échange avec les membres du jury (Directeur du Numérique, responsable des études, représentant de la DRH).

Merci de confirmer votre présence par retour de mail.

Pour le Président et par délégation,
La Directrice des Ressources Humaines""",
    ),
    m(
        "v3",
        "2025-12-02 15:40",
        METRO,
        "Suite donnée à votre candidature",
        (
            "rejection",
            "Métropole du Val-de-Drac",
            "Développeur d'applications (catégorie A)",
            6,
            "direct",
            "fr",
        ),
        text="""Monsieur,

Vous avez bien voulu présenter votre candidature au poste de Développeur·se d'applications et nous vous en remercions.

Après délibération du jury, j'ai le regret de vous informer que nous ne donnerons pas suite à votre candidature, un autre candidat ayant été retenu.

Nous conservons vos coordonnées et vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

La Directrice des Ressources Humaines""",
    ),
    # 7 Pivolt (Énergie Pivolt SAS), Lever: take-home, technique, équipe, proposition, promesse signée
    m(
        "p1",
        "2025-11-24 10:05",
        PIV,
        "Pivolt - candidature bien reçue",
        ("confirmation", "Pivolt", "Développeur Backend (Python/FastAPI)", 7, "lever", "fr"),
        text="""Bonjour Antoine,

Merci pour ta candidature au poste Développeur Backend (Python/FastAPI) chez Pivolt ⚡

On lit toutes les candidatures (vraiment). Tu auras un retour de notre part, positif ou non, sous 10 jours ouvrés.

L'équipe Pivolt
Énergie Pivolt SAS - Lyon / remote""",
    ),
    m(
        "p2",
        "2025-11-28 14:18",
        PIV_CTO,
        "Exercice technique Pivolt",
        ("assessment", "Pivolt", "Développeur Backend (Python/FastAPI)", 7, "direct", "fr"),
        text="""Salut Antoine,

Merci pour l'appel de mardi. Comme promis, voici l'exercice à la maison : une petite API FastAPI qui agrège des relevés de compteurs (le sujet est dans le repo ci-dessous, README inclus). Compte 3-4h max, pas besoin de tout finir, on regarde surtout la structure et les tests.

https://github.com/pivolt-hiring/take-home-meter-api (accès invité envoyé sur ton GitHub)

Renvoie-moi le lien de ton repo quand tu veux, idéalement avant le 8 décembre.

Yannick
CTO @ Pivolt""",
    ),
    m(
        "p3",
        "2025-12-10 09:12",
        PIV_CTO,
        "Re: Exercice technique Pivolt",
        ("interview", "Pivolt", "Développeur Backend (Python/FastAPI)", 7, "direct", "fr"),
        text="""Top Antoine, on a lu ton rendu avec Inès : très propre, et la partie sur l'idempotence des imports nous a plu.

On te propose l'entretien technique (restitution de l'exercice + discussion archi) vendredi 12/12 à 10h en visio. Invitation jointe.

Yannick

> Le 7 déc. 2025 à 21:47, Antoine Mbappé-Laurent <antoine.mbl@laposte.net> a écrit :
> Bonsoir Yannick, voici mon rendu : https://github.com/amlaurent/meter-api
> Bonne soirée""",
        **reply("p2", PIV_CTO),
        ics={
            "uid": "pivolt-tech-1212@pivolt.energy",
            "start": "2025-12-12 10:00:00 +0100",
            "minutes": 75,
            "organizer": ("Yannick Ferrand", "yannick.ferrand@pivolt.energy"),
            "summary": "Pivolt - entretien technique Antoine",
            "location": "https://meet.google.com/pvt-kdsa-xme",
        },
    ),
    m(
        "p4",
        "2025-12-16 18:30",
        "Margaux Delcourt <margaux@pivolt.energy>",
        "Rencontre avec l'équipe Pivolt",
        ("interview", "Pivolt", "Développeur Backend (Python/FastAPI)", 7, "direct", "fr"),
        text="""Bonjour Antoine,

Yannick m'a transmis son retour très positif ! Dernière étape : une demi-journée avec l'équipe dans nos bureaux de la Croix-Rousse le lundi 5 janvier (9h30-13h), avec un déjeuner ensemble pour finir.

Dis-moi si la date te convient.

Margaux
Office & People Manager - Pivolt""",
    ),
    m(
        "p5",
        "2026-01-08 17:55",
        "Margaux Delcourt <margaux@pivolt.energy>",
        "Proposition d'embauche - Développeur Backend",
        ("offer", "Pivolt", "Développeur Backend (Python/FastAPI)", 7, "direct", "fr"),
        text="""Bonjour Antoine,

Suite à ta journée avec l'équipe, nous avons le plaisir de te faire une proposition d'embauche pour le poste de Développeur Backend :

- CDI, statut cadre, forfait jours
- Rémunération : 54 K€ bruts annuels + 3 K€ de variable sur objectifs d'équipe
- BSPCE selon le plan 2026
- Télétravail : 3 jours par semaine
- Date de démarrage souhaitée : 2 février 2026

Tu as jusqu'au 16 janvier pour nous donner ta réponse. N'hésite pas à m'appeler si tu as des questions.

Margaux""",
    ),
    m(
        "p6",
        "2026-01-15 11:02",
        "Margaux Delcourt <margaux@pivolt.energy>",
        "Ta promesse d'embauche signée - bienvenue !",
        ("offer", "Pivolt", "Développeur Backend (Python/FastAPI)", 7, "direct", "fr"),
        st="accepted",
        text="""Antoine,

On a bien reçu ta promesse d'embauche signée, bienvenue chez Pivolt !! 🎉

Tu recevras la semaine prochaine ton contrat de travail et les infos pratiques pour ton arrivée le 2 février (ordinateur, accès, mutuelle).

Toute l'équipe a hâte,
Margaux""",
        attach=[
            (
                "Promesse_embauche_AMbappeLaurent_signee.pdf",
                "application/pdf",
                "%PDF-1.4 placeholder",
            )
        ],
    ),
    m(
        "p7",
        "2026-01-27 10:00",
        "Margaux Delcourt <margaux@pivolt.energy>",
        "Ton arrivée le 2 février : infos pratiques",
        ("other_job", "Pivolt", "Développeur Backend (Python/FastAPI)", None, "direct", "fr"),
        text="""Salut Antoine,

Quelques infos avant ton premier jour :
- rendez-vous à 9h30 au 14 rue d'Austerlitz, 3e étage
- ton MacBook sera prêt, pense à ta pièce d'identité et ton RIB pour la DPAE et la paie
- merci de remplir le formulaire mutuelle (lien Alan envoyé séparément)

À lundi !
Margaux""",
    ),
    # 8 Transalp Logistique, HelloWork
    m(
        "h1",
        "2025-10-06 08:47",
        "HelloWork <candidature@hellowork.com>",
        "Votre candidature a été transmise à Transalp Logistique",
        (
            "confirmation",
            "Transalp Logistique",
            "Développeur Back-End PHP/Symfony",
            8,
            "other",
            "fr",
        ),
        html="""<html><body><table style="width:100%;max-width:600px;font-family:Arial">
<tr><td><p>Bonjour Antoine,</p>
<p>Votre candidature pour l'offre <b>Développeur Back-End PHP/Symfony H/F - CDI - Saint-Priest (69)</b> a été transmise au recruteur <b>Transalp Logistique</b>.</p>
<p>Vous serez notifié dès que le recruteur consultera votre CV.</p>
<p><a href="https://www.hellowork.com/fr-fr/candidat/candidatures.html">Mes candidatures</a></p>
<p style="font-size:10px;color:#777">HelloWork - Rennes. Gérer mes préférences e-mail.</p></td></tr></table></body></html>""",
    ),
    m(
        "h2",
        "2025-10-21 14:33",
        "Transalp Logistique <recrutement@transalp-logistique.fr>",
        "Réponse à votre candidature",
        ("rejection", "Transalp Logistique", "Développeur Back-End PHP/Symfony", 8, "other", "fr"),
        text="""Bonjour,

Nous avons bien reçu votre candidature pour le poste de Développeur Back-End PHP/Symfony et vous remercions de l'intérêt porté à notre société.

Après examen attentif, votre profil ne correspond pas aux besoins actuels du poste, pour lequel une expérience significative sur Symfony est indispensable.

Nous vous souhaitons pleine réussite dans vos démarches.

Service RH - Transalp Logistique""",
    ),
    # 9 Groupe Méridienne via APEC, ghosted
    m(
        "ap1",
        "2025-09-29 12:10",
        "APEC <ne-pas-repondre@apec.fr>",
        "Confirmation de votre candidature - offre 175643821W",
        ("confirmation", "Groupe Méridienne", "Développeur Backend Node.js", 9, "other", "fr"),
        text="""Bonjour Antoine Mbappé-Laurent,

Votre candidature à l'offre « Développeur Backend Node.js H/F » (réf. 175643821W) publiée par GROUPE MERIDIENNE a bien été envoyée.

Retrouvez le suivi de vos candidatures dans votre espace Apec.

L'Apec vous souhaite une bonne recherche.
Ceci est un message automatique.""",
    ),
    # 10 Sikoya via Indeed
    m(
        "i1",
        "2025-09-12 19:22",
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyée : Développeur Python Backend",
        ("confirmation", "Sikoya", "Développeur Python Backend", 10, "indeed", "fr"),
        html="""<html><body><div style="font-family:Arial;max-width:600px">
<p><b>Candidature envoyée</b></p>
<p>Développeur Python Backend<br>Sikoya - Villeurbanne (69)</p>
<p>Les éléments suivants ont été envoyés à Sikoya : CV, coordonnées.</p>
<p>Bonne chance !</p>
<p style="font-size:11px;color:#666">Indeed vous envoie cet e-mail car vous avez postulé via Indeed. © 2025 Indeed</p></div></body></html>""",
    ),
    m(
        "i2",
        "2025-10-03 10:48",
        "Hugo Ballester <hugo@sikoya.fr>",
        "Poste Développeur Python",
        ("rejection", "Sikoya", "Développeur Python Backend", 10, "direct", "fr"),
        text="""Bonjour Antoine,

Merci pour ta candidature via Indeed. On a finalement décidé de recruter en interne (un alternant qu'on passe en CDI), donc on ne va pas pouvoir avancer avec toi.

Bon courage pour la suite,
Hugo - cofondateur Sikoya""",
    ),
    # 11 Datawise via LinkedIn, viewed, ghosted
    m(
        "l1",
        "2025-10-13 15:02",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Antoine, votre candidature a été envoyée à Datawise",
        ("confirmation", "Datawise", "Software Engineer Backend", 11, "linkedin", "fr"),
        html="""<html><body><table width="100%"><tr><td style="font-family:-apple-system,Arial">
<p>Votre candidature a été envoyée à Datawise</p>
<p><b>Software Engineer Backend</b><br>Datawise · Paris (Hybride)</p>
<p>Candidature envoyée le 13 oct. 2025</p>
<p><a href="https://www.linkedin.com/jobs/view/4310982211">Voir l'offre</a></p>
<p style="color:#666;font-size:12px">Cet e-mail était destiné à Antoine Mbappé-Laurent (Développeur Backend). LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "l2",
        "2025-10-16 08:31",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Votre candidature a été consultée par Datawise",
        ("viewed", "Datawise", "Software Engineer Backend", 11, "linkedin", "fr"),
        html="""<html><body><p>Bonne nouvelle, Antoine !</p>
<p>Datawise a consulté votre candidature pour <b>Software Engineer Backend</b>.</p>
<p>Ce n'est pas une garantie de réponse, mais c'est bon signe.</p>
<p><a href="https://www.linkedin.com/my-items/saved-jobs/?cardType=APPLIED">Suivre mes candidatures</a></p></body></html>""",
    ),
    # 12 Ferrolia via Workable: entretien puis désistement
    m(
        "f1",
        "2025-11-05 16:40",
        "Ferrolia <noreply@candidates.workablemail.com>",
        "Merci d'avoir postulé chez Ferrolia",
        ("confirmation", "Ferrolia", "Backend Developer (Rust/Python)", 12, "workable", "fr"),
        text="""Bonjour Antoine,

Merci pour votre intérêt pour le poste Backend Developer (Rust/Python) chez Ferrolia. Votre candidature a bien été reçue.

Notre équipe l'examinera et reviendra vers vous si votre profil correspond à nos besoins.

Cordialement,
Ferrolia Hiring Team

Propulsé par Workable""",
    ),
    m(
        "f2",
        "2025-11-13 09:55",
        "Ferrolia <noreply@candidates.workablemail.com>",
        "Ferrolia - planifions un entretien",
        ("interview", "Ferrolia", "Backend Developer (Rust/Python)", 12, "workable", "fr"),
        text="""Bonjour Antoine,

Nous aimerions échanger avec vous au sujet du poste Backend Developer (Rust/Python). Merci de choisir un créneau de 45 minutes pour un premier entretien avec Thomas, notre Head of Engineering :

https://apply.workable.com/ferrolia/j/9A3C21F0E7/schedule

À bientôt,
Ferrolia""",
    ),
    m(
        "f3",
        "2025-12-19 10:17",
        "Thomas Girardin <thomas.girardin@ferrolia.com>",
        "Re: Retrait de ma candidature",
        ("confirmation", "Ferrolia", "Backend Developer (Rust/Python)", 12, "direct", "fr"),
        st="withdrawn",
        text="""Bonjour Antoine,

Bien noté, merci de nous avoir prévenus. Je comprends tout à fait, et je retire votre candidature du processus.

Au plaisir de se recroiser, et bonne continuation !
Thomas

Le jeu. 18 déc. 2025 à 22:04, Antoine Mbappé-Laurent a écrit :
> Bonjour Thomas,
> Je préfère retirer ma candidature : j'avance sur un autre processus qui correspond mieux à ce que je recherche (Lyon, moins de déplacements). Merci pour les échanges très sympas.
> Antoine""",
    ),
    # 13 Nexaris via SmartRecruiters
    m(
        "n1",
        "2025-10-09 11:11",
        "Nexaris <noreply@smartrecruiters.com>",
        "Nexaris : nous avons bien reçu votre candidature",
        (
            "confirmation",
            "Nexaris",
            "Ingénieur Logiciel Backend - Plateforme IoT",
            13,
            "smartrecruiters",
            "fr",
        ),
        text="""Bonjour Antoine,

Merci d'avoir postulé à l'offre Ingénieur Logiciel Backend - Plateforme IoT (Meylan). Votre candidature est entre de bonnes mains : notre équipe de recrutement l'examinera dans les meilleurs délais.

Cordialement,
L'équipe Talent Acquisition Nexaris""",
    ),
    m(
        "n2",
        "2025-11-20 07:58",
        "Nexaris <noreply@smartrecruiters.com>",
        "Mise à jour concernant votre candidature chez Nexaris",
        (
            "rejection",
            "Nexaris",
            "Ingénieur Logiciel Backend - Plateforme IoT",
            13,
            "smartrecruiters",
            "fr",
        ),
        text="""Bonjour Antoine,

Nous vous remercions de l'intérêt que vous avez manifesté pour le poste Ingénieur Logiciel Backend - Plateforme IoT.

Après une étude approfondie de votre dossier, nous sommes au regret de vous informer que nous avons décidé de poursuivre avec d'autres candidats dont le profil correspond plus étroitement aux exigences du poste.

Nous vous souhaitons beaucoup de succès dans vos projets professionnels.

L'équipe Talent Acquisition Nexaris""",
    ),
    # 15 Orbicom mission via Malt
    m(
        "ml1",
        "2025-10-27 13:25",
        "Malt <hello@malt.com>",
        "Votre proposition a bien été envoyée à Orbicom",
        ("confirmation", "Orbicom", "Mission freelance Django REST (3 mois)", 15, "other", "fr"),
        text="""Bonjour Antoine,

Votre proposition pour la mission « Refonte API Django REST (3 mois, 2j/semaine) » a été envoyée à Orbicom. Le client vous répondra directement via la messagerie Malt.

Rappel : votre TJM proposé est de 480 €.

L'équipe Malt""",
    ),
    m(
        "ml2",
        "2025-11-04 09:06",
        "Malt <hello@malt.com>",
        "Orbicom a répondu à votre proposition",
        ("rejection", "Orbicom", "Mission freelance Django REST (3 mois)", 15, "other", "fr"),
        text="""Bonjour Antoine,

Orbicom a décliné votre proposition pour la mission « Refonte API Django REST ».

Message du client : « Merci Antoine, nous avons retenu un freelance disponible immédiatement à temps plein. Bonne continuation. »

D'autres missions vous attendent sur Malt.
L'équipe Malt""",
    ),
    # 16 Octave Health, Greenhouse (Paris, remote-friendly): offre déclinée
    m(
        "o1",
        "2025-11-17 20:04",
        "Octave Health <no-reply@us.greenhouse-mail.io>",
        "Merci pour votre candidature chez Octave Health",
        (
            "confirmation",
            "Octave Health",
            "Backend Engineer - Remote France",
            16,
            "greenhouse",
            "fr",
        ),
        text="""Bonjour Antoine,

Merci pour votre intérêt pour Octave Health ! Nous avons bien reçu votre candidature pour le poste Backend Engineer - Remote France et nous l'étudions avec attention.

Si votre profil correspond, un membre de notre équipe Talent vous contactera pour la suite.

Bien à vous,
L'équipe Octave Health""",
    ),
    m(
        "o2",
        "2025-11-26 14:50",
        "Pauline Sorel <pauline.sorel@octave-health.fr>",
        "Octave Health - entretien technique",
        ("interview", "Octave Health", "Backend Engineer - Remote France", 16, "direct", "fr"),
        text="""Bonjour Antoine,

Suite à votre échange avec Julien, je vous confirme votre entretien technique le 3 décembre à 16h (1h, Google Meet) avec deux ingénieurs de l'équipe Dossier Patient. Au programme : live coding léger en Python et questions de conception.

L'invitation suit par Greenhouse.

Pauline Sorel
Talent Partner, Octave Health""",
    ),
    m(
        "o3",
        "2026-01-09 12:20",
        "Pauline Sorel <pauline.sorel@octave-health.fr>",
        "Votre offre Octave Health",
        ("offer", "Octave Health", "Backend Engineer - Remote France", 16, "direct", "fr"),
        text="""Bonjour Antoine,

Je suis ravie de vous transmettre notre offre pour le poste de Backend Engineer (full remote, France) : 58 K€ fixe, 2 000 BSPCE, 2 déplacements par trimestre à Paris pris en charge.

Vous trouverez la lettre d'offre en pièce jointe. Pouvez-vous nous faire un retour d'ici au 19 janvier ?

Bien à vous,
Pauline""",
        attach=[
            ("Octave_Health_offre_AMbappeLaurent.pdf", "application/pdf", "%PDF-1.4 placeholder")
        ],
    ),
    m(
        "o4",
        "2026-01-16 09:40",
        "Pauline Sorel <pauline.sorel@octave-health.fr>",
        "Re: Votre offre Octave Health",
        ("offer", "Octave Health", "Backend Engineer - Remote France", 16, "direct", "fr"),
        st="declined",
        text="""Bonjour Antoine,

Merci pour votre message et votre transparence, même si nous sommes évidemment déçus. Je prends bonne note de votre décision de décliner notre offre, et je comprends l'envie de rejoindre une équipe sur place à Lyon.

Belle aventure chez Pivolt, et n'hésitez pas à revenir vers nous !

Pauline

> Bonjour Pauline, après réflexion je vais décliner votre proposition : j'ai accepté une offre à Lyon...""",
        **reply("o3", "Pauline Sorel <pauline.sorel@octave-health.fr>"),
    ),
    # 17 Tramway Labs: the CTO writes from his personal address
    m(
        "t1",
        "2025-12-01 21:48",
        "Bastien Morel <bastien.morel.dev@gmail.com>",
        "Tramway Labs / backend",
        ("interview", "Tramway Labs", "Lead Developer Backend", 17, "direct", "fr"),
        text="""Salut Antoine,

Je t'écris de mon adresse perso, notre domaine est encore en cours de migration 😅 J'ai eu ton CV par la candidature sur notre page Welcome to the Jungle (on l'a reçu par mail d'ailleurs, pas via la plateforme).

Je suis CTO de Tramway Labs, on cherche notre premier lead backend. Ça te dit un café jeudi 4 à 8h30 au Café Mokxa (Presqu'île) pour en parler ?

Bastien""",
    ),
    m(
        "t2",
        "2025-12-08 19:15",
        "Bastien Morel <bastien.morel.dev@gmail.com>",
        "Re: Tramway Labs / backend",
        ("interview", "Tramway Labs", "Lead Developer Backend", 17, "direct", "fr"),
        text="""Merci pour le café, c'était top. Si tu es ok, on fait une deuxième session avec mon associée Clara (produit) la semaine prochaine, mardi 16 à 18h en visio ? Je t'envoie le lien.

B.

Le jeu. 4 déc. 2025 à 10:02, Antoine Mbappé-Laurent a écrit :
> Merci Bastien, ravi d'avoir échangé. Dispo pour la suite !""",
        **reply("t1", "Bastien Morel <bastien.morel.dev@gmail.com>"),
    ),
    m(
        "t3",
        "2026-01-05 08:12",
        "Bastien Morel <bastien.morel.dev@gmail.com>",
        "Re: Tramway Labs / backend",
        ("rejection", "Tramway Labs", "Lead Developer Backend", 17, "direct", "fr"),
        text="""Salut Antoine,

Bonne année ! Je voulais te tenir au courant : après la levée qui a glissé, on a décidé de repousser le recrutement d'un lead et de prendre d'abord un freelance. Donc on s'arrête là pour l'instant, désolé de ne pas avoir une meilleure nouvelle.

Si ça repart au printemps, je te fais signe en premier.

Bastien""",
        **reply("t1", "Bastien Morel <bastien.morel.dev@gmail.com>"),
    ),
    # 18 Canut Paiements via WTTJ, ghosted
    m(
        "cp1",
        "2025-12-03 22:41",
        WTTJ,
        "Votre candidature chez Canut Paiements a bien été envoyée",
        ("confirmation", "Canut Paiements", "Développeur·se Backend Kotlin", 18, "other", "fr"),
        html="""<html><body style="font-family:Arial"><p>Bonjour Antoine,</p>
<p>Vous avez postulé au poste <b>Développeur·se Backend Kotlin</b> chez <b>Canut Paiements</b>. Votre candidature a bien été transmise.</p>
<p>Les entreprises répondent en moyenne sous 12 jours.</p>
<p><a href="https://www.welcometothejungle.com/fr/me/applications">Mes candidatures</a></p></body></html>""",
    ),
    # 19 Talentia Partners (recruitment firm, Free-Work ad): client Mutuelle Saône-Loire, withdrawn
    m(
        "tp1",
        "2026-01-19 10:30",
        "Romain Pichon <romain.pichon@talentia-partners.fr>",
        "Votre candidature - Développeur Backend Java H/F (réf. TP-4471)",
        ("confirmation", "Mutuelle Saône-Loire", "Développeur Backend Java", 19, "agency", "fr"),
        text="""Bonjour Antoine,

Merci pour votre candidature à notre annonce Free-Work réf. TP-4471. Comme évoqué au téléphone, le poste est chez notre client Mutuelle Saône-Loire (Lyon 7e) : CDI, équipe de 8, Java 21 / Spring Boot.

Je transmets votre dossier cette semaine et reviens vers vous.

Romain Pichon
Consultant recrutement IT - Talentia Partners""",
    ),
    m(
        "tp2",
        "2026-02-03 16:45",
        "Romain Pichon <romain.pichon@talentia-partners.fr>",
        "Retrait candidature Mutuelle Saône-Loire",
        ("confirmation", "Mutuelle Saône-Loire", "Développeur Backend Java", 19, "agency", "fr"),
        st="withdrawn",
        text="""Bonjour Antoine,

Félicitations pour votre nouveau poste ! J'ai bien informé la Mutuelle Saône-Loire de votre retrait, votre candidature est close de notre côté.

Au plaisir,
Romain""",
    ),
]

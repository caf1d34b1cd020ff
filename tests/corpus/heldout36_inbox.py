# ruff: noqa: E501
"""Corpus 36, the rest of the inbox: job alerts, then ordinary Lyon mail and look-alikes."""

from __future__ import annotations

from typing import Any

from heldout3_util import m as _m
from heldout3_util import reply


def m(key: str, date: str, *a: Any, **kw: Any) -> dict[str, Any]:
    kw.setdefault("tz", "+0200" if date < "2025-10-26" else "+0100")
    return _m(key, date, *a, **kw)


def nj(lang: str) -> tuple[str, str]:
    return ("not_job", lang)


AL = ("alert", None, None, None, "other", "fr")
MAMAN = "Françoise Laurent <francoise.laurent38@orange.fr>"
AGENCE = "Cabinet Gerbaud Immobilier <location@gerbaud-immo.fr>"

MAIL: list[dict[str, Any]] = [
    # --- job alerts ---
    m(
        "al-w1",
        "2025-09-04 07:30",
        "Welcome to the Jungle <alerts@welcometothejungle.com>",
        "12 nouvelles offres pour « Backend Python » à Lyon",
        AL,
        html="""<html><body><h3>Vos nouvelles offres</h3><ul>
<li><b>Développeur Backend Python</b> - Brindille - Lyon</li><li><b>Software Engineer</b> - Kleos - Lyon</li>
<li><b>Backend Developer</b> - Pivolt - Lyon / Télétravail partiel</li><li>... et 9 autres</li></ul>
<p><a href="https://www.welcometothejungle.com/fr/jobs">Voir toutes les offres</a></p>
<p style="font-size:10px">Modifier mon alerte</p></body></html>""",
    ),
    m(
        "al-w2",
        "2025-11-20 07:31",
        "Welcome to the Jungle <alerts@welcometothejungle.com>",
        "Elles recrutent cette semaine : Pivolt, Canut Paiements, Oxalide...",
        AL,
        html="""<html><body><p>Antoine, voici les offres qui correspondent à votre alerte « Développeur backend - Lyon ».</p>
<p><b>Développeur Backend (Python/FastAPI)</b> · Pivolt · CDI · Lyon</p><p><b>Développeur·se Backend Kotlin</b> · Canut Paiements · CDI · Lyon</p>
<p><a href="https://www.welcometothejungle.com/fr/jobs">Voir plus</a></p></body></html>""",
    ),
    m(
        "al-a1",
        "2025-09-22 06:05",
        "APEC <offres@apec.fr>",
        "Votre alerte : 8 nouvelles offres Développeur backend",
        ("alert", None, None, None, "other", "fr"),
        text="""Bonjour Antoine,

8 nouvelles offres correspondent à votre recherche « Développeur backend - Rhône (69), Isère (38) » :

- Développeur Backend Node.js H/F - GROUPE MERIDIENNE - Lyon 3e - 45-52 k€
- Ingénieur Développement Java H/F - CYPRES IT - Lyon 2e - 48-55 k€
- Développeur Python H/F - Confidentiel - Grenoble
...

Consultez toutes les offres sur apec.fr
Pour ne plus recevoir cette alerte, rendez-vous dans votre espace.""",
    ),
    m(
        "al-a2",
        "2025-12-15 06:04",
        "APEC <offres@apec.fr>",
        "3 offres récentes pour vous",
        AL,
        text="""Bonjour Antoine,

Découvrez les dernières offres de cadres correspondant à votre alerte :
- Lead Developer Backend H/F - Lyon 7e - 55-62 k€
- Architecte logiciel H/F - Villeurbanne
- Développeur Go H/F - Grenoble

Voir les offres : https://www.apec.fr/candidat/mon-espace/mes-alertes.html""",
    ),
    m(
        "al-i1",
        "2025-10-01 08:12",
        "Indeed <alert@indeed.com>",
        "Développeur Python - Lyon (69) : 23 nouveaux emplois",
        ("alert", None, None, None, "indeed", "fr"),
        html="""<html><body><p>23 nouveaux emplois pour <b>développeur python</b> à Lyon (69)</p>
<p><a href="https://fr.indeed.com/viewjob?jk=a1b2">Développeur Python Backend</a><br>Sikoya - Villeurbanne - Candidature simplifiée</p>
<p><a href="https://fr.indeed.com/viewjob?jk=c3d4">Développeur Django</a><br>Datagora - Lyon 6e</p>
<p style="font-size:11px">Vous recevez cet e-mail car vous vous êtes abonné aux alertes emploi Indeed.</p></body></html>""",
    ),
    m(
        "al-i2",
        "2026-01-20 08:10",
        "Indeed <alert@indeed.com>",
        "Nouveaux emplois : backend developer, Genève",
        ("alert", None, None, None, "indeed", "fr"),
        html="""<html><body><p>Les derniers emplois pour <b>backend developer</b> à Genève</p>
<p>Backend Engineer - Solvane - Genève - CHF 120'000-135'000</p><p>Senior Backend Engineer - Alpenfeld Systems SA - Genève</p></body></html>""",
    ),
    m(
        "al-l1",
        "2025-10-09 18:40",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "« backend engineer » : 15 nouvelles offres à Paris et en télétravail",
        ("alert", None, None, None, "linkedin", "fr"),
        html="""<html><body><p>Votre alerte emploi pour <b>backend engineer</b> en France (télétravail)</p>
<p>Backend Engineer - Remote France · Octave Health · 2 anciens collègues travaillent ici</p>
<p>Backend Engineer, Payments (EMEA Remote) · Northbeam · Candidature simple</p>
<p><a href="https://www.linkedin.com/jobs/search/">Voir toutes les offres</a></p></body></html>""",
    ),
    m(
        "al-l2",
        "2025-11-08 18:41",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "New jobs similar to Backend Developer (Scala) at Tervuren Analytics",
        ("alert", None, None, None, "linkedin", "en"),
        html="""<html><body><p>Jobs similar to Backend Developer (Scala) in Brussels Region</p>
<p>Senior Backend Engineer · Brabo Cloud · Brussels (Hybrid)</p><p>Software Engineer · Ghent Robotics · Ghent</p></body></html>""",
    ),
    m(
        "al-h1",
        "2025-10-14 09:00",
        "HelloWork <alertes@hellowork.com>",
        "Antoine, 5 offres Développeur à Saint-Priest et alentours",
        AL,
        html="""<html><body><p>Vos offres du jour</p><p>Développeur Back-End PHP/Symfony H/F - CDI - Saint-Priest</p>
<p>Développeur Full Stack H/F - CDI - Vénissieux</p><p><a href="https://www.hellowork.com/">Voir les offres</a></p></body></html>""",
    ),
    m(
        "al-fw1",
        "2025-10-23 12:00",
        "Free-Work <noreply@free-work.com>",
        "Nouvelles missions freelance et offres CDI : Python, Lyon",
        AL,
        text="""Bonjour Antoine,

Voici les nouvelles opportunités correspondant à votre recherche :
[Freelance] Développeur Python/Django - Lyon - 450-520 €/j - 6 mois
[CDI] Développeur Backend Java H/F - Lyon 7e - réf. TP-4471
[Freelance] Data Engineer Python - Grenoble - 500 €/j

Retrouvez toutes les offres sur free-work.com""",
    ),
    m(
        "al-m1",
        "2025-12-09 10:15",
        "Malt <hello@malt.com>",
        "3 nouveaux projets pourraient vous intéresser",
        AL,
        text="""Bonjour Antoine,

Des clients recherchent des freelances comme vous :
- Développement d'une API Python (FastAPI) - 20 jours - remote
- Audit performance PostgreSQL - 5 jours - Lyon
- Renfort équipe backend Django - 3 mois

Découvrir les projets sur Malt""",
    ),
    m(
        "wttj-nl",
        "2025-10-30 11:00",
        "Welcome to the Jungle <newsletter@welcometothejungle.com>",
        "Comment réussir son entretien technique ? Nos conseils de CTO",
        ("other_job", None, None, None, "other", "fr"),
        html="""<html><body><h2>Le Mag - Spécial entretien technique</h2><p>Live coding, take-home, system design : 5 CTO nous expliquent ce qu'ils attendent vraiment des candidats.</p>
<p>+ Salaires des devs backend en 2025 : le baromètre</p><p><a href="https://www.welcometothejungle.com/fr/articles">Lire</a></p></body></html>""",
    ),
    m(
        "apec-rdv",
        "2025-10-04 10:00",
        "APEC <ne-pas-repondre@apec.fr>",
        "Atelier Apec : valoriser son profil LinkedIn - 14 octobre",
        ("other_job", None, None, None, "other", "fr"),
        text="""Bonjour Antoine,

Votre inscription à l'atelier collectif « Valoriser son profil sur LinkedIn » est confirmée :
mardi 14 octobre 2025, 9h30-12h, centre Apec de Lyon (Part-Dieu).

À bientôt,
Votre consultante Apec""",
    ),
    m(
        "ft1",
        "2025-09-03 14:20",
        "France Travail <ne-pas-repondre@francetravail.fr>",
        "Votre rendez-vous avec votre conseiller",
        ("other_job", None, None, None, "other", "fr"),
        text="""Bonjour Monsieur MBAPPE-LAURENT,

Vous êtes convoqué à un entretien de suivi avec votre conseiller le jeudi 11 septembre 2025 à 10h15, agence de Lyon Vaise.

En cas d'empêchement, prévenez votre conseiller depuis votre espace personnel.

France Travail""",
    ),
    m(
        "cg-nl",
        "2025-11-12 16:00",
        "CodinGame <coders@codingame.com>",
        "Le Fall Challenge 2025 commence jeudi !",
        nj("fr"),
        text="""Salut amlaurent,

Le Fall Challenge 2025 démarre ce jeudi à 16h. 10 jours pour coder la meilleure IA, ligues, classement mondial et goodies pour le top 100.

Inscris-toi : https://www.codingame.com/contests
L'équipe CodinGame""",
    ),
    m(
        "li-view",
        "2025-10-20 19:00",
        "LinkedIn <messages-noreply@linkedin.com>",
        "Un recruteur de Solvane a consulté votre profil",
        ("other_job", "Solvane", None, None, "linkedin", "fr"),
        html="""<html><body><p>Antoine, votre profil a été consulté par 14 personnes cette semaine, dont un recruteur chez Solvane.</p><p><a href="https://www.linkedin.com/me/profile-views/">Voir qui</a></p></body></html>""",
    ),
    m(
        "sr-tc",
        "2025-11-20 08:00",
        "Nexaris <noreply@smartrecruiters.com>",
        "Restez connecté avec Nexaris",
        ("other_job", "Nexaris", None, None, "smartrecruiters", "fr"),
        text="""Bonjour Antoine,

Merci d'avoir rejoint notre réseau de talents. Nous vous enverrons les nouvelles offres Nexaris correspondant à vos critères (Backend, Isère).

L'équipe Talent Acquisition Nexaris""",
    ),
    # --- look-alikes: the flat in Lyon 4e ---
    m(
        "flat1",
        "2025-09-09 18:30",
        AGENCE,
        "Votre candidature pour l'appartement T3 - rue d'Austerlitz",
        nj("fr"),
        text="""Bonjour Monsieur Mbappé-Laurent,

Nous avons bien reçu votre dossier de candidature pour le T3 de 68 m² situé 22 rue d'Austerlitz (Lyon 4e), loyer 1 120 € CC.

Pièces manquantes : vos trois derniers bulletins de salaire et l'avis d'imposition 2025 de votre garant.

Cordialement,
Mme Gerbaud - Cabinet Gerbaud Immobilier""",
    ),
    m(
        "flat2",
        "2025-09-18 12:05",
        AGENCE,
        "Dossier locatif - réponse du propriétaire",
        nj("fr"),
        text="""Bonjour Monsieur,

Nous avons le plaisir de vous informer que votre candidature a été retenue par le propriétaire. Nous vous proposons la signature du bail et l'état des lieux d'entrée le 1er octobre à 10h.

Merci de prévoir le dépôt de garantie (1 050 €) par virement.

Cordialement,
Cabinet Gerbaud Immobilier""",
        ics={
            "uid": "edl-austerlitz-1001@gerbaud-immo.fr",
            "start": "2025-10-01 10:00:00 +0200",
            "minutes": 90,
            "organizer": ("Cabinet Gerbaud", "location@gerbaud-immo.fr"),
            "summary": "État des lieux d'entrée - 22 rue d'Austerlitz",
            "location": "22 rue d'Austerlitz, 69004 Lyon",
        },
    ),
    m(
        "flat3",
        "2025-09-12 09:14",
        "DossierFacile <contact@dossierfacile.logement.gouv.fr>",
        "Votre dossier DossierFacile est validé",
        nj("fr"),
        text="""Bonjour Antoine,

Bonne nouvelle : votre dossier locataire a été vérifié et validé. Vous pouvez maintenant le partager avec les propriétaires et agences grâce à votre lien personnel.

L'équipe DossierFacile""",
    ),
    m(
        "flat4",
        "2025-11-06 17:12",
        AGENCE,
        "Avis d'échéance - novembre 2025",
        nj("fr"),
        text="""Madame, Monsieur,

Veuillez trouver ci-joint votre avis d'échéance pour la période du 01/11/2025 au 30/11/2025. Montant : 1 120,00 €.

Cabinet Gerbaud Immobilier""",
    ),
    # school application for the daughter
    m(
        "school1",
        "2025-11-18 14:00",
        "Ecole Montessori Les Pentes <inscriptions@montessori-lespentes.fr>",
        "Votre dossier de candidature pour Léna - rentrée 2026",
        nj("fr"),
        text="""Bonjour Monsieur Mbappé-Laurent,

Nous avons bien reçu le dossier de candidature de Léna pour la classe 3-6 ans (rentrée septembre 2026). Nous vous proposons un entretien avec la directrice et une matinée d'observation en classe.

Créneaux proposés : samedi 6 ou samedi 13 décembre, 9h.

Bien cordialement,
Le secrétariat""",
    ),
    m(
        "school2",
        "2026-01-28 16:30",
        "Ecole Montessori Les Pentes <inscriptions@montessori-lespentes.fr>",
        "Admission de Léna - confirmation",
        nj("fr"),
        text="""Bonjour,

Nous avons le plaisir de vous confirmer l'admission de Léna pour la rentrée 2026. Le contrat de scolarité et l'échéancier vous seront envoyés en mars.

Le secrétariat""",
    ),
    m(
        "creche",
        "2025-09-15 11:00",
        "Mairie de Lyon <no-reply@lyon.fr>",
        "Demande de place en crèche - dossier n°2025-14421",
        nj("fr"),
        text="""Bonjour,

Votre demande de place en établissement d'accueil du jeune enfant a bien été enregistrée. La commission d'attribution du 4e arrondissement se réunira en novembre.

Ville de Lyon - Direction de l'Enfance""",
    ),
    # marketing "offres"
    m(
        "mk1",
        "2025-09-26 10:00",
        "SNCF Connect <newsletter@sncf-connect.com>",
        "Offre flash : Lyon ↔ Paris dès 19 €",
        nj("fr"),
        html="""<html><body><h2>Offre flash ⚡</h2><p>Cette semaine seulement, vos billets TGV INOUI Lyon - Paris dès 19 €. Réservez avant dimanche minuit.</p><p><a href="https://www.sncf-connect.com">J'en profite</a></p></body></html>""",
    ),
    m(
        "mk2",
        "2025-11-28 08:00",
        "Fnac <fnac@newsletter.fnac.com>",
        "Black Friday : nos meilleures offres jusqu'à -50 %",
        nj("fr"),
        html="""<html><body><p>Black Friday chez Fnac : TV, casques, ordinateurs... jusqu'à -50 % sur une sélection. Offre valable jusqu'au 1er décembre.</p></body></html>""",
    ),
    m(
        "mk3",
        "2025-10-15 09:30",
        "Free <offres@free.fr>",
        "Antoine, une offre exclusive rien que pour vous",
        nj("fr"),
        text="""Bonjour Antoine,

En tant qu'abonné Freebox, profitez de notre offre exclusive : le forfait Free 5G à 9,99 €/mois pendant 1 an. Offre réservée aux abonnés Freebox, sans engagement.

Free""",
    ),
    m(
        "mk4",
        "2025-12-03 12:00",
        "Decathlon <news@info.decathlon.fr>",
        "Vos offres de Noël sont là 🎄",
        nj("fr"),
        html="""<html><body><p>Skis, raquettes, doudounes : découvrez nos offres de Noël et profitez de la livraison offerte dès 50 €.</p></body></html>""",
    ),
    m(
        "mk5",
        "2026-01-07 09:00",
        "Boursorama Banque <info@boursorama.fr>",
        "Offre de bienvenue : jusqu'à 150 € offerts",
        nj("fr"),
        text="""Parrainez vos proches et recevez jusqu'à 150 € chacun à l'ouverture de leur compte. Offre soumise à conditions, valable jusqu'au 31 janvier 2026.""",
    ),
    m(
        "mk6",
        "2025-10-08 14:00",
        "JetBrains <marketing@jetbrains.com>",
        "PyCharm Professional: 25% off for a limited time",
        nj("en"),
        html="""<html><body><p>Upgrade to PyCharm Professional and save 25% on your first year. Offer ends October 31.</p></body></html>""",
    ),
    # podcast "entretien", newsletters about hiring, webinar with calendar
    m(
        "pod1",
        "2025-10-16 07:00",
        "Le Podcast des Devs <hello@podcastdesdevs.fr>",
        "Épisode 142 : entretien avec la CTO de Doctolib",
        nj("fr"),
        text="""Hello les devs,

Nouvel épisode ! Entretien avec une CTO qui nous parle de scaler une équipe de 20 à 200 ingénieurs, de recrutement et de dette technique.

Écouter sur Spotify, Apple Podcasts ou sur notre site.

À la semaine prochaine,
Nico & Sarah""",
    ),
    m(
        "pod2",
        "2026-01-15 07:00",
        "Le Podcast des Devs <hello@podcastdesdevs.fr>",
        "Épisode 151 : comment on recrute des devs en 2026 ?",
        nj("fr"),
        text="""Salut à tous,

Cette semaine, on reçoit une talent acquisition manager pour parler du marché de l'emploi tech : moins d'offres, plus de candidats, et des process qui s'allongent. Un épisode pour les recruteurs comme pour les candidats.

Bonne écoute !""",
    ),
    m(
        "nl1",
        "2025-10-02 06:30",
        "Les Echos Start <newsletter@lesechos.fr>",
        "La French Tech gèle ses recrutements",
        nj("fr"),
        html="""<html><body><h2>Start</h2><p>Plans sociaux, gels d'embauches : les startups françaises ralentissent leurs recrutements au second semestre. Enquête.</p></body></html>""",
    ),
    m(
        "nl2",
        "2025-11-05 06:30",
        "Pragmatic Engineer <pragmaticengineer@substack.com>",
        "The state of the tech hiring market, late 2025",
        nj("en"),
        text="""Hi,

In today's issue: what hiring managers told us about the market for backend engineers, why interview loops got longer, and the return of take-home assignments.

Read the full post on Substack.""",
    ),
    m(
        "nl3",
        "2025-12-10 07:00",
        "Journal du Net <newsletter@journaldunet.com>",
        "Recrutement IT : les salaires des développeurs backend en 2026",
        nj("fr"),
        html="""<html><body><p>Salaires tech 2026 : un développeur backend confirmé à Lyon gagne en moyenne 48 K€, contre 55 K€ à Paris. Notre baromètre complet.</p></body></html>""",
    ),
    m(
        "web1",
        "2025-11-10 15:00",
        "Scaleway <events@scaleway.com>",
        "Webinar : déployer des conteneurs serverless - 20 novembre",
        nj("fr"),
        text="""Bonjour Antoine,

Votre inscription au webinar « Serverless Containers en production » est confirmée. Rendez-vous le jeudi 20 novembre à 11h.

L'équipe Scaleway""",
        ics={
            "uid": "scw-webinar-1120@scaleway.com",
            "start": "2025-11-20 11:00:00 +0100",
            "minutes": 45,
            "organizer": ("Scaleway Events", "events@scaleway.com"),
            "summary": "Webinar Scaleway - Serverless Containers",
            "location": "https://scaleway.zoom.us/j/8812",
        },
    ),
    m(
        "web2",
        "2026-02-05 10:00",
        "Datadog <events@datadoghq.com>",
        "You're registered: Observability for Python services",
        nj("en"),
        text="""Hi Antoine,

Thanks for registering for "Observability for Python services". The live session starts Feb 12, 2026, 5:00 PM CET. Add it to your calendar using the attached invite.

Datadog Events""",
        ics={
            "uid": "dd-webinar-0212@datadoghq.com",
            "start": "2026-02-12 17:00:00 +0100",
            "minutes": 60,
            "organizer": ("Datadog Events", "events@datadoghq.com"),
            "summary": "Webinar: Observability for Python services",
        },
    ),
    m(
        "meetup1",
        "2025-09-30 12:00",
        "Meetup <info@meetup.com>",
        "Lyon Python : nouvel événement - Django 6 et async",
        nj("fr"),
        text="""Lyon Python Meetup a programmé un nouvel événement : « Django 6 et l'async en pratique », jeudi 16 octobre à 19h chez Kleos, Lyon 2e. 48 participants.

Réservez votre place sur Meetup.""",
    ),
    m(
        "doc1",
        "2025-10-09 20:00",
        "Doctolib <no-reply@doctolib.fr>",
        "Rappel : RDV le 13/10 avec Dr Moreau",
        nj("fr"),
        text="""Bonjour Antoine,

Rappel de votre rendez-vous : lundi 13 octobre 2025 à 8h45 avec le Dr Claire Moreau, médecin généraliste, 14 rue de Cuire, Lyon 4e.

Doctolib""",
    ),
    m(
        "doc2",
        "2026-01-20 19:00",
        "Doctolib <no-reply@doctolib.fr>",
        "Votre rendez-vous pédiatre pour Léna est confirmé",
        nj("fr"),
        text="""Votre rendez-vous du 27 janvier 2026 à 17h15 avec le Dr Anaïs Roux (pédiatre) est confirmé. Pensez à apporter le carnet de santé.""",
    ),
    # social notifications
    m(
        "li-c1",
        "2025-10-03 09:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Félicitez Julie Martin pour son nouveau poste",
        nj("fr"),
        html="""<html><body><p>Julie Martin a commencé un nouveau poste de Engineering Manager chez Kleos.</p><p><a href="https://www.linkedin.com/feed/">Félicitez-la</a></p></body></html>""",
    ),
    m(
        "li-c2",
        "2025-12-01 09:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Thomas Girard et 3 autres personnes ont commenté votre publication",
        nj("fr"),
        html="""<html><body><p>Votre publication « Retour d'expérience : migrer 40 Celery tasks vers Dramatiq » a reçu 12 réactions et 4 commentaires.</p></body></html>""",
    ),
    m(
        "li-c3",
        "2026-02-03 12:00",
        "LinkedIn <notifications-noreply@linkedin.com>",
        "Antoine, 27 personnes ont réagi à votre nouveau poste",
        nj("fr"),
        html="""<html><body><p>Vos relations vous félicitent pour votre nouveau poste de Développeur Backend chez Pivolt.</p></body></html>""",
    ),
    m(
        "gh1",
        "2025-10-11 21:14",
        "GitHub <notifications@github.com>",
        "[amlaurent/meter-utils] Issue #4: Support for Python 3.13",
        nj("en"),
        text="""kleiber-dev opened an issue: Support for Python 3.13

Installing on 3.13 fails with a deprecation error in setup.py. Any plans to move to pyproject?

--
Reply to this email directly or view it on GitHub.""",
    ),
    m(
        "gh2",
        "2025-12-07 21:50",
        "GitHub <noreply@github.com>",
        "[GitHub] You've been invited to pivolt-hiring/take-home-meter-api",
        nj("en"),
        text="""@ycferrand has invited you to collaborate on the pivolt-hiring/take-home-meter-api repository.

View invitation: https://github.com/pivolt-hiring/take-home-meter-api/invitations""",
    ),
    m(
        "strava",
        "2025-11-02 19:30",
        "Strava <no-reply@strava.com>",
        "Pierre a aimé votre sortie « Tour du Mont d'Or »",
        nj("fr"),
        text="""Pierre Duval a donné un kudos à votre activité « Tour du Mont d'Or » (42,3 km, 780 m D+).""",
    ),
    # family and friends
    m(
        "fam1",
        "2025-09-07 20:15",
        MAMAN,
        "Dimanche à Grenoble ?",
        nj("fr"),
        text="""Coucou mon chéri,

Tu viens déjeuner dimanche avec Léna et Awa ? Papa fait son gratin. Dis-moi vite pour que je prévoie.

Bisous,
Maman""",
    ),
    m(
        "fam2",
        "2025-10-24 21:03",
        MAMAN,
        "Re: Nouvelles",
        nj("fr"),
        text="""Alors, ces entretiens ? Ne te décourage pas, ton père a mis 8 mois à retrouver en 2009 et regarde aujourd'hui.

Je t'embrasse fort

> Le 23 oct. 2025, Antoine a écrit :
> Pas de nouvelles de la banque, et un refus de Brindille... ça avance doucement.""",
    ),
    m(
        "fam3",
        "2025-12-24 10:00",
        MAMAN,
        "Réveillon",
        nj("fr"),
        text="""On vous attend à 19h ce soir ! Awa, n'apporte rien, j'ai tout prévu. Bisous à tous les trois.""",
    ),
    m(
        "fam4",
        "2026-01-15 20:40",
        MAMAN,
        "BRAVO !!!",
        nj("fr"),
        text="""Mon grand, je suis tellement fière de toi ! Papa a déjà tout raconté aux voisins 😄 On fête ça quand vous venez ?""",
    ),
    m(
        "awa1",
        "2025-09-19 12:20",
        "Awa Diallo <awa.diallo.lyon@gmail.com>",
        "Liste courses + clé",
        nj("fr"),
        text="""J'ai laissé la clé de la cave chez la gardienne. Pense à prendre du lait, des couches taille 5 et du pain. Bisous""",
    ),
    m(
        "awa2",
        "2025-11-21 15:45",
        "Awa Diallo <awa.diallo.lyon@gmail.com>",
        "Fwd: Réunion parents crèche",
        nj("fr"),
        text="""Tu peux y aller toi jeudi ? Je suis à Paris.

---------- Forwarded message ---------
De : Crèche Les Petits Canuts <contact@petitscanuts.fr>
Objet : Réunion parents

Bonjour à tous, la réunion de rentrée aura lieu jeudi 27 novembre à 18h30 dans la salle de motricité.""",
    ),
    m(
        "fr1",
        "2025-10-17 18:30",
        "Maxime Rolland <max.rolland@protonmail.com>",
        "Five ce dimanche ?",
        nj("fr"),
        text="""Yo, on a le terrain de Gerland dimanche 10h, il manque deux joueurs. Tu viens ?
Max""",
    ),
    m(
        "fr2",
        "2025-12-12 22:10",
        "Maxime Rolland <max.rolland@protonmail.com>",
        "Re: Entretien",
        nj("fr"),
        text="""Franchement Pivolt c'est une super boîte, un pote y bosse depuis 2 ans. Fonce !

> Le 12 déc. 2025, Antoine a écrit :
> J'ai mon entretien technique ce matin chez Pivolt, ça s'est bien passé je crois""",
    ),
    m(
        "fr3",
        "2026-02-07 11:00",
        "Sarah Benhamou <sarah.benhamou@gmail.com>",
        "Pendaison de crémaillère 🎉",
        nj("fr"),
        text="""Coucou ! On a enfin fini les travaux, on fait une crémaillère samedi 21 février à partir de 19h. Venez avec Léna, il y aura d'autres enfants. Sarah & Yanis""",
    ),
    m(
        "fr4",
        "2025-11-29 10:02",
        "Lukas Meier <lukas.meier@bluewin.ch>",
        "Genève - dîner si tu passes ?",
        nj("fr"),
        text="""Salut Antoine, Max m'a dit que tu avais des entretiens à Genève. Si tu passes, on dîne ensemble ? Je t'héberge sans problème.
Lukas""",
    ),
    # ordinary services
    m(
        "bank1",
        "2025-09-05 09:00",
        "Crédit Mutuel <ne-pas-repondre@creditmutuel.fr>",
        "Votre relevé de compte est disponible",
        nj("fr"),
        text="""Bonjour,

Votre relevé de compte du mois d'août 2025 est disponible dans votre espace client.

Crédit Mutuel""",
    ),
    m(
        "bank2",
        "2025-10-05 09:00",
        "Crédit Mutuel <ne-pas-repondre@creditmutuel.fr>",
        "Relevé de septembre disponible",
        nj("fr"),
        text="""Bonjour, votre relevé de septembre 2025 peut être consulté sur votre espace en ligne ou l'application.""",
    ),
    m(
        "bank3",
        "2025-11-05 09:01",
        "Crédit Mutuel <ne-pas-repondre@creditmutuel.fr>",
        "Nouveau document dans votre espace",
        nj("fr"),
        text="""Un nouveau document est disponible : relevé de compte octobre 2025.""",
    ),
    m(
        "bank4",
        "2025-12-05 09:00",
        "Crédit Mutuel <ne-pas-repondre@creditmutuel.fr>",
        "Votre relevé de novembre",
        nj("fr"),
        text="""Bonjour, le relevé de novembre est disponible.""",
    ),
    m(
        "bank5",
        "2026-01-05 09:00",
        "Crédit Mutuel <ne-pas-repondre@creditmutuel.fr>",
        "Relevé de compte décembre 2025",
        nj("fr"),
        text="""Consultez votre relevé de décembre 2025 dans votre espace client Crédit Mutuel.""",
    ),
    m(
        "bank6",
        "2025-10-20 16:20",
        "Crédit Mutuel <conseiller@creditmutuel.fr>",
        "Votre demande de prêt travaux",
        nj("fr"),
        text="""Bonjour Monsieur Mbappé-Laurent,

Suite à votre demande en ligne, votre dossier de prêt travaux est en cours d'étude. Merci de nous transmettre un justificatif de revenus récent. Un contrat de travail en cours sera nécessaire pour finaliser l'offre de prêt.

Votre conseiller, M. Berthet""",
    ),
    m(
        "bank7",
        "2026-02-10 14:00",
        "Crédit Mutuel <conseiller@creditmutuel.fr>",
        "Offre de prêt - à signer",
        nj("fr"),
        text="""Bonjour, votre offre de prêt travaux (8 000 €, 48 mois) est disponible pour signature électronique dans votre espace. Délai de réflexion : 14 jours.""",
    ),
    m(
        "caf",
        "2025-09-25 08:00",
        "CAF <ne-pas-repondre@caf.fr>",
        "Un nouveau courrier vous attend",
        nj("fr"),
        text="""Bonjour,

Un nouveau courrier est disponible dans votre espace Mon Compte sur caf.fr.

Votre Caf du Rhône""",
    ),
    m(
        "imp",
        "2025-09-10 10:00",
        "impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>",
        "Votre avis d'impôt 2025 est disponible",
        nj("fr"),
        text="""Madame, Monsieur,

Votre avis d'impôt sur les revenus 2024 est disponible dans votre espace particulier sur impots.gouv.fr.

La Direction générale des Finances publiques""",
    ),
    m(
        "imp2",
        "2025-11-14 10:00",
        "impots.gouv.fr <ne-pas-repondre@dgfip.finances.gouv.fr>",
        "Taxe foncière / taxe d'habitation : avis disponible",
        nj("fr"),
        text="""Votre avis de taxe d'habitation sur les résidences secondaires... (aucun montant dû) est disponible dans votre espace particulier.""",
    ),
    m(
        "ameli",
        "2025-10-28 12:00",
        "l'Assurance Maladie <ne-pas-repondre@assurance-maladie.fr>",
        "Nouveau remboursement",
        nj("fr"),
        text="""Bonjour, un remboursement de 18,50 € a été effectué le 27/10/2025. Détails dans votre compte ameli.""",
    ),
    m(
        "edf1",
        "2025-10-10 07:00",
        "EDF <ne-pas-repondre@edf.fr>",
        "Votre facture d'électricité est disponible",
        nj("fr"),
        text="""Bonjour, votre facture du 09/10/2025 d'un montant de 64,20 € est disponible dans votre Espace Client. Prélèvement le 24/10.""",
    ),
    m(
        "edf2",
        "2025-12-10 07:00",
        "EDF <ne-pas-repondre@edf.fr>",
        "Facture disponible",
        nj("fr"),
        text="""Bonjour Antoine, votre facture de décembre (92,15 €) est en ligne. Astuce : suivez votre consommation avec l'appli EDF & MOI.""",
    ),
    m(
        "edf3",
        "2026-02-10 07:00",
        "EDF <ne-pas-repondre@edf.fr>",
        "Votre facture de février",
        nj("fr"),
        text="""Votre facture de 118,40 € est disponible. L'hiver est là : découvrez nos conseils pour réduire votre consommation de chauffage.""",
    ),
    m(
        "free1",
        "2025-09-30 06:00",
        "Free <factures@free.fr>",
        "Votre facture Freebox",
        nj("fr"),
        text="""Bonjour, votre facture Freebox de septembre 2025 (39,99 €) est disponible sur votre espace abonné.""",
    ),
    m(
        "free2",
        "2025-10-31 06:00",
        "Free <factures@free.fr>",
        "Facture Freebox octobre",
        nj("fr"),
        text="""Votre facture Freebox d'octobre 2025 est disponible : 39,99 €.""",
    ),
    m(
        "free3",
        "2025-11-30 06:00",
        "Free <factures@free.fr>",
        "Votre facture est disponible",
        nj("fr"),
        text="""Freebox Pop - novembre 2025 - 39,99 € TTC. Prélèvement le 5 décembre.""",
    ),
    m(
        "tcl",
        "2025-09-02 08:00",
        "TCL <no-reply@tcl.fr>",
        "Votre abonnement TCL Tick'Mois a été renouvelé",
        nj("fr"),
        text="""Votre abonnement mensuel TCL a été renouvelé pour septembre 2025 (67,20 €).""",
    ),
    m(
        "amz1",
        "2025-09-21 15:00",
        "Amazon.fr <confirmation-commande@amazon.fr>",
        "Votre commande de « Designing Data-Intensive Applications »",
        nj("fr"),
        text="""Bonjour Antoine, merci pour votre commande. Livraison estimée : mardi 23 septembre. Total : 42,90 €.""",
    ),
    m(
        "amz2",
        "2025-09-23 13:20",
        "Amazon.fr <expedition@amazon.fr>",
        "Votre colis a été livré",
        nj("fr"),
        text="""Votre colis a été livré dans votre boîte aux lettres. Commande n° 405-8812234-1199231.""",
    ),
    m(
        "amz3",
        "2025-12-08 11:00",
        "Amazon.fr <confirmation-commande@amazon.fr>",
        "Commande confirmée : Duplo Ma maison",
        nj("fr"),
        text="""Merci pour votre commande. Article : LEGO DUPLO Ma maison. Livraison prévue : 11 décembre.""",
    ),
    m(
        "colis",
        "2025-12-10 09:40",
        "Colissimo <noreply@notif-colissimo-laposte.info>",
        "Votre colis arrive demain",
        nj("fr"),
        text="""Votre colis 6A21934884321 sera livré demain entre 9h et 13h. Vous pouvez modifier la livraison.""",
    ),
    m(
        "vinted",
        "2025-10-12 18:00",
        "Vinted <no-reply@vinted.fr>",
        "Tu as vendu un article !",
        nj("fr"),
        text="""Bravo ! Ton article « Poussette Yoyo » a été vendu pour 180 €. Imprime le bordereau et envoie-le sous 5 jours.""",
    ),
    m(
        "lbc",
        "2025-10-06 21:00",
        "leboncoin <noreply@leboncoin.fr>",
        "Nouveau message concernant « Vélo cargo Douze »",
        nj("fr"),
        text="""Vous avez reçu un nouveau message : « Bonjour, le vélo est toujours dispo ? Je peux passer samedi. »""",
    ),
    m(
        "uber",
        "2025-11-05 23:50",
        "Uber Eats <uber.france@uber.com>",
        "Votre commande Uber Eats",
        nj("fr"),
        text="""Merci d'avoir commandé chez Bao Family, Lyon 1er. Total : 31,40 €.""",
    ),
    m(
        "netflix",
        "2025-10-18 10:00",
        "Netflix <info@mailer.netflix.com>",
        "Nouveau sur Netflix cette semaine",
        nj("fr"),
        html="""<html><body><p>Les nouveautés de la semaine : séries, films et documentaires. Commencez à regarder.</p></body></html>""",
    ),
    m(
        "spot",
        "2025-12-02 12:00",
        "Spotify <no-reply@spotify.com>",
        "Ton Wrapped 2025 est arrivé",
        nj("fr"),
        html="""<html><body><h2>Ton année en musique</h2><p>Tu as écouté 41 212 minutes. Ton artiste n°1 : Gaël Faye.</p></body></html>""",
    ),
    m(
        "ovh",
        "2025-11-01 03:00",
        "OVHcloud <noreply@ovh.com>",
        "Renouvellement de votre domaine amlaurent.dev",
        nj("fr"),
        text="""Bonjour, votre nom de domaine amlaurent.dev expire le 30/11/2025. Renouvelez-le depuis votre espace client pour éviter toute interruption.""",
    ),
    m(
        "aws",
        "2025-10-03 02:00",
        "Amazon Web Services <aws-billing@amazon.com>",
        "AWS Billing: Your invoice is available",
        nj("en"),
        text="""Hello, your AWS invoice for September 2025 ($3.41) is now available in the Billing console.""",
    ),
    m(
        "sncf1",
        "2025-11-02 17:00",
        "SNCF Connect <confirmation@sncf-connect.com>",
        "Confirmation de votre voyage Lyon Part-Dieu → Genève",
        nj("fr"),
        text="""Bonjour Antoine, votre voyage est confirmé : mardi 4 novembre, Lyon Part-Dieu 07:42 → Genève Cornavin 09:34. Référence : QXKLMP.""",
    ),
    m(
        "sncf2",
        "2025-09-27 10:00",
        "SNCF Connect <confirmation@sncf-connect.com>",
        "Votre e-billet Lyon → Grenoble",
        nj("fr"),
        text="""Votre e-billet TER Lyon Part-Dieu → Grenoble du dimanche 28 septembre 09:15 est disponible dans l'application.""",
    ),
    m(
        "sncf3",
        "2025-11-16 19:00",
        "SNCF Connect <confirmation@sncf-connect.com>",
        "Voyage confirmé : Lyon → Grenoble, mardi 18 novembre",
        nj("fr"),
        text="""Aller : mardi 18 novembre, Lyon Part-Dieu 07:14 → Grenoble 08:36. Retour : 13:24 → 14:46. Bon voyage !""",
    ),
    m(
        "bbc",
        "2025-12-20 12:00",
        "BlaBlaCar <no-reply@blablacar.com>",
        "Votre réservation est confirmée",
        nj("fr"),
        text="""Réservation confirmée avec Julien : Lyon → Annecy, samedi 27 décembre à 9h00. 1 place.""",
    ),
    m(
        "airbnb",
        "2026-01-10 14:00",
        "Airbnb <automated@airbnb.com>",
        "Réservation confirmée - Chalet à Villard-de-Lans",
        nj("fr"),
        text="""Vous allez à Villard-de-Lans ! Arrivée le 14 février 2026, départ le 17 février. Hôte : Martine.""",
    ),
    m(
        "syndic",
        "2025-11-24 10:00",
        "Syndic Foncia Lyon <syndic@foncia.com>",
        "Convocation à l'assemblée générale des copropriétaires",
        nj("fr"),
        text="""Madame, Monsieur, nous vous informons que l'assemblée générale de la copropriété du 22 rue d'Austerlitz se tiendra le 15 décembre à 18h30. L'ordre du jour est joint.""",
    ),
    m(
        "assu",
        "2025-10-02 10:30",
        "MAIF <noreply@maif.fr>",
        "Votre attestation d'assurance habitation",
        nj("fr"),
        text="""Bonjour, suite à votre déménagement, voici votre attestation d'assurance habitation pour le 22 rue d'Austerlitz, Lyon 4e. Effet au 01/10/2025.""",
    ),
    m(
        "velov",
        "2025-09-14 12:00",
        "Vélo'v <noreply@velov.grandlyon.com>",
        "Votre abonnement Vélo'v est activé",
        nj("fr"),
        text="""Bienvenue ! Votre abonnement annuel Vélo'v est activé. Les 30 premières minutes de chaque trajet sont incluses.""",
    ),
    m(
        "lib",
        "2025-10-25 09:00",
        "Bibliothèque municipale de Lyon <bm@bm-lyon.fr>",
        "Rappel : retour de vos documents",
        nj("fr"),
        text="""Bonjour, les documents suivants sont à rendre avant le 30 octobre : « Le Petit Prince » (album), « Clean Architecture ».""",
    ),
    m(
        "gym",
        "2025-09-11 18:00",
        "Climb Up Lyon <contact@climbup.fr>",
        "Bienvenue à Climb Up Gerland !",
        nj("fr"),
        text="""Ton abonnement est actif. Initiation offerte le samedi matin, réserve sur l'appli.""",
    ),
    m(
        "gym2",
        "2025-12-18 18:00",
        "Climb Up Lyon <contact@climbup.fr>",
        "Nouveaux blocs cette semaine 🧗",
        nj("fr"),
        html="""<html><body><p>Ouverture de nouveaux blocs au secteur dévers ! Et soirée contest le 20 décembre.</p></body></html>""",
    ),
    m(
        "py1",
        "2025-10-20 09:00",
        "Python Software Foundation <psf@python.org>",
        "PSF Newsletter: October 2025",
        nj("en"),
        text="""In this issue: Python 3.14 is out, PyCon US 2026 call for proposals, and grants news.""",
    ),
    m(
        "pycon",
        "2026-01-13 09:00",
        "PyCon France <contact@pycon.fr>",
        "Appel à oratrices et orateurs - PyConFR 2026",
        nj("fr"),
        text="""L'appel à propositions pour la PyConFR 2026 est ouvert jusqu'au 15 mars. Conférences, ateliers, sprints : proposez votre sujet !""",
    ),
    m(
        "medium",
        "2025-11-15 08:00",
        "Medium Daily Digest <noreply@medium.com>",
        "Why we moved from Celery to Temporal",
        nj("en"),
        html="""<html><body><p>Today's highlights: Why we moved from Celery to Temporal · PostgreSQL partitioning in practice · 5 FastAPI patterns</p></body></html>""",
    ),
    m(
        "so",
        "2025-12-14 10:00",
        "Stack Overflow <do-not-reply@stackoverflow.email>",
        "Your question got a new answer",
        nj("en"),
        text="""Your question "SQLAlchemy 2.0 async session in FastAPI dependency" received a new answer.""",
    ),
    m(
        "tuto",
        "2025-10-26 09:00",
        "Udemy <no-reply@e.udemy.com>",
        "Offre spéciale : cours Kubernetes à 12,99 €",
        nj("fr"),
        html="""<html><body><p>Seulement aujourd'hui : « Kubernetes de A à Z » à 12,99 € au lieu de 89,99 €.</p></body></html>""",
    ),
    m(
        "ecole",
        "2025-10-03 17:00",
        "OpenClassrooms <hello@openclassrooms.com>",
        "Votre candidature au parcours Architecte logiciel",
        nj("fr"),
        text="""Bonjour Antoine,

Merci pour votre candidature au parcours diplômant « Architecte logiciel ». Pour finaliser votre inscription, merci de passer le test de positionnement en ligne. Financement CPF possible.

L'équipe admissions OpenClassrooms""",
    ),
    m(
        "cpf",
        "2025-10-07 10:00",
        "Mon Compte Formation <ne-pas-repondre@moncompteformation.gouv.fr>",
        "Votre solde de droits formation",
        nj("fr"),
        text="""Bonjour, votre solde de droits à la formation s'élève à 2 680 €. Consultez le catalogue de formations sur moncompteformation.gouv.fr.""",
    ),
    m(
        "survey",
        "2025-11-25 11:00",
        "Ville de Lyon <participation@lyon.fr>",
        "Donnez votre avis sur les pistes cyclables de la Croix-Rousse",
        nj("fr"),
        text="""Participez à la concertation : questionnaire en ligne de 5 minutes jusqu'au 10 décembre.""",
    ),
    m(
        "vote",
        "2026-02-02 09:00",
        "Ville de Lyon <elections@lyon.fr>",
        "Élections municipales 2026 : vérifiez votre inscription",
        nj("fr"),
        text="""Les élections municipales auront lieu les 15 et 22 mars 2026. Vérifiez votre inscription sur les listes électorales sur service-public.fr.""",
    ),
    m(
        "ooo",
        "2025-12-22 09:01",
        "Lukas Meier <lukas.meier@bluewin.ch>",
        "Abwesenheitsnotiz: Re: Genève - dîner si tu passes ?",
        nj("de"),
        text="""Vielen Dank für Ihre Nachricht. Ich bin bis am 5. Januar 2026 abwesend und habe nur sporadisch Zugriff auf meine E-Mails.

Freundliche Grüsse
Lukas Meier""",
        **reply("fr4", "Lukas Meier <lukas.meier@bluewin.ch>"),
    ),
    m(
        "ch-bank",
        "2025-12-15 15:00",
        "PostFinance <info@postfinance.ch>",
        "Ihre Anfrage: Kontoeröffnung für Grenzgänger",
        nj("de"),
        text="""Guten Tag Herr Mbappé-Laurent

Vielen Dank für Ihr Interesse an einem Privatkonto. Für Grenzgänger benötigen wir eine gültige Grenzgängerbewilligung (Ausweis G). Bitte reichen Sie diese nach.

Freundliche Grüsse
PostFinance AG""",
    ),
    m(
        "blog-de",
        "2025-11-22 08:00",
        "heise Developer <newsletter@heise.de>",
        "Developer-Newsletter: Rust im Backend, Kotlin 2.3",
        nj("de"),
        html="""<html><body><p>Diese Woche: Rust im Backend - lohnt sich der Umstieg? Kotlin 2.3 ist da. Interview mit einem Java-Champion.</p></body></html>""",
    ),
    m(
        "eng-nl",
        "2026-01-21 15:00",
        "The Changelog <editors@changelog.com>",
        "Changelog News: interviews, Postgres 18, and more",
        nj("en"),
        text="""This week on the pod we interview the maintainer of a popular Rust web framework. Plus: Postgres 18 tips and what's new in uv.""",
    ),
    m(
        "notion",
        "2025-09-16 13:00",
        "Notion <notify@makenotion.com>",
        "Antoine, you have 2 updates in Recherche d'emploi 2025",
        nj("en"),
        text="""Awa Diallo commented on "Suivi candidatures": "Tu as relancé Brindille ?" """,
    ),
    m(
        "doctolib3",
        "2025-12-05 19:00",
        "Doctolib <no-reply@doctolib.fr>",
        "Votre rendez-vous chez le dentiste est annulé",
        nj("fr"),
        text="""Votre rendez-vous du 9 décembre à 18h avec Dr Pascal Nguyen a été annulé par le cabinet. Reprenez rendez-vous en ligne.""",
    ),
    m(
        "ics-dent",
        "2026-01-06 11:00",
        "Cabinet dentaire Nguyen <cabinet.nguyen@dentiste-lyon4.fr>",
        "Rendez-vous détartrage - 14 janvier",
        nj("fr"),
        text="""Bonjour, nous vous confirmons votre rendez-vous du 14 janvier à 18h15. Cordialement, le cabinet.""",
        ics={
            "uid": "dent-0114@dentiste-lyon4.fr",
            "start": "2026-01-14 18:15:00 +0100",
            "minutes": 30,
            "organizer": ("Cabinet Nguyen", "cabinet.nguyen@dentiste-lyon4.fr"),
            "summary": "Détartrage - Dr Nguyen",
            "location": "5 grande rue de la Croix-Rousse, Lyon",
        },
    ),
    m(
        "mut",
        "2026-01-30 10:00",
        "Alan <hello@alan.com>",
        "Bienvenue chez Alan, Antoine !",
        nj("fr"),
        text="""Votre entreprise Pivolt vous a affilié à sa mutuelle Alan. Activez votre compte pour ajouter Léna et Awa comme ayants droit.""",
    ),
    m(
        "urssaf",
        "2025-10-30 09:00",
        "Urssaf <ne-pas-repondre@urssaf.fr>",
        "Déclaration de chiffre d'affaires - micro-entreprise",
        nj("fr"),
        text="""Bonjour, pensez à déclarer votre chiffre d'affaires du 3e trimestre 2025 avant le 31 octobre, même s'il est nul.""",
    ),
    m(
        "malt-inv",
        "2025-12-22 10:00",
        "Malt <hello@malt.com>",
        "Votre facture de frais de service",
        nj("fr"),
        text="""Votre relevé Malt de décembre est disponible. Aucune mission facturée ce mois-ci.""",
    ),
    m(
        "voisin",
        "2025-11-11 11:11",
        "Gérard Pottier <g.pottier69@wanadoo.fr>",
        "Fuite d'eau plafond",
        nj("fr"),
        text="""Bonjour, je suis votre voisin du 2e. J'ai une tache d'humidité au plafond de la salle de bain, pourriez-vous vérifier chez vous ? Merci, G. Pottier""",
    ),
    m(
        "asso",
        "2025-09-20 10:00",
        "Sou des écoles Croix-Rousse <soudesecoles.cr@gmail.com>",
        "Appel aux bénévoles - vide-grenier du 12 octobre",
        nj("fr"),
        text="""Bonjour à tous ! Nous cherchons des parents volontaires pour tenir la buvette du vide-grenier. Inscrivez-vous via le tableur partagé.""",
    ),
    m(
        "foot",
        "2026-01-25 20:00",
        "Maxime Rolland <max.rolland@protonmail.com>",
        "Photos du five",
        nj("fr"),
        text="""Les photos de dimanche sont sur l'album partagé, il y en a une de toi qui rate une reprise de volée, pas de jaloux 😂""",
    ),
    m(
        "ticket",
        "2025-10-22 13:00",
        "Fnac Spectacles <billetterie@fnacspectacles.com>",
        "Vos billets - Olympique Lyonnais / FC Nantes",
        nj("fr"),
        text="""Vos e-billets pour OL - Nantes (Groupama Stadium, 2 novembre, 17h) sont disponibles. Présentez-les sur votre téléphone.""",
    ),
    m(
        "cinema",
        "2025-12-27 11:00",
        "Pathé <noreply@pathe.fr>",
        "Vos places pour « Zootopie 2 »",
        nj("fr"),
        text="""Merci pour votre réservation : 2 adultes, 1 enfant, Pathé Bellecour, 28 décembre 14h00.""",
    ),
    m(
        "hotel-ge",
        "2025-11-01 12:00",
        "Booking.com <noreply@booking.com>",
        "Votre réservation à Genève est confirmée",
        nj("fr"),
        text="""Ibis Genève Centre Gare - 1 nuit du 3 au 4 novembre 2025. Numéro de confirmation : 4418223901.""",
    ),
    m(
        "brx",
        "2025-11-03 08:00",
        "Eurostar <no-reply@eurostar.com>",
        "Prices to Brussels from €39",
        nj("en"),
        html="""<html><body><p>Our winter sale is on: Paris to Brussels from €39. Book by 10 November.</p></body></html>""",
    ),
    m(
        "sg",
        "2025-12-30 10:00",
        "Service-Public.fr <ne-pas-repondre@service-public.fr>",
        "Votre demande d'acte de naissance",
        nj("fr"),
        text="""Votre demande d'acte de naissance (copie intégrale) a été transmise à la mairie de Grenoble. Délai moyen : 10 jours.""",
    ),
    m(
        "meteo",
        "2025-11-19 06:00",
        "Météo-France <alertes@meteofrance.com>",
        "Vigilance jaune neige-verglas - Rhône",
        nj("fr"),
        text="""Vigilance jaune neige-verglas en vigueur à partir de ce soir 20h pour le département du Rhône.""",
    ),
    m(
        "cal-awa",
        "2025-10-15 08:20",
        "Awa Diallo <awa.diallo.lyon@gmail.com>",
        "Invitation: Vaccin Léna @ jeu. 23 oct. 2025 17:30",
        nj("fr"),
        text="""Awa Diallo vous a invité : Vaccin Léna, jeudi 23 octobre, 17:30 - 18:00.""",
        ics={
            "uid": "awa-vaccin-1023@google.com",
            "start": "2025-10-23 17:30:00 +0200",
            "minutes": 30,
            "organizer": ("Awa Diallo", "awa.diallo.lyon@gmail.com"),
            "summary": "Vaccin Léna",
            "location": "Cabinet pédiatrique, Lyon 4e",
        },
    ),
    m(
        "ent-mag",
        "2025-12-17 07:30",
        "Lyon Entreprises <newsletter@lyon-entreprises.com>",
        "Entretien avec le fondateur de Pivolt : « nous allons doubler l'équipe »",
        nj("fr"),
        html="""<html><body><p>Dans notre entretien de la semaine, le fondateur de la startup lyonnaise Pivolt revient sur sa levée de 12 M€ et ses 30 recrutements prévus en 2026.</p></body></html>""",
    ),
    m(
        "uber2",
        "2026-01-18 23:10",
        "Uber <noreply@uber.com>",
        "Votre course du dimanche soir",
        nj("fr"),
        text="""Merci d'avoir voyagé avec Uber. Part-Dieu → Croix-Rousse, 14,80 €.""",
    ),
    m(
        "tcl2",
        "2026-02-02 08:00",
        "TCL <no-reply@tcl.fr>",
        "Votre employeur prend en charge 50 % de votre abonnement",
        nj("fr"),
        text="""Pensez à transmettre votre attestation d'abonnement à votre employeur pour le remboursement de 50 % de votre Tick'Mois.""",
    ),
    m(
        "bank8",
        "2026-02-05 09:00",
        "Crédit Mutuel <ne-pas-repondre@creditmutuel.fr>",
        "Relevé de janvier 2026 disponible",
        nj("fr"),
        text="""Votre relevé de compte de janvier 2026 est disponible.""",
    ),
    m(
        "free4",
        "2025-12-31 06:00",
        "Free <factures@free.fr>",
        "Facture Freebox décembre 2025",
        nj("fr"),
        text="""Votre facture Freebox de décembre 2025 (39,99 €) est disponible.""",
    ),
    m(
        "free5",
        "2026-01-31 06:00",
        "Free <factures@free.fr>",
        "Votre facture Freebox de janvier",
        nj("fr"),
        text="""Freebox - janvier 2026 : 39,99 €, prélevés le 5 février.""",
    ),
]

MAIL += [
    m(
        "x01",
        "2025-09-06 10:12",
        "Leroy Merlin <infos@leroymerlin.fr>",
        "Votre commande est prête en magasin",
        nj("fr"),
        text="""Bonjour Antoine, votre commande n° 71124 (chevilles, perceuse-visseuse) est disponible au retrait, magasin de Lyon Villeurbanne, jusqu'au 13 septembre.""",
    ),
    m(
        "x02",
        "2025-09-08 19:45",
        "Awa Diallo <awa.diallo.lyon@gmail.com>",
        "Cartons",
        nj("fr"),
        text="""Il reste 6 cartons dans la chambre de Léna, je m'en occupe ce soir. Tu peux appeler le déménageur pour confirmer samedi 27 ?""",
    ),
    m(
        "x03",
        "2025-09-10 08:30",
        "Déménagements Rhône Express <devis@rhone-express-demenagement.fr>",
        "Votre devis de déménagement",
        nj("fr"),
        text="""Bonjour Monsieur, veuillez trouver ci-joint notre devis pour votre déménagement du 27 septembre (Lyon 7e → Lyon 4e, 3e étage sans ascenseur) : 890 € TTC, formule économique.""",
    ),
    m(
        "x04",
        "2025-09-13 11:00",
        "Enedis <ne-pas-repondre@enedis.fr>",
        "Mise en service de votre compteur Linky",
        nj("fr"),
        text="""Votre demande de mise en service au 22 rue d'Austerlitz est enregistrée pour le 30/09/2025. Aucun déplacement n'est nécessaire.""",
    ),
    m(
        "x05",
        "2025-09-17 17:05",
        "Crèche Les Petits Canuts <contact@petitscanuts.fr>",
        "Bienvenue à Léna !",
        nj("fr"),
        text="""Chers parents, nous sommes ravis d'accueillir Léna. L'adaptation commencera lundi 22 septembre à 9h30 (1h la première journée).""",
    ),
    m(
        "x06",
        "2025-09-21 09:00",
        "La Poste <noreply@laposte.fr>",
        "Votre contrat de réexpédition du courrier est actif",
        nj("fr"),
        text="""Votre courrier sera réexpédié de votre ancienne adresse vers le 22 rue d'Austerlitz pendant 6 mois à compter du 29/09/2025.""",
    ),
    m(
        "x07",
        "2025-09-28 20:30",
        "Maxime Rolland <max.rolland@protonmail.com>",
        "Re: Déménagement",
        nj("fr"),
        text="""Content d'avoir aidé ! Mon dos un peu moins 😅 Par contre t'as oublié ta perceuse dans ma voiture.

> Le sam. 27 sept. 2025, Antoine a écrit :
> Merci mille fois pour aujourd'hui, je vous dois une bière (ou dix)""",
    ),
    m(
        "x08",
        "2025-10-01 07:45",
        "Le Progrès <newsletter@leprogres.fr>",
        "L'essentiel du jour à Lyon",
        nj("fr"),
        html="""<html><body><p>Travaux sur le tunnel de la Croix-Rousse, la Fête des Lumières dévoile son programme, l'OL s'impose à Marseille.</p></body></html>""",
    ),
    m(
        "x09",
        "2025-10-04 15:00",
        "Picard <newsletter@picard.fr>",
        "-30 % sur les surgelés bio ce week-end",
        nj("fr"),
        html="""<html><body><p>Ce week-end seulement : -30 % sur toute la gamme bio. Offre valable en magasin et en ligne.</p></body></html>""",
    ),
    m(
        "x10",
        "2025-10-09 13:12",
        "Pôle Santé Croix-Rousse <secretariat@polesante-cr.fr>",
        "Résultats d'analyses disponibles",
        nj("fr"),
        text="""Vos résultats d'analyses sont disponibles sur le serveur sécurisé du laboratoire. Identifiant : votre date de naissance.""",
    ),
    m(
        "x11",
        "2025-10-11 09:30",
        "Lukas Meier <lukas.meier@bluewin.ch>",
        "Photos du mariage",
        nj("fr"),
        text="""Salut Antoine, voici enfin le lien vers les photos du mariage d'août. Il y en a une superbe de Léna sur la piste de danse !
https://photos.app.goo.gl/Xk2""",
    ),
    m(
        "x12",
        "2025-10-14 16:44",
        "Qonto <no-reply@qonto.com>",
        "Votre relevé de compte de septembre",
        nj("fr"),
        text="""Bonjour Antoine, le relevé de votre compte professionnel (micro-entreprise) pour septembre 2025 est disponible.""",
    ),
    m(
        "x13",
        "2025-10-19 12:00",
        "Too Good To Go <hello@toogoodtogo.fr>",
        "Des paniers près de chez vous",
        nj("fr"),
        text="""3 commerces de la Croix-Rousse proposent des paniers ce soir. Sauvez un repas !""",
    ),
    m(
        "x14",
        "2025-10-21 08:10",
        "Awa Diallo <awa.diallo.lyon@gmail.com>",
        "Bonne chance !",
        nj("fr"),
        text="""Bon courage pour ton rendez-vous à la banque cet après-midi, tu vas les impressionner. Je récupère Léna. ❤️""",
    ),
    m(
        "x15",
        "2025-10-29 19:00",
        "Mairie du 4e arrondissement <mairie4@lyon.fr>",
        "Fête des Lumières : bénévoles recherchés",
        nj("fr"),
        text="""La mairie du 4e recherche des bénévoles pour l'accueil du public du 5 au 8 décembre. Inscription en ligne.""",
    ),
    m(
        "x16",
        "2025-11-03 08:45",
        "tpg <noreply@tpg.ch>",
        "Your Geneva public transport ticket",
        nj("en"),
        text="""Thank you for your purchase. Unireso day ticket, zone 10, valid 4 Nov 2025. Show this e-mail to inspectors.""",
    ),
    m(
        "x17",
        "2025-11-07 18:00",
        "Botanic <info@botanic.com>",
        "Offre spéciale plantes d'intérieur",
        nj("fr"),
        html="""<html><body><p>2 plantes achetées = la 3e offerte. Jusqu'au 16 novembre.</p></body></html>""",
    ),
    m(
        "x18",
        "2025-11-09 10:00",
        "Françoise Laurent <francoise.laurent38@orange.fr>",
        "Recette du gratin",
        nj("fr"),
        text="""Voilà la recette demandée par Awa :
1 kg de pommes de terre, 50 cl de crème, 1 gousse d'ail, noix de muscade, beurre. Four 160 °C pendant 1h30, sans fromage surtout, c'est un vrai gratin dauphinois !""",
    ),
    m(
        "x19",
        "2025-11-13 12:30",
        "Ligue contre le cancer <don@ligue-cancer.net>",
        "Merci pour votre don",
        nj("fr"),
        text="""Merci pour votre don de 30 €. Votre reçu fiscal vous sera adressé en début d'année.""",
    ),
    m(
        "x20",
        "2025-11-17 09:10",
        "Intermarché <client@intermarche.com>",
        "Vos coupons de la semaine",
        nj("fr"),
        html="""<html><body><p>Vos offres personnalisées : -20 % sur les couches, 2+1 sur les yaourts. Valables jusqu'au 23 novembre.</p></body></html>""",
    ),
    m(
        "x21",
        "2025-11-23 21:00",
        "Sarah Benhamou <sarah.benhamou@gmail.com>",
        "Re: Babysitting samedi ?",
        nj("fr"),
        text="""Oui pas de souci, on peut garder Léna samedi soir ! Déposez-la vers 19h.

> Le dim. 23 nov., Awa a écrit :
> Vous seriez dispo samedi prochain ?""",
    ),
    m(
        "x22",
        "2025-11-26 07:00",
        "Vinted <no-reply@vinted.fr>",
        "Ton porte-monnaie a été crédité",
        nj("fr"),
        text="""180,00 € ont été crédités sur ton porte-monnaie Vinted. Tu peux les transférer vers ton compte bancaire.""",
    ),
    m(
        "x23",
        "2025-12-01 10:10",
        "Pharmacie de la Croix-Rousse <contact@pharmacie-croixrousse.fr>",
        "Votre commande est prête",
        nj("fr"),
        text="""Bonjour, votre commande est prête à être retirée à la pharmacie. Merci de vous munir de votre carte Vitale.""",
    ),
    m(
        "x24",
        "2025-12-04 18:00",
        "Fête des Lumières <info@fetedeslumieres.lyon.fr>",
        "Le programme 2025 est en ligne",
        nj("fr"),
        html="""<html><body><p>Du 5 au 8 décembre : 30 installations lumineuses dans toute la ville. Découvrez le parcours.</p></body></html>""",
    ),
    m(
        "x25",
        "2025-12-09 21:30",
        "Awa Diallo <awa.diallo.lyon@gmail.com>",
        "Cadeaux Noël",
        nj("fr"),
        text="""J'ai fait une liste partagée pour les cadeaux (tes parents, ma sœur, les cousins). Regarde quand tu peux, budget 300 € max.""",
    ),
    m(
        "x26",
        "2025-12-16 14:00",
        "Decathlon <commande@decathlon.fr>",
        "Votre commande a été expédiée",
        nj("fr"),
        text="""Bonne nouvelle ! Votre commande (luge enfant, gants) a été expédiée. Suivi Colissimo : 6A21934990112.""",
    ),
    m(
        "x27",
        "2025-12-19 11:15",
        "Lyon Python Meetup <lyonpython@meetup.com>",
        "Appel à talks pour février",
        nj("fr"),
        text="""Salut à tous, on cherche 2 talks de 20 minutes pour le meetup de février. Sujets libres : typing, packaging, async, retours d'expérience...""",
    ),
    m(
        "x28",
        "2025-12-23 09:00",
        "Société Générale Assurances <noreply@sg-assurances.fr>",
        "Résiliation de votre contrat",
        nj("fr"),
        text="""Nous vous confirmons la résiliation de votre contrat d'assurance auto à compter du 31/12/2025.""",
    ),
    m(
        "x29",
        "2026-01-02 10:00",
        "Françoise Laurent <francoise.laurent38@orange.fr>",
        "Bonne année !",
        nj("fr"),
        text="""Bonne année mes chéris ! Que 2026 vous apporte santé, bonheur et un beau travail pour Antoine. Gros bisous à Léna.""",
    ),
    m(
        "x30",
        "2026-01-04 17:30",
        "Garmin <noreply@garmin.com>",
        "Votre résumé hebdomadaire",
        nj("fr"),
        text="""Cette semaine : 3 activités, 28 km, 2h41. Objectif de pas atteint 5 jours sur 7.""",
    ),
    m(
        "x31",
        "2026-01-11 09:00",
        "Lukas Meier <lukas.meier@bluewin.ch>",
        "Retour !",
        nj("fr"),
        text="""Je suis rentré, désolé pour l'auto-réponse en allemand, c'est le réglage du bureau. Alors, Genève c'est toujours d'actualité ?""",
    ),
    m(
        "x32",
        "2026-01-17 16:00",
        "Yousign <noreply@yousign.com>",
        "Document signé : bail - avenant",
        nj("fr"),
        text="""Le document « Avenant au bail - 22 rue d'Austerlitz » a été signé par toutes les parties. Vous pouvez le télécharger.""",
    ),
    m(
        "x33",
        "2026-01-23 12:00",
        "Crèche Les Petits Canuts <contact@petitscanuts.fr>",
        "Galette des rois vendredi",
        nj("fr"),
        text="""Chers parents, vendredi après-midi nous partagerons la galette des rois avec les enfants. Merci de nous signaler toute allergie.""",
    ),
    m(
        "x34",
        "2026-02-01 20:00",
        "Maxime Rolland <max.rolland@protonmail.com>",
        "Premier jour demain !",
        nj("fr"),
        text="""Bonne chance pour demain chez Pivolt ! Tu me raconteras. On fête ça vendredi au bar ?""",
    ),
    m(
        "x35",
        "2026-02-09 09:00",
        "Pivolt <it@pivolt.energy>",
        "Votre compte Google Workspace est prêt",
        nj("fr"),
        text="""Bonjour Antoine, votre compte antoine.mbappe-laurent@pivolt.energy est activé. Activez la double authentification sous 7 jours.""",
    ),
    m(
        "x36",
        "2026-02-14 08:30",
        "SNCF Connect <confirmation@sncf-connect.com>",
        "Votre voyage : Lyon → Grenoble",
        nj("fr"),
        text="""Bon voyage ! Samedi 14 février, Lyon Part-Dieu 08:44 → Grenoble 10:06. Voiture 4, place 62.""",
    ),
    m(
        "x37",
        "2026-02-18 19:00",
        "Awa Diallo <awa.diallo.lyon@gmail.com>",
        "Week-end Villard",
        nj("fr"),
        text="""J'ai trié les photos du week-end à Villard, elles sont dans le dossier partagé. Léna sur la luge 😍""",
    ),
    m(
        "x38",
        "2026-02-20 10:00",
        "Amazon.fr <confirmation-commande@amazon.fr>",
        "Votre commande : écran 27 pouces",
        nj("fr"),
        text="""Merci pour votre commande. Écran 27" QHD, livraison prévue lundi 23 février. Total : 229,99 €.""",
    ),
    m(
        "x39",
        "2026-02-24 18:20",
        "Netflix <info@mailer.netflix.com>",
        "Votre abonnement change",
        nj("fr"),
        text="""Bonjour Antoine, à partir du 24 mars, le prix de votre forfait Standard passera à 14,99 € par mois.""",
    ),
    m(
        "x40",
        "2026-02-26 09:00",
        "Urssaf <ne-pas-repondre@urssaf.fr>",
        "Cessation d'activité - micro-entreprise",
        nj("fr"),
        text="""Votre déclaration de cessation d'activité a bien été enregistrée. Date d'effet : 01/02/2026.""",
    ),
]

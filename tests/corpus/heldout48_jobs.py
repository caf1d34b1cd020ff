# ruff: noqa: E501, W291
"""Corpus 48, Québec French application mail (see heldout48.py)."""

from __future__ import annotations

import hashlib

ID: dict[str, str] = {}
ME_ADDR = "elodie.tn@courrielplus.ca"


def m(key, date, frm, subject, t, text=None, **kw):
    """One spec: opaque key, 'YYYY-MM-DD HH:MM -0400' date, From, Subject, label tuple."""
    domain = frm.rsplit("@", 1)[1].rstrip(">")
    mid = f"<{hashlib.sha1(key.encode()).hexdigest()[:16]}.{key}@{domain}>"
    ID[key] = mid
    spec = {
        "id": mid,
        "date": date + ":00" if len(date) < 23 else date,
        "from": frm,
        "subject": subject,
        "t": t,
    }
    d = date.split(" ")
    spec["date"] = f"{d[0]} {d[1]}:00 {d[2]}"
    if text:
        spec["text"] = text
    spec.update(kw)
    return spec


def re_(key):
    """Threading headers of a reply to the message with this key."""
    return {"In-Reply-To": ID[key], "References": ID[key]}


def teams(start, uid, summary, org, minutes=45, desc=""):
    return {
        "style": "outlook",
        "start": start,
        "minutes": minutes,
        "uid": uid,
        "summary": summary,
        "organizer": org,
        "location": "Réunion Microsoft Teams",
        "description": desc
        or "Rejoindre la réunion Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_"
        + uid[:12],
    }


BOR = "Boréal"
WD_BOR = "Boréal Carrières <boreal@myworkday.com>"
HOR = "Horizon Assurance"

MAIL = [
    # --- 1/2 Boréal (Coopérative financière Boréal, "CFB"), two roles through Workday ---------
    m(
        "48101",
        "2025-09-03 10:12 -0400",
        WD_BOR,
        "Nous avons bien reçu votre candidature – Analyste intelligence d'affaires (R-0048213)",
        ("confirmation", BOR, "Analyste intelligence d'affaires", 1, "workday", "fr"),
        text="""Bonjour Élodie,

Merci de l'intérêt que vous portez au Mouvement coopératif Boréal (CFB).

Nous confirmons la réception de votre candidature pour le poste d'Analyste intelligence d'affaires (R-0048213), Montréal – Siège social.

Notre équipe d'acquisition de talents analysera votre dossier avec soin. Si votre profil correspond aux exigences du poste, une personne de notre équipe communiquera avec vous.

Vous pouvez suivre l'évolution de votre candidature en tout temps dans votre compte candidat : https://cfb.wd3.myworkday.com/boreal_carrieres

Au plaisir,
L'équipe Acquisition de talents
Boréal | Coopérative financière

Ce courriel a été envoyé automatiquement, merci de ne pas y répondre.""",
    ),
    m(
        "48102",
        "2025-09-03 10:14 -0400",
        WD_BOR,
        "Bienvenue dans votre compte candidat Boréal",
        ("other_job", BOR, None, None, "workday", "fr"),
        text="""Bonjour Élodie Tremblay-Nguyen,

Votre compte candidat a été créé. Votre identifiant est : elodie.tn@courrielplus.ca

Pour réinitialiser votre mot de passe, rendez-vous sur le site Carrières Boréal et cliquez sur « Mot de passe oublié ».

Boréal – Coopérative financière""",
    ),
    m(
        "48103",
        "2025-09-16 13:40 -0400",
        WD_BOR,
        "Candidature – Développeuse ou développeur BI (Power BI) – R-0048377",
        ("confirmation", BOR, "Développeuse BI (Power BI)", 2, "workday", "fr"),
        text="""Bonjour Élodie,

Votre candidature au poste de Développeuse ou développeur BI (Power BI) – Direction principale Données et analytique, numéro de réquisition R-0048377, nous a bien été transmise.

Le processus de sélection peut prendre quelques semaines. Nous communiquerons seulement avec les personnes dont la candidature sera retenue pour la suite.

Merci de penser à Boréal pour la suite de votre carrière!

Acquisition de talents – Boréal""",
    ),
    m(
        "48104",
        "2025-09-24 16:05 -0400",
        WD_BOR,
        "Suivi de votre candidature R-0048213",
        ("rejection", BOR, "Analyste intelligence d'affaires", 1, "workday", "fr"),
        text="""Bonjour Élodie,

Merci d'avoir pris le temps de postuler au poste d'Analyste intelligence d'affaires.

Après une analyse attentive de l'ensemble des candidatures reçues, nous avons choisi de poursuivre avec des personnes dont le profil correspond davantage aux besoins actuels de l'équipe.

Votre dossier demeurera dans notre banque de candidatures pour une période de six mois et nous vous invitons à consulter régulièrement nos affichages.

Cordialement,
Acquisition de talents
Boréal""",
    ),
    m(
        "48105",
        "2025-09-30 09:22 -0400",
        "Mélissa Gendron <melissa.gendron@cfboreal.coop>",
        "Développeur(se) BI – disponibilités pour une première entrevue",
        ("interview", BOR, "Développeuse BI (Power BI)", 2, "direct", "fr"),
        text="""Bonjour Élodie,

Je suis conseillère en acquisition de talents chez Boréal. Votre candidature pour le poste de développeuse BI (Power BI) a retenu notre attention et j'aimerais vous rencontrer en entrevue virtuelle (Teams, environ 45 minutes) avec Jean-Philippe Ouellet, gestionnaire de l'équipe.

Seriez-vous disponible à l'un des moments suivants?
- jeudi 2 octobre, 10 h
- vendredi 3 octobre, 13 h 30
- lundi 6 octobre, 9 h

Bonne journée,

Mélissa Gendron
Conseillère principale, acquisition de talents
Boréal | Coopérative financière
514 555-0182""",
    ),
    m(
        "48106",
        "2025-09-30 11:47 -0400",
        "Mélissa Gendron <melissa.gendron@cfboreal.coop>",
        "RE: Développeur(se) BI – disponibilités pour une première entrevue",
        ("interview", BOR, "Développeuse BI (Power BI)", 2, "direct", "fr"),
        text="""Parfait, vendredi 13 h 30 c'est noté. Vous recevrez l'invitation Teams sous peu.

Mélissa

-----Message d'origine-----
De : Élodie Tremblay-Nguyen <elodie.tn@courrielplus.ca>
Envoyé : 30 septembre 2025 11:02
À : Mélissa Gendron <melissa.gendron@cfboreal.coop>
Objet : RE: Développeur(se) BI – disponibilités pour une première entrevue

Bonjour Mélissa,

Merci beaucoup! Le vendredi 3 octobre à 13 h 30 me conviendrait très bien.

Élodie""",
        **re_("48105"),
    ),
    m(
        "48107",
        "2025-09-30 11:52 -0400",
        "Mélissa Gendron <melissa.gendron@cfboreal.coop>",
        "Entrevue – Développeur(se) BI – Élodie Tremblay-Nguyen",
        ("interview", BOR, "Développeuse BI (Power BI)", 2, "direct", "fr"),
        text="""Entrevue avec Jean-Philippe Ouellet (gestionnaire, Données et analytique) et Mélissa Gendron.

________________________________________________________________________________
Réunion Microsoft Teams
Participer sur votre ordinateur, votre application mobile ou votre appareil de salle
Cliquez ici pour participer à la réunion
ID de réunion : 284 611 907 335
Code secret : 7hQ2Ss
________________________________________________________________________________""",
        ics=teams(
            "2025-10-03 13:30:00 -0400",
            "040000008200E00074C5B7101A82E00800000000B0R2",
            "Entrevue – Développeur(se) BI – Élodie Tremblay-Nguyen",
            ("Mélissa Gendron", "melissa.gendron@cfboreal.coop"),
        ),
    ),
    m(
        "48108",
        "2025-10-14 15:31 -0400",
        "Mélissa Gendron <melissa.gendron@cfboreal.coop>",
        "Suite à votre entrevue",
        ("interview", BOR, "Développeuse BI (Power BI)", 2, "direct", "fr"),
        text="""Bonjour Élodie,

Bonne nouvelle : l'équipe a beaucoup apprécié votre présentation et souhaite vous revoir pour une deuxième entrevue, cette fois en présentiel au 1100, rue Saint-Antoine Ouest, avec un exercice de modélisation sur tableau blanc (environ 1 h 30).

Est-ce que le mardi 21 octobre en après-midi serait possible pour vous?

Au plaisir,
Mélissa""",
    ),
    m(
        "48109",
        "2025-10-29 17:10 -0400",
        "Mélissa Gendron <melissa.gendron@cfboreal.coop>",
        "Boréal – poste de développeur(se) BI",
        ("rejection", BOR, "Développeuse BI (Power BI)", 2, "direct", "fr"),
        text="""Bonjour Élodie,

Je tenais à vous appeler, mais je n'ai pas réussi à vous joindre, alors je me permets de vous écrire.

D'abord, merci pour votre temps et votre préparation lors des deux rencontres. Jean-Philippe a particulièrement aimé votre approche de la modélisation en étoile et la clarté de vos explications. La décision a été très difficile : nous avons finalement retenu une candidate qui possède une expérience plus poussée avec Fabric et l'environnement Azure, ce qui est prioritaire pour l'équipe dans les prochains mois.

Je garde votre nom en tête pour les prochaines ouvertures et je n'hésiterai pas à vous recontacter.

Bonne fin de journée,

Mélissa Gendron
Conseillère principale, acquisition de talents
Boréal | Coopérative financière""",
    ),
    m(
        "48110",
        "2025-11-05 08:00 -0500",
        "Boréal Carrières <boreal@myworkday.com>",
        "Sondage sur votre expérience candidat",
        ("other_job", BOR, None, None, "workday", "fr"),
        html="""<html><body><p>Bonjour Élodie,</p><p>Vous avez récemment participé à un processus de sélection chez Boréal. Votre opinion nous aide à nous améliorer.</p><p><a href="https://survey.cfboreal.coop/candidat?id=R-0048377">Répondre au sondage (3 minutes)</a></p><p>Merci!<br>Acquisition de talents</p></body></html>""",
    ),
    # --- 3 Énergie Laurentienne (société d'État), SuccessFactors ---------------------------------
    m(
        "48120",
        "2025-09-08 21:18 -0400",
        "Énergie Laurentienne – Carrières <DoNotReply@successfactors.com>",
        "Confirmation – Conseillère ou conseiller en analytique de données (affichage 11842)",
        (
            "confirmation",
            "Énergie Laurentienne",
            "Conseillère en analytique de données",
            3,
            "other",
            "fr",
        ),
        text="""Bonjour Élodie,

Merci d'avoir soumis votre candidature pour l'affichage 11842 – Conseillère ou conseiller en analytique de données, Direction Performance et données, Montréal.

Les candidatures seront analysées après la date de fin d'affichage, soit le 21 septembre 2025. Seules les personnes retenues seront contactées.

Énergie Laurentienne souscrit au principe d'accès à l'égalité en emploi.

Ceci est un message automatique.""",
    ),
    m(
        "48121",
        "2025-09-29 10:03 -0400",
        "Recrutement Énergie Laurentienne <recrutement@energielaurentienne.qc.ca>",
        "Affichage 11842 – Invitation à l'examen de connaissances en ligne",
        (
            "assessment",
            "Énergie Laurentienne",
            "Conseillère en analytique de données",
            3,
            "direct",
            "fr",
        ),
        text="""Madame Tremblay-Nguyen,

À la suite de l'analyse de votre candidature, nous avons le plaisir de vous inviter à la prochaine étape du processus de sélection pour l'affichage 11842.

Cette étape consiste en un examen de connaissances en ligne (SQL, statistiques descriptives et visualisation), d'une durée de 90 minutes. Vous recevrez un lien personnel de la plateforme d'évaluation; l'examen devra être complété au plus tard le 6 octobre 2025 à 23 h 59.

Si vous avez besoin de mesures d'adaptation, veuillez nous en aviser par retour de courriel.

Service du recrutement
Énergie Laurentienne""",
    ),
    m(
        "48122",
        "2025-10-15 14:20 -0400",
        "Recrutement Énergie Laurentienne <recrutement@energielaurentienne.qc.ca>",
        "Affichage 11842 – Convocation en entrevue",
        (
            "interview",
            "Énergie Laurentienne",
            "Conseillère en analytique de données",
            3,
            "direct",
            "fr",
        ),
        text="""Madame,

Nous vous félicitons : vous avez réussi l'examen de connaissances. Vous êtes convoquée à une entrevue devant un comité de sélection le mercredi 22 octobre 2025 à 9 h 30, au 75, boulevard René-Lévesque Ouest, 12e étage. Prévoyez 60 minutes.

Veuillez vous présenter à l'accueil avec une pièce d'identité avec photo et vos diplômes originaux.

Service du recrutement""",
    ),
    m(
        "48123",
        "2025-11-12 11:15 -0500",
        "Recrutement Énergie Laurentienne <recrutement@energielaurentienne.qc.ca>",
        "Affichage 11842 – Résultat du processus",
        (
            "rejection",
            "Énergie Laurentienne",
            "Conseillère en analytique de données",
            3,
            "direct",
            "fr",
        ),
        text="""Madame Tremblay-Nguyen,

Le comité tient d'abord à souligner la qualité de votre entrevue : vos exemples concrets et votre connaissance du secteur ont été remarqués, et votre résultat à l'examen figure parmi les meilleurs.

Nous avons toutefois le regret de vous informer que votre candidature n'a pas été retenue pour ce poste. Le nombre de postes à pourvoir étant limité, nous avons retenu une candidature dont l'expérience en réglementation énergétique répondait plus précisément aux exigences.

Nous vous remercions de votre intérêt pour Énergie Laurentienne et vous souhaitons du succès dans vos démarches.

Service du recrutement""",
    ),
    # --- 4 CIUSSS, plateforme santé (other) — confirmation with "malheureusement", ghosted ------
    m(
        "48130",
        "2025-09-11 07:45 -0400",
        "CIUSSS du Centre-Ouest-des-Érables <ne-pas-repondre@ciusss-coe.gouv.qc.ca>",
        "Accusé de réception – Agente ou agent de planification, de programmation et de recherche (analyse de données) – 2025-APPR-2291",
        (
            "confirmation",
            "CIUSSS du Centre-Ouest-des-Érables",
            "Agente de planification, programmation et recherche",
            4,
            "other",
            "fr",
        ),
        text="""Bonjour,

Nous accusons réception de votre candidature pour l'affichage 2025-APPR-2291 — Agente ou agent de planification, de programmation et de recherche (APPR), volet analyse de données, Direction de la performance, Hôpital des Érables.

Malheureusement, en raison du volume élevé de candidatures, il nous est impossible de répondre personnellement à chacune d'elles. Seules les personnes retenues pour une entrevue seront contactées.

Merci de votre intérêt pour le réseau de la santé et des services sociaux.

Direction des ressources humaines
CIUSSS du Centre-Ouest-des-Érables""",
    ),
    # --- 5 Université (Taleo) ---------------------------------------------------------------------
    m(
        "48140",
        "2025-09-19 12:31 -0400",
        "Université Champlain-Estrie <universite-champlain@taleo.net>",
        "Université Champlain-Estrie – Candidature reçue – Analyste en données institutionnelles (Concours 25-0917)",
        (
            "confirmation",
            "Université Champlain-Estrie",
            "Analyste en données institutionnelles",
            5,
            "taleo",
            "fr",
        ),
        text="""Madame Élodie Tremblay-Nguyen,

Nous vous remercions d'avoir postulé pour le concours 25-0917 – Analyste en données institutionnelles, Bureau de la recherche institutionnelle.

Votre candidature a été transmise au Service des ressources humaines. Veuillez noter que le traitement des candidatures débute à la date de clôture du concours.

Pour consulter ou modifier votre dossier, accédez à la section « Mes postes » de votre profil.

Service des ressources humaines
Université Champlain-Estrie""",
    ),
    m(
        "48141",
        "2025-10-07 09:58 -0400",
        "Sophie Allard <sophie.allard@ucestrie.ca>",
        "Concours 25-0917 - entrevue",
        (
            "interview",
            "Université Champlain-Estrie",
            "Analyste en données institutionnelles",
            5,
            "direct",
            "fr",
        ),
        text="""Bonjour Madame Tremblay-Nguyen,

Votre candidature pour le poste d'analyste en données institutionnelles a été retenue. Le comité de sélection aimerait vous rencontrer le mardi 14 octobre à 14 h, par Zoom (lien à suivre). L'entrevue durera environ une heure et sera précédée d'un court exercice pratique de 30 minutes.

Merci de confirmer votre présence par retour de courriel.

Sophie Allard
Conseillère en dotation
Service des ressources humaines | Université Champlain-Estrie""",
    ),
    m(
        "48142",
        "2025-10-28 16:44 -0400",
        "Université Champlain-Estrie <universite-champlain@taleo.net>",
        "Concours 25-0917",
        (
            "rejection",
            "Université Champlain-Estrie",
            "Analyste en données institutionnelles",
            5,
            "taleo",
            "fr",
        ),
        text="""Madame,

Le processus de sélection pour le concours 25-0917 est maintenant terminé. Nous vous informons que votre candidature n'a pas été retenue.

Nous vous remercions sincèrement de l'intérêt manifesté envers l'Université Champlain-Estrie et de votre participation au processus.

Service des ressources humaines""",
    ),
    # --- 6 Horizon Assurance (Groupe Pèlerin Horizon inc.), Workday — offer accepted -----------
    m(
        "48150",
        "2025-10-02 19:26 -0400",
        "Groupe Pèlerin Horizon inc. <pelerinhorizon@myworkday.com>",
        "Merci pour votre candidature!",
        ("confirmation", HOR, "Développeuse BI principale", 6, "workday", "fr"),
        text="""Bonjour Élodie,

Merci d'avoir postulé au poste de Développeur(se) BI principal(e) (JR-30517) chez Horizon Assurance. Nous sommes heureux de l'intérêt que vous portez à notre organisation.

Notre équipe examinera votre candidature. Si votre profil correspond à nos besoins, nous communiquerons avec vous pour planifier les prochaines étapes.

Cordialement,
Équipe Acquisition de talents
Groupe Pèlerin Horizon inc. — Horizon Assurance | Horizon Auto | Horizon Habitation""",
    ),
    m(
        "48151",
        "2025-10-09 10:05 -0400",
        "Groupe Pèlerin Horizon inc. <pelerinhorizon@myworkday.com>",
        "Action requise : évaluation en ligne – JR-30517",
        ("assessment", HOR, "Développeuse BI principale", 6, "workday", "fr"),
        text="""Bonjour Élodie,

Dans le cadre de votre candidature au poste de Développeur(se) BI principal(e), nous vous invitons à compléter une évaluation technique (SQL et DAX) dans votre compte candidat, sous l'onglet « Mes tâches ».

Date limite : 14 octobre 2025.

Merci et bonne chance!
Acquisition de talents – Horizon Assurance""",
    ),
    m(
        "48152",
        "2025-10-17 14:12 -0400",
        "Karine Beaulieu <karine.beaulieu@pelerinhorizon.ca>",
        "Horizon – entrevue Développeur(se) BI principal(e)",
        ("interview", HOR, "Développeuse BI principale", 6, "direct", "fr"),
        text="""Bonjour Élodie,

Félicitations pour votre résultat à l'évaluation technique! Je vous envoie une invitation Teams pour une entrevue avec Nadia Samson, directrice Analytique d'affaires, et moi-même, le jeudi 23 octobre de 10 h à 11 h.

Si la plage ne vous convient pas, dites-le-moi et on trouvera autre chose.

Karine Beaulieu
Partenaire d'affaires, acquisition de talents
Horizon Assurance
Une marque de Groupe Pèlerin Horizon inc.""",
        ics=teams(
            "2025-10-23 10:00:00 -0400",
            "040000008200E00074C5B7101A82E0080000000HOR23",
            "Entrevue Élodie Tremblay-Nguyen / Développeur(se) BI principal(e)",
            ("Karine Beaulieu", "karine.beaulieu@pelerinhorizon.ca"),
            60,
        ),
    ),
    m(
        "48153",
        "2025-10-27 12:30 -0400",
        "Karine Beaulieu <karine.beaulieu@pelerinhorizon.ca>",
        "RE: Horizon – entrevue Développeur(se) BI principal(e)",
        ("interview", HOR, "Développeuse BI principale", 6, "direct", "fr"),
        text="""Bonjour Élodie,

Nadia aimerait que vous rencontriez aussi Francis, l'architecte de données, pour une dernière rencontre d'environ 30 minutes. Mercredi 29 à 15 h, ça irait?

Karine

De : Élodie Tremblay-Nguyen
Envoyé : 23 octobre 2025 11:20
À : Karine Beaulieu
Objet : RE: Horizon – entrevue Développeur(se) BI principal(e)

Merci encore pour l'entrevue de ce matin, j'ai beaucoup apprécié la discussion sur votre migration vers le lakehouse.
Élodie""",
        **re_("48152"),
    ),
    m(
        "48154",
        "2025-11-04 17:02 -0500",
        "Karine Beaulieu <karine.beaulieu@pelerinhorizon.ca>",
        "Offre d'emploi conditionnelle – Horizon Assurance",
        ("offer", HOR, "Développeuse BI principale", 6, "direct", "fr"),
        text="""Bonjour Élodie,

Comme discuté au téléphone cet après-midi, j'ai le plaisir de vous transmettre en pièce jointe notre offre d'emploi conditionnelle pour le poste de Développeuse BI principale.

En résumé :
- salaire annuel de 98 000 $, bonus cible de 8 %
- mode hybride (2 jours par semaine au bureau de la rue De La Gauchetière)
- entrée en fonction proposée : le lundi 5 janvier 2026

L'offre est conditionnelle à la vérification des antécédents (judiciaires, crédit et diplômes). Merci de nous faire part de votre décision d'ici le 10 novembre.

Au plaisir de vous accueillir dans l'équipe!

Karine Beaulieu
Horizon Assurance""",
        attach=[
            (
                "Offre_conditionnelle_ETN.txt",
                "text/plain",
                "Groupe Pèlerin Horizon inc.\nLettre d'offre conditionnelle - Développeuse BI principale\n",
            )
        ],
    ),
    m(
        "48155",
        "2025-11-07 09:40 -0500",
        "Karine Beaulieu <karine.beaulieu@pelerinhorizon.ca>",
        "RE: Offre d'emploi conditionnelle – Horizon Assurance",
        ("offer", HOR, "Développeuse BI principale", 6, "direct", "fr"),
        st="accepted",
        text="""Wow, excellente nouvelle Élodie! Toute l'équipe est ravie que vous acceptiez l'offre. 

Je lance dès aujourd'hui la vérification des antécédents; vous recevrez un courriel de notre fournisseur pour remplir le formulaire de consentement.

Karine

> Bonjour Karine,
> J'ai le plaisir d'accepter l'offre. Vous trouverez la lettre signée en pièce jointe.
> Élodie""",
        **re_("48154"),
    ),
    m(
        "48156",
        "2025-11-07 14:18 -0500",
        "Vérifications Sterling Nord <no-reply@sterlingnord-verif.ca>",
        "Horizon Assurance – Vérification des antécédents : formulaire de consentement",
        ("other_job", HOR, "Développeuse BI principale", None, "other", "fr"),
        text="""Bonjour Élodie Tremblay-Nguyen,

Horizon Assurance nous a mandatés pour effectuer votre vérification des antécédents préalable à l'emploi.

Veuillez remplir le formulaire de consentement et téléverser une pièce d'identité d'ici 72 heures : https://portail.sterlingnord-verif.ca/c/8f3K2

Merci,
Équipe des vérifications""",
    ),
    m(
        "48157",
        "2025-12-15 10:00 -0500",
        "Horizon Assurance – Accueil <accueil.nouveaux@pelerinhorizon.ca>",
        "Bienvenue chez Horizon! Votre première journée le 5 janvier",
        ("other_job", HOR, "Développeuse BI principale", None, "direct", "fr"),
        text="""Bonjour Élodie,

Nous avons très hâte de vous accueillir! Votre première journée aura lieu le lundi 5 janvier 2026 à 9 h au 800, rue De La Gauchetière Ouest, bureau 1400. Présentez-vous à l'accueil du 14e étage; Nadia viendra vous chercher.

À apporter : spécimen de chèque, pièce d'identité, numéro d'assurance sociale.

L'équipe Expérience employé""",
    ),
    # --- 7 / 24 Nordlys Jeux (studio de jeux vidéo), Greenhouse; re-application ------------
    m(
        "48160",
        "2025-09-22 15:07 -0400",
        "Nordlys Jeux <no-reply@us.greenhouse-mail.io>",
        "Merci d'avoir postulé chez Nordlys Jeux",
        ("confirmation", "Nordlys Jeux", "Analyste de données, Live Ops", 7, "greenhouse", "fr"),
        text="""Salut Élodie,

Merci pour ton intérêt envers Nordlys et le poste d'Analyste de données, Live Ops! On a bien reçu ta candidature.

Notre équipe de recrutement regarde chaque candidature avec attention. Si ton profil correspond à ce qu'on cherche, on te fait signe rapidement.

À bientôt,
L'équipe talent de Nordlys Jeux""",
    ),
    m(
        "48161",
        "2025-10-06 18:22 -0400",
        "Nordlys Jeux <no-reply@us.greenhouse-mail.io>",
        "Ta candidature chez Nordlys",
        ("rejection", "Nordlys Jeux", "Analyste de données, Live Ops", 7, "greenhouse", "fr"),
        text="""Salut Élodie,

Merci encore d'avoir pris le temps de postuler pour le poste d'Analyste de données, Live Ops.

On a reçu beaucoup de candidatures très fortes et, après réflexion, on a décidé d'aller de l'avant avec d'autres profils dont l'expérience en jeux free-to-play est plus directe.

On t'encourage à garder un œil sur notre page carrières : on a plusieurs projets qui s'en viennent!

L'équipe talent de Nordlys""",
    ),
    m(
        "48162",
        "2026-01-12 11:41 -0500",
        "Nordlys Jeux <no-reply@us.greenhouse-mail.io>",
        "Merci d'avoir postulé chez Nordlys Jeux",
        ("confirmation", "Nordlys Jeux", "Analyste de données, Live Ops", 24, "greenhouse", "fr"),
        text="""Salut Élodie,

Merci pour ton intérêt envers Nordlys et le poste d'Analyste de données, Live Ops (nouveau projet)! On a bien reçu ta candidature.

On se reparle très bientôt si ton profil correspond.

L'équipe talent de Nordlys Jeux""",
    ),
    m(
        "48163",
        "2026-01-21 13:05 -0500",
        "Gabriel Lachance <gabriel.lachance@nordlysjeux.com>",
        "Nordlys – on jase?",
        ("interview", "Nordlys Jeux", "Analyste de données, Live Ops", 24, "greenhouse", "fr"),
        text="""Salut Élodie,

Je suis Gabriel, recruteur chez Nordlys. On se souvient de ta candidature de l'automne et ton nouveau profil (bravo pour le poste chez Horizon, d'ailleurs) nous intéresse pour notre nouvelle équipe Live Ops. Aurais-tu 30 minutes pour un appel découverte?

Tu peux choisir une plage directement ici : https://app.greenhouse.io/scheduling/nordly/8812

Gab""",
        headers={"Sender": "Gabriel Lachance via Greenhouse <no-reply@greenhouse.io>"},
    ),
]

PIS = "Pistache"
DV = "Données Vives"

MAIL += [
    # --- 8 Pistache (bannière de Groupe Lacasse-Roy inc.), Dayforce — withdrawal -----------
    m(
        "48170",
        "2025-10-01 08:55 -0400",
        "Groupe Lacasse-Roy inc. <noreply@dayforcehcm.com>",
        "Groupe Lacasse-Roy – Confirmation de candidature",
        ("confirmation", PIS, "Analyste BI, marchandisage", 8, "other", "fr"),
        html="""<html><body style="font-family:Arial"><p>Bonjour Élodie,</p>
<p>Nous avons bien reçu votre candidature pour le poste <b>Analyste BI, marchandisage</b> – Boutiques Pistache (siège social, Laval).</p>
<p>Groupe Lacasse-Roy inc. regroupe les bannières Pistache, Maison Cardinal et Zeste Mode. Si votre candidature est retenue, un membre de notre équipe vous contactera.</p>
<p>Merci de votre intérêt!<br>Ressources humaines – Groupe Lacasse-Roy</p>
<p style="font-size:10px;color:#888">Propulsé par Dayforce</p></body></html>""",
    ),
    m(
        "48171",
        "2025-10-20 12:10 -0400",
        "Annie Roy-Bélanger <annie.roybelanger@lacasseroy.ca>",
        "Pistache – Analyste BI : entrevue téléphonique",
        ("interview", PIS, "Analyste BI, marchandisage", 8, "direct", "fr"),
        text="""Bonjour Élodie,

Merci pour votre candidature chez Pistache. J'aimerais planifier un court entretien téléphonique de 20 minutes pour discuter du poste d'analyste BI au marchandisage. Seriez-vous disponible vendredi matin?

Annie Roy-Bélanger
Recrutement corporatif | Groupe Lacasse-Roy inc.
Pistache · Maison Cardinal · Zeste Mode""",
    ),
    m(
        "48172",
        "2025-11-10 14:26 -0500",
        "Annie Roy-Bélanger <annie.roybelanger@lacasseroy.ca>",
        "RE: Retrait de ma candidature – Analyste BI",
        ("confirmation", PIS, "Analyste BI, marchandisage", 8, "direct", "fr"),
        st="withdrawn",
        text="""Bonjour Élodie,

Merci de nous en avoir informés et félicitations pour votre nouveau poste! Votre candidature est retirée du processus. N'hésitez pas à postuler de nouveau dans le futur.

Bonne continuation,
Annie

-----Message d'origine-----
De : Élodie Tremblay-Nguyen
Envoyé : 10 novembre 2025 09:12
Objet : Retrait de ma candidature – Analyste BI

Bonjour Annie,
Je vous écris pour retirer ma candidature au poste d'analyste BI, marchandisage : j'ai accepté une offre ailleurs. Merci beaucoup pour votre temps.
Élodie""",
    ),
    # --- 9 Données Vives (startup), Lever — offer declined -------------------------------------
    m(
        "48180",
        "2025-09-26 10:30 -0400",
        "Données Vives <no-reply@hire.lever.co>",
        "Données Vives – merci pour ta candidature",
        ("confirmation", DV, "Ingénieure analytique", 9, "lever", "fr"),
        text="""Allô Élodie,

Merci d'avoir postulé au poste d'Ingénieur(e) analytique chez Données Vives! On est une petite équipe de 18 personnes dans le Mile-Ex et on lit chaque candidature.

Tu auras de nos nouvelles d'ici une dizaine de jours.

Olivier, cofondateur""",
    ),
    m(
        "48181",
        "2025-10-03 16:48 -0400",
        "Olivier Fortin <olivier@donneesvives.io>",
        "Re: Données Vives – merci pour ta candidature",
        ("interview", DV, "Ingénieure analytique", 9, "lever", "fr"),
        text="""Salut Élodie,

On aimerait beaucoup te rencontrer! Un café au bureau (7070, rue Alexandra) la semaine prochaine? Mardi 16 h ou mercredi 10 h.

Olivier

Sent with Lever""",
        **re_("48180"),
    ),
    m(
        "48182",
        "2025-10-03 21:15 -0400",
        "Olivier Fortin <olivier@donneesvives.io>",
        "Re: Données Vives – merci pour ta candidature",
        ("interview", DV, "Ingénieure analytique", 9, "lever", "fr"),
        text="""Parfait, mercredi 10 h. Sonne à l'interphone « DV », 3e étage.

O.

Le ven. 3 oct. 2025 à 20 h 02, Élodie Tremblay-Nguyen <elodie.tn@courrielplus.ca> a écrit :
> Mercredi 10 h, ce serait parfait pour moi!""",
        **re_("48181"),
    ),
    m(
        "48183",
        "2025-10-21 11:02 -0400",
        "Olivier Fortin <olivier@donneesvives.io>",
        "Offre – Ingénieure analytique",
        ("offer", DV, "Ingénieure analytique", 9, "direct", "fr"),
        text="""Salut Élodie,

Suite à nos deux rencontres et à ton exercice dbt (vraiment solide), on est heureux de t'offrir le poste d'ingénieure analytique chez Données Vives : 88 000 $ + options (0,15 %), 4 semaines de vacances, télétravail flexible.

La lettre d'offre est en pièce jointe dans Lever. On aimerait une réponse d'ici le 31 octobre si possible.

Olivier et Camille""",
    ),
    m(
        "48184",
        "2025-11-08 10:20 -0500",
        "Olivier Fortin <olivier@donneesvives.io>",
        "Re: Offre – Ingénieure analytique",
        ("offer", DV, "Ingénieure analytique", 9, "direct", "fr"),
        st="declined",
        text="""Salut Élodie,

Dommage pour nous, mais on comprend tout à fait — une offre de cette envergure, ça ne se refuse pas. Merci de nous l'avoir dit franchement. Si jamais l'aventure startup te tente dans un an ou deux, la porte reste ouverte.

Bonne chance chez Horizon!
Olivier

> Bonjour Olivier, après beaucoup de réflexion, je dois décliner votre offre...""",
        **re_("48183"),
    ),
    # --- 10 Clairvoie Analytique, Workable -----------------------------------------------------------
    m(
        "48190",
        "2025-10-08 13:13 -0400",
        "Clairvoie Analytique <noreply@candidates.workablemail.com>",
        "Merci de votre candidature – Analyste BI junior/intermédiaire",
        ("confirmation", "Clairvoie Analytique", "Analyste BI", 10, "workable", "fr"),
        text="""Bonjour Élodie,

Nous avons bien reçu votre candidature pour le poste Analyste BI junior/intermédiaire chez Clairvoie Analytique.

Nous examinons présentement les candidatures et reviendrons vers vous si votre profil est retenu.

Cordialement,
Clairvoie Analytique

Propulsé par Workable""",
    ),
    m(
        "48191",
        "2025-10-16 09:02 -0400",
        "Clairvoie Analytique <noreply@candidates.workablemail.com>",
        "Votre candidature chez Clairvoie Analytique",
        ("rejection", "Clairvoie Analytique", "Analyste BI", 10, "workable", "fr"),
        text="""Bonjour Élodie,

Merci de l'intérêt porté à Clairvoie Analytique. Après examen de votre dossier, nous constatons que votre profil ne correspond pas aux besoins actuels de ce poste, qui s'adresse à une personne en début de carrière.

Nous vous souhaitons bonne chance dans votre recherche.

L'équipe Clairvoie""",
    ),
    # --- 11 Capitale Logistique IA (Québec), BambooHR — ghosted --------------------------------------
    m(
        "48200",
        "2025-10-10 22:04 -0400",
        "Capitale Logistique IA <notifications@app.bamboohr.com>",
        "Merci d'avoir postulé",
        (
            "confirmation",
            "Capitale Logistique IA",
            "Analyste de données opérationnelles",
            11,
            "bamboohr",
            "fr",
        ),
        text="""Bonjour Élodie,

Merci d'avoir postulé au poste d'Analyste de données opérationnelles (Québec, hybride) chez Capitale Logistique IA. Nous avons bien reçu votre candidature et nous l'examinerons sous peu.

Bonne journée!
L'équipe Capitale Logistique IA""",
    ),
    # --- 14 IQSA (fonction publique québécoise), Carrières Québec (other) -----------------------
    m(
        "48210",
        "2025-09-15 11:00 -0400",
        "Carrières Québec <ne-pas-repondre@carrieres.gouv.qc.ca>",
        "Confirmation d'inscription – processus de qualification 123G-2025-0441",
        (
            "confirmation",
            "Institut québécois de la statistique appliquée",
            "Statisticienne / analyste de données",
            14,
            "other",
            "fr",
        ),
        text="""Madame Élodie Tremblay-Nguyen,

Nous confirmons votre inscription au processus de qualification no 123G-2025-0441 visant à constituer une banque de personnes qualifiées pour des emplois de statisticienne ou statisticien et analyste de données, à l'Institut québécois de la statistique appliquée (IQSA), à Québec et à Montréal.

Votre candidature sera évaluée à partir des renseignements fournis dans le formulaire. Consultez régulièrement votre dossier en ligne.

Ce courriel est généré automatiquement.""",
    ),
    m(
        "48211",
        "2025-10-06 08:30 -0400",
        "Carrières Québec <ne-pas-repondre@carrieres.gouv.qc.ca>",
        "Concours 123G-2025-0441 – Convocation à l'examen",
        (
            "assessment",
            "Institut québécois de la statistique appliquée",
            "Statisticienne / analyste de données",
            14,
            "other",
            "fr",
        ),
        text="""Madame,

Votre candidature a été jugée admissible. Vous êtes convoquée à l'examen écrit à distance (questionnaire à choix multiples et étude de cas) qui se tiendra du 20 au 24 octobre 2025. L'examen est d'une durée maximale de 2 heures.

Les instructions de connexion vous seront transmises dans votre dossier en ligne.

Direction de la dotation""",
    ),
    m(
        "48212",
        "2025-11-19 15:00 -0500",
        "Carrières Québec <ne-pas-repondre@carrieres.gouv.qc.ca>",
        "Résultat – processus de qualification 123G-2025-0441",
        (
            "rejection",
            "Institut québécois de la statistique appliquée",
            "Statisticienne / analyste de données",
            14,
            "other",
            "fr",
        ),
        text="""Madame,

Nous vous informons que vous n'avez pas obtenu la note de passage à l'examen écrit du processus de qualification 123G-2025-0441. Votre résultat est de 58 %, la note de passage étant fixée à 60 %.

Par conséquent, votre nom ne sera pas inscrit dans la banque de personnes qualifiées. Vous pouvez demander une révision dans les 30 jours suivant la réception de ce courriel.

Direction de la dotation""",
    ),
    # --- 18 Alliance Talents Conseil -> Banque Fleurdelys ------------------------------------------
    m(
        "48220",
        "2025-09-17 09:35 -0400",
        "Julien Messier <jmessier@alliancetalents.ca>",
        "Opportunité – Analyste BI senior, important client du secteur financier",
        ("outreach", None, "Analyste BI senior", None, "agency", "fr"),
        text="""Bonjour Élodie,

J'ai vu votre profil sur LinkedIn et je crois que vous pourriez être une excellente candidate pour un mandat que je mène pour un important client du secteur financier à Montréal.

Le poste : Analyste BI senior, contrat permanent, hybride centre-ville, 90-105 k$. Environnement Power BI, SQL Server, début de migration vers Snowflake.

Seriez-vous ouverte à un appel de 15 minutes cette semaine?

Julien Messier, CRHA
Associé, TI et données
Alliance Talents Conseil | 438 555-0119""",
    ),
    m(
        "48221",
        "2025-09-23 17:20 -0400",
        "Julien Messier <jmessier@alliancetalents.ca>",
        "Suite à notre appel – présentation de votre candidature",
        ("confirmation", "Banque Fleurdelys", "Analyste BI senior", 18, "agency", "fr"),
        text="""Bonjour Élodie,

Merci pour l'appel de ce matin. Comme convenu, je peux maintenant vous dire que le client est la Banque Fleurdelys (équipe Analytique Risque de crédit). J'ai présenté votre candidature aujourd'hui avec votre CV mis à jour.

Je vous reviens dès que j'ai une rétroaction du gestionnaire.

Julien""",
    ),
    m(
        "48222",
        "2025-10-01 12:02 -0400",
        "Julien Messier <jmessier@alliancetalents.ca>",
        "Fleurdelys – entrevue confirmée",
        ("interview", "Banque Fleurdelys", "Analyste BI senior", 18, "agency", "fr"),
        text="""Bonne nouvelle Élodie!

La gestionnaire, Mme Caroline Dufresne, aimerait vous rencontrer le mardi 7 octobre à 11 h, au 500, Grande Allée... non, pardon, au 1250, boulevard Robert-Bourassa, 9e étage. Demandez Caroline à l'accueil.

Je vous appelle lundi pour vous préparer.

Julien""",
    ),
    m(
        "48223",
        "2025-10-15 16:40 -0400",
        "Julien Messier <jmessier@alliancetalents.ca>",
        "Retour de Fleurdelys",
        ("rejection", "Banque Fleurdelys", "Analyste BI senior", 18, "agency", "fr"),
        text="""Bonjour Élodie,

J'ai eu le retour de la Banque Fleurdelys. Ils ont aimé votre savoir-être, mais ils ont finalement choisi un candidat à l'interne qui connaissait déjà leurs modèles de risque. Je sais que c'est décevant.

Je garde votre dossier actif : j'ai d'autres mandats en données qui pourraient vous convenir d'ici quelques semaines.

Julien""",
    ),
    # --- 19 Groupe Recrutement Sentinelle -> Mutuelle Saint-Ambroise (client du secteur de l'assurance)
    m(
        "48230",
        "2025-10-14 10:10 -0400",
        "Stéphanie Nault <snault@recrutementsentinelle.com>",
        "Poste de développeuse BI – client du secteur de l'assurance (Québec)",
        ("outreach", None, "Développeuse BI", None, "agency", "fr"),
        text="""Bonjour Élodie,

Je me permets de vous contacter pour un poste de développeur(se) BI chez un client du secteur de l'assurance, situé à Québec (télétravail 3 jours/semaine possible). Le mandat est confidentiel à cette étape-ci.

Si le défi vous intéresse, envoyez-moi votre CV à jour et vos attentes salariales.

Stéphanie Nault
Chargée de recrutement
Groupe Recrutement Sentinelle""",
    ),
    m(
        "48231",
        "2025-10-20 14:45 -0400",
        "Stéphanie Nault <snault@recrutementsentinelle.com>",
        "RE: Poste de développeuse BI – client du secteur de l'assurance (Québec)",
        ("confirmation", "Mutuelle Saint-Ambroise", "Développeuse BI", 19, "agency", "fr"),
        text="""Merci Élodie, j'ai bien reçu votre CV. Maintenant que le client m'a autorisée à divulguer son nom : il s'agit de la Mutuelle Saint-Ambroise, à Sainte-Foy. Votre candidature leur a été soumise ce matin.

Stéphanie""",
        **re_("48230"),
    ),
    m(
        "48232",
        "2025-10-31 09:15 -0400",
        "Stéphanie Nault <snault@recrutementsentinelle.com>",
        "Mise à jour – Mutuelle Saint-Ambroise",
        ("rejection", "Mutuelle Saint-Ambroise", "Développeuse BI", 19, "agency", "fr"),
        text="""Bonjour Élodie,

Je reviens vers vous concernant le poste à la Mutuelle Saint-Ambroise : le client a décidé de ne pas poursuivre avec votre candidature, principalement parce qu'il recherche une personne présente au bureau de Québec quatre jours par semaine.

Merci de votre confiance,
Stéphanie""",
    ),
    # --- 20 Indeed: Transport Matane Logistique — viewed, ghosted ---------------------------------
    m(
        "48240",
        "2025-09-09 19:02 -0400",
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyée : Analyste de données",
        ("confirmation", "Transport Matane Logistique", "Analyste de données", 20, "indeed", "fr"),
        html="""<html><body><table width="600"><tr><td><h2>Candidature envoyée</h2>
<p><b>Analyste de données</b><br>Transport Matane Logistique – Boucherville, QC</p>
<p>Votre candidature a été envoyée à Transport Matane Logistique. Vous recevrez une notification si l'employeur met à jour le statut de votre candidature.</p>
<p><a href="https://ca.indeed.com/myjobs">Voir mes emplois</a></p>
<p style="font-size:11px">Indeed Canada Corp., 20 Bay Street, Toronto</p></td></tr></table></body></html>""",
    ),
    m(
        "48241",
        "2025-09-15 08:12 -0400",
        "Indeed <donotreply@match.indeed.com>",
        "Transport Matane Logistique a consulté votre candidature",
        ("viewed", "Transport Matane Logistique", "Analyste de données", 20, "indeed", "fr"),
        html="""<html><body><p>Bonne nouvelle, Élodie!</p><p>L'employeur <b>Transport Matane Logistique</b> a consulté votre candidature pour le poste <b>Analyste de données</b>.</p><p>Conseil : les employeurs répondent souvent dans les deux semaines.</p><p><a href="https://ca.indeed.com/myjobs">Suivre ma candidature</a></p></body></html>""",
    ),
    # --- 21 LinkedIn Easy Apply: Lumen Santé Numérique -----------------------------------------------
    m(
        "48250",
        "2025-10-22 20:31 -0400",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Élodie, votre candidature a été envoyée à Lumen Santé Numérique",
        ("confirmation", "Lumen Santé Numérique", "Analyste BI", 21, "linkedin", "fr"),
        html="""<html><body><p>Votre candidature a été envoyée à Lumen Santé Numérique</p><p><b>Analyste BI</b><br>Lumen Santé Numérique · Montréal, QC (hybride)</p><p>Postulé le 22 oct.</p><p><a href="https://www.linkedin.com/jobs/view/4120938811/">Voir l'offre</a></p><p>Vous recevez ces courriels de LinkedIn. Se désabonner · Aide</p><p>© 2025 LinkedIn Corporation</p></body></html>""",
    ),
    m(
        "48251",
        "2025-10-24 11:05 -0400",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Votre candidature a été consultée par Lumen Santé Numérique",
        ("viewed", "Lumen Santé Numérique", "Analyste BI", 21, "linkedin", "fr"),
        html="""<html><body><p>Élodie, votre candidature a été consultée</p><p>Lumen Santé Numérique a vu votre candidature pour <b>Analyste BI</b>.</p><p><a href="https://www.linkedin.com/my-items/saved-jobs/">Voir les candidatures</a></p></body></html>""",
    ),
    m(
        "48252",
        "2025-11-03 14:49 -0500",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Votre candidature pour Analyste BI chez Lumen Santé Numérique",
        ("rejection", "Lumen Santé Numérique", "Analyste BI", 21, "linkedin", "fr"),
        html="""<html><body><p>Bonjour Élodie,</p><p>Merci de votre intérêt pour le poste Analyste BI chez Lumen Santé Numérique. Malheureusement, nous avons décidé de poursuivre le processus avec d'autres candidats.</p><p>Nous vous souhaitons bonne chance dans votre recherche d'emploi.</p><p>— Lumen Santé Numérique</p><p style="font-size:11px">Ce message a été envoyé via LinkedIn.</p></body></html>""",
    ),
    # --- 22 Jobillico: Fromagerie Val-Bleu ----------------------------------------------------------
    m(
        "48260",
        "2025-11-13 09:27 -0500",
        "Jobillico <nepasrepondre@jobillico.com>",
        "Votre candidature a bien été transmise – Fromagerie Val-Bleu",
        (
            "confirmation",
            "Fromagerie Val-Bleu",
            "Analyste en intelligence d'affaires",
            22,
            "other",
            "fr",
        ),
        html="""<html><body><p>Bonjour Élodie,</p><p>Votre candidature pour l'offre <b>Analyste en intelligence d'affaires</b> chez <b>Fromagerie Val-Bleu</b> (Saint-Hyacinthe) a bien été transmise à l'employeur.</p><p>Bonne chance!<br>L'équipe Jobillico</p></body></html>""",
    ),
    m(
        "48261",
        "2025-11-27 16:02 -0500",
        "Ressources humaines Val-Bleu <rh@fromagerievalbleu.ca>",
        "Candidature – Analyste en intelligence d'affaires",
        (
            "rejection",
            "Fromagerie Val-Bleu",
            "Analyste en intelligence d'affaires",
            22,
            "direct",
            "fr",
        ),
        text="""Bonjour Madame Tremblay-Nguyen,

Nous vous remercions pour l'intérêt que vous portez à la Fromagerie Val-Bleu. Nous avons bien pris connaissance de votre candidature; cependant, nous avons retenu une candidature qui habite la région de Saint-Hyacinthe, le poste exigeant une présence quotidienne à l'usine.

Bonne chance dans vos recherches!

Line Desrosiers
Ressources humaines""",
    ),
    # --- 23 Jobboom: Ville de Saint-Aurèle -----------------------------------------------------------
    m(
        "48270",
        "2025-10-27 07:58 -0400",
        "Jobboom <ne-pas-repondre@jobboom.com>",
        "Confirmation : vous avez postulé à Analyste en géomatique et données – Ville de Saint-Aurèle",
        (
            "confirmation",
            "Ville de Saint-Aurèle",
            "Analyste en données et géomatique",
            23,
            "other",
            "fr",
        ),
        text="""Bonjour Élodie,

Vous avez postulé à l'offre suivante :
Analyste en géomatique et données – Ville de Saint-Aurèle (Laurentides)

Votre CV a été transmis à l'employeur. Gérez vos candidatures dans votre espace Jobboom.

Jobboom""",
    ),
    m(
        "48271",
        "2025-11-06 10:30 -0500",
        "Service des ressources humaines – Ville de Saint-Aurèle <rh@ville.saint-aurele.qc.ca>",
        "Invitation – entrevue de sélection",
        (
            "interview",
            "Ville de Saint-Aurèle",
            "Analyste en données et géomatique",
            23,
            "direct",
            "fr",
        ),
        text="""Madame,

Nous avons le plaisir de vous inviter à une entrevue pour le poste d'analyste en géomatique et données, le jeudi 13 novembre à 13 h 30, à l'hôtel de ville (101, rue Principale, salle du conseil).

Veuillez confirmer votre présence auprès de la soussignée.

Chantal Poirier
Technicienne en ressources humaines
Ville de Saint-Aurèle""",
    ),
    m(
        "48272",
        "2025-11-10 16:05 -0500",
        "Chantal Poirier <cpoirier@ville.saint-aurele.qc.ca>",
        "RE: Invitation – entrevue de sélection",
        (
            "confirmation",
            "Ville de Saint-Aurèle",
            "Analyste en données et géomatique",
            23,
            "direct",
            "fr",
        ),
        st="withdrawn",
        text="""Bonjour Madame Tremblay-Nguyen,

Nous prenons acte du retrait de votre candidature et annulons l'entrevue du 13 novembre. Merci de nous avoir avisés.

Bonne journée,
Chantal Poirier""",
        **re_("48271"),
    ),
    # --- 25 Ferme Urbaine Lumo: fondateur qui écrit de son Gmail --------------------------------------
    m(
        "48280",
        "2025-10-18 08:41 -0400",
        "Mathieu Lavoie <mathieu.lavoie.mtl@gmail.com>",
        "Ton CV – poste data chez Lumo",
        ("interview", "Ferme Urbaine Lumo", "Analyste de données", 25, "direct", "fr"),
        text="""Salut Élodie,

Je suis le fondateur de Ferme Urbaine Lumo (serres sur les toits, Saint-Michel). Catherine m'a transféré ta candidature pour notre poste d'analyste de données. J'écris de mon Gmail perso, notre domaine fait des siennes cette semaine.

Est-ce qu'on pourrait se voir en visio lundi 27 à 8 h 30? Rien de formel, on jase de tes projets et de nos capteurs.

Mathieu Lavoie
Fondateur, Ferme Urbaine Lumo
lumo-fermeurbaine.ca""",
    ),
    m(
        "48281",
        "2025-10-19 19:02 -0400",
        "Mathieu Lavoie <mathieu.lavoie.mtl@gmail.com>",
        "Re: Ton CV – poste data chez Lumo",
        ("interview", "Ferme Urbaine Lumo", "Analyste de données", 25, "direct", "fr"),
        text="""Super, à lundi 8 h 30! Voici le lien : https://meet.google.com/pqr-lumo-xyz

M.

Le dim. 19 oct. 2025, 17 h 40, Élodie Tremblay-Nguyen a écrit :
> Bonjour Mathieu, lundi 8 h 30 me convient. Au plaisir!""",
        **re_("48280"),
    ),
    m(
        "48282",
        "2025-11-09 21:10 -0500",
        "Mathieu Lavoie <mathieu.lavoie.mtl@gmail.com>",
        "Re: Retrait",
        ("confirmation", "Ferme Urbaine Lumo", "Analyste de données", 25, "direct", "fr"),
        st="withdrawn",
        text="""Ah, dommage pour nous, mais bravo! Merci de m'avoir prévenu rapidement. On se croisera sûrement au prochain meetup Data Montréal.

Mathieu

> Bonsoir Mathieu, je préfère retirer ma candidature, car j'ai accepté un poste...""",
        **re_("48281"),
    ),
    # --- 26 Québec emploi: Traiteur Saint-Roch ---------------------------------------------------------
    m(
        "48290",
        "2025-09-05 14:14 -0400",
        "Québec emploi <ne-pas-repondre@quebecemploi.gouv.qc.ca>",
        "Québec emploi – Votre candidature a été transmise",
        (
            "confirmation",
            "Traiteur Saint-Roch",
            "Analyste de données (temps partiel)",
            26,
            "other",
            "fr",
        ),
        text="""Bonjour,

Votre candidature a été transmise à l'employeur pour l'offre d'emploi no 5471288 :
Analyste de données (temps partiel, 24 h/semaine) — Traiteur Saint-Roch inc., Québec

L'employeur communiquera directement avec vous s'il souhaite vous rencontrer.

Québec emploi — Services Québec""",
    ),
]

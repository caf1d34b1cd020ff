# ruff: noqa: E501
"""Corpus 78, Québec French job mail (data only): see heldout78.py."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    return "-0400" if day < "2025-11-02" or day >= "2026-03-08" else "-0500"


m = partial(dated_spec, tz)


def A(cat, co, role, app, src, lang="fr"):
    return (cat, co, role, app, src, lang)


def J(cat, src, lang="fr", co=None, role=None):
    return (cat, co, role, None, src, lang)


def at(day_time: str) -> str:
    return f"{day_time}:00 {tz(day_time[:10])}"


def ev(start, org, uid, summary, minutes=60, **kw):
    return {
        "start": at(start),
        "organizer": org,
        "uid": uid,
        "summary": summary,
        "minutes": minutes,
        **kw,
    }


def reply(key: str, when: str, dom: str, subject: str) -> dict[str, str]:
    mid = f"<{key}.{when[:10].replace('-', '')}.{len(subject)}@{dom}>"
    return {"In-Reply-To": mid, "References": mid}


SIG = "\n\n--\nMaude Bélanger-Côté\n418 555-0147"

SA, SA1, SA2 = (
    "Ville de Saint-Aurèle",
    "Agente de soutien administratif – Ressources humaines",
    "Commis administratif(ve) – Service du greffe",
)
CI, CI1, CI2 = (
    "CIUSSS de la Haute-Capitale",
    "Agente administrative, classe 1 – Direction des ressources humaines",
    "Technicienne en administration – Dotation",
)
HB, HB1, HB2 = (
    "Hydro-Boréal",
    "Coordonnatrice – Ressources humaines",
    "Agente administrative – Dotation",
)
LB, LBR = "Lavigne Bourque", "Coordonnatrice RH (contrat 12 mois)"
AV, AVR = "Assurances Valmont", "Coordonnatrice administrative"
GC, GCR = "Groupe Caron Distribution", "Adjointe aux ressources humaines"
PX, PXR = "Studio Pixelune", "Coordonnatrice RH / HR Coordinator"
JC, JCR = "Résidence Les Jardins du Cap", "Adjointe administrative à la direction"
LM, LMR = "Groupe Conseil Lemieux", "Coordonnatrice ressources humaines"
BO, BOR = "Boréalis Assurance-vie", "Coordonnateur(trice), acquisition de talents"
TN, TNR = "Transport Nordet", "Coordonnatrice administrative et paie"
SL, SLR = "Clinique dentaire Sourire Limoilou", "Coordonnatrice administrative"
EM, EMR = "Éditions Marée Haute", "Adjointe administrative et RH"
VI, VIR = "Laboratoires Vireo", "Coordonnatrice RH"
FL, FLR = "Festival des Lumières de Québec", "Coordonnatrice administrative et bénévoles"

CI_DOM = "haute-capitale.myworkday.com"

MAIL: list[dict[str, Any]] = [
    # --- 1 Ville de Saint-Aurèle, soutien administratif RH (portail municipal) ------------------
    m(
        "7801",
        "2025-10-03 21:14",
        "Ville de Saint-Aurèle – Carrières <carrieres-noreply@saint-aurele.qc.ca>",
        "Accusé de réception – Concours RH-2025-031",
        A("confirmation", SA, SA1, 1, "other"),
        "Bonjour Madame Bélanger-Côté,\n\nNous accusons réception de votre candidature pour le poste suivant :\n\nConcours RH-2025-031 – Agente / agent de soutien administratif, Service des ressources humaines\nStatut : permanent, temps complet (35 h/semaine)\nDate de fin d'affichage : 17 octobre 2025\n\nSeules les personnes retenues pour la suite du processus seront contactées. Vous pouvez suivre l'état de votre dossier en tout temps dans votre espace candidat.\n\nLa Ville de Saint-Aurèle applique un programme d'accès à l'égalité en emploi.\n\nService des ressources humaines\nVille de Saint-Aurèle\n\nCeci est un message automatique, merci de ne pas y répondre.",
    ),
    m(
        "7802",
        "2025-10-24 10:02",
        "Marie-Ève Gingras <marie-eve.gingras@saint-aurele.qc.ca>",
        "Concours RH-2025-031 – Convocation à l'examen écrit",
        A("assessment", SA, SA1, 1, "direct"),
        "Bonjour Madame Bélanger-Côté,\n\nVotre candidature a retenu notre attention pour le concours RH-2025-031. Nous avons le plaisir de vous convoquer à un examen écrit :\n\nDate : mercredi 5 novembre 2025, 9 h\nLieu : Hôtel de ville, 1200, boulevard des Érables, salle du conseil (2e étage)\nDurée : 2 h 30 (français écrit, Excel, mise en situation)\n\nVeuillez vous présenter 15 minutes à l'avance avec une pièce d'identité avec photo. Aucun appareil électronique ne sera permis.\n\nMerci de confirmer votre présence en répondant à ce courriel d'ici le 29 octobre.\n\nMarie-Ève Gingras\nConseillère en dotation\nService des ressources humaines | Ville de Saint-Aurèle\n418 555-0190, poste 2214",
    ),
    m(
        "7803",
        "2025-10-24 12:40",
        "Maude Bélanger-Côté <maude.bcote@videotron.ca>",
        "RE: Concours RH-2025-031 – Convocation à l'examen écrit",
        A("assessment", SA, SA1, 1, "direct"),
        "Bonjour Madame Gingras,\n\nJe confirme ma présence à l'examen du 5 novembre à 9 h. Merci!\n\nBonne fin de journée,"
        + SIG
        + "\n\n> De : Marie-Ève Gingras\n> Votre candidature a retenu notre attention pour le concours RH-2025-031. Nous avons le plaisir de vous convoquer à un examen écrit :",
        to="Marie-Ève Gingras <marie-eve.gingras@saint-aurele.qc.ca>",
        **reply(
            "7802",
            "2025-10-24 10:02",
            "saint-aurele.qc.ca",
            "Concours RH-2025-031 – Convocation à l'examen écrit",
        ),
    ),
    m(
        "7804",
        "2025-11-20 15:31",
        "Marie-Ève Gingras <marie-eve.gingras@saint-aurele.qc.ca>",
        "Suivi de votre candidature",
        A("rejection", SA, SA1, 1, "direct"),
        "Bonjour Madame Bélanger-Côté,\n\nNous vous remercions de l'intérêt que vous portez à la Ville de Saint-Aurèle et du temps consacré à l'examen écrit du 5 novembre.\n\nVotre résultat était tout près du seuil et votre mise en situation était très bien rédigée. Cependant, le comité a retenu d'autres candidatures dont le résultat global était plus élevé, et nous ne pourrons pas poursuivre avec votre dossier pour ce concours.\n\nNous vous invitons à surveiller nos affichages : d'autres postes de soutien administratif seront publiés cet hiver.\n\nCordialement,\n\nMarie-Ève Gingras\nConseillère en dotation, Ville de Saint-Aurèle",
    ),
    # --- 22 Ville de Saint-Aurèle, re-application (greffe) ------------------------------------------
    m(
        "7805",
        "2026-01-27 20:48",
        "Ville de Saint-Aurèle – Carrières <carrieres-noreply@saint-aurele.qc.ca>",
        "Accusé de réception – Concours GR-2026-004",
        A("confirmation", SA, SA2, 22, "other"),
        "Bonjour Madame Bélanger-Côté,\n\nNous accusons réception de votre candidature pour le poste suivant :\n\nConcours GR-2026-004 – Commis administratif(ve), Service du greffe\nStatut : temporaire, remplacement d'un congé de maternité (environ 14 mois)\n\nSeules les personnes retenues pour la suite du processus seront contactées. Votre dossier de candidature demeure actif dans votre espace candidat.\n\nService des ressources humaines\nVille de Saint-Aurèle\n\nCeci est un message automatique, merci de ne pas y répondre.",
    ),
    m(
        "7806",
        "2026-02-12 09:15",
        "Marie-Ève Gingras <marie-eve.gingras@saint-aurele.qc.ca>",
        "Concours GR-2026-004 – Entrevue",
        A("interview", SA, SA2, 22, "direct"),
        "Bonjour Madame Bélanger-Côté,\n\nÀ la suite de l'analyse des candidatures, nous souhaitons vous rencontrer en entrevue pour le poste de commis administratif(ve) au Service du greffe.\n\nLe comité sera composé de Me Julien Paquet, greffier, de Mme Sonia Tardif, assistante-greffière, et de moi-même.\n\nVous trouverez ci-joint une invitation Teams pour le jeudi 19 février à 13 h 30 (45 minutes). Si ce moment ne vous convient pas, faites-le-moi savoir.\n\nAu plaisir,\n\nMarie-Ève Gingras\nConseillère en dotation\nVille de Saint-Aurèle",
        ics=ev(
            "2026-02-19 13:30",
            ("Marie-Ève Gingras", "marie-eve.gingras@saint-aurele.qc.ca"),
            "040000008200E00074C5B7101A82E0080000000023A1@saint-aurele.qc.ca",
            "Entrevue – Commis administratif(ve), greffe (GR-2026-004)",
            45,
            style="outlook",
            location="Réunion Microsoft Teams",
            attendees=[
                ("Julien Paquet", "julien.paquet@saint-aurele.qc.ca"),
                ("Sonia Tardif", "sonia.tardif@saint-aurele.qc.ca"),
            ],
        ),
    ),
    m(
        "7807",
        "2026-03-05 14:02",
        "Marie-Ève Gingras <marie-eve.gingras@saint-aurele.qc.ca>",
        "Concours GR-2026-004",
        A("rejection", SA, SA2, 22, "direct"),
        "Bonjour Madame Bélanger-Côté,\n\nMerci encore pour l'entrevue du 19 février. Le comité a beaucoup apprécié votre préparation et votre connaissance des processus administratifs municipaux.\n\nLe choix a été difficile, mais le poste a été offert à une personne qui avait déjà effectué un remplacement au greffe. Nous conservons votre dossier et n'hésiterons pas à communiquer avec vous pour de futurs besoins.\n\nCordialement,\n\nMarie-Ève Gingras",
    ),
    # --- 2 CIUSSS, agente administrative DRH (Workday) -------------------------------------------
    m(
        "7808",
        "2025-10-07 19:03",
        "CIUSSS de la Haute-Capitale <haute-capitale@myworkday.com>",
        "Nous avons bien reçu votre candidature",
        A("confirmation", CI, CI1, 2, "workday"),
        html="<p>Bonjour Maude,</p><p>Merci d'avoir postulé pour le poste <b>Agente administrative, classe 1 – Direction des ressources humaines</b> (R-2025-18842) au Centre intégré universitaire de santé et de services sociaux de la Haute-Capitale.</p><p>Installation : Hôpital Sainte-Foy-des-Pins<br>Quart : jour<br>Statut : temps complet permanent</p><p>Notre équipe de dotation analyse chaque candidature. Si votre profil correspond aux exigences, une personne de l'équipe communiquera avec vous. Malheureusement, en raison du grand volume de candidatures, nous ne pouvons pas répondre individuellement à chacune.</p><p>Vous pouvez consulter votre candidature dans la section <i>Mes candidatures</i> de votre compte.</p><p>L'équipe Attraction des talents<br>CIUSSS de la Haute-Capitale</p>",
    ),
    m(
        "7809",
        "2025-10-21 11:20",
        "Karine Dufresne <karine.dufresne.hcap@ssss.gouv.qc.ca>",
        "Entrevue – Agente administrative DRH (R-2025-18842)",
        A("interview", CI, CI1, 2, "direct"),
        "Bonjour Madame Bélanger-Côté,\n\nJe vous écris de la part de la Direction des ressources humaines du CIUSSS de la Haute-Capitale. Nous aimerions vous rencontrer en entrevue de sélection pour le poste d'agente administrative classe 1 (Hôpital Sainte-Foy-des-Pins).\n\nL'entrevue aura lieu devant un comité de trois personnes, sur Teams, le mardi 28 octobre à 10 h. Un test de français et de bureautique (Word, Excel) de 45 minutes suivra, en ligne.\n\nL'invitation est jointe. Merci d'accepter la demande de réunion pour confirmer.\n\nKarine Dufresne\nAgente de gestion du personnel – Dotation\nDirection des ressources humaines, des communications et des affaires juridiques\nCIUSSS de la Haute-Capitale",
        ics=ev(
            "2025-10-28 10:00",
            ("Karine Dufresne", "karine.dufresne.hcap@ssss.gouv.qc.ca"),
            "040000008200E00074C5B7101A82E00800000000B7F4@ssss.gouv.qc.ca",
            "Entrevue de sélection – Agente administrative cl. 1 DRH",
            90,
            style="outlook",
            location="Réunion Microsoft Teams",
            attendees=[
                ("Louis Simard", "louis.simard.hcap@ssss.gouv.qc.ca"),
                ("Nadia Ouellet", "nadia.ouellet.hcap@ssss.gouv.qc.ca"),
            ],
        ),
    ),
    m(
        "7810",
        "2025-11-10 13:44",
        "Karine Dufresne <karine.dufresne.hcap@ssss.gouv.qc.ca>",
        "Résultat – processus R-2025-18842",
        A("confirmation", CI, CI1, 2, "direct"),
        "Bonjour Madame Bélanger-Côté,\n\nNous avons le plaisir de vous informer que vous avez réussi l'entrevue et les tests du processus R-2025-18842. Votre nom est maintenant inscrit dans notre banque de candidatures pour les postes d'agente administrative classe 1 (secteur administration).\n\nVeuillez noter que l'inscription à la banque ne constitue pas une offre d'emploi. Lorsqu'un poste ou un remplacement se libérera dans l'une de nos installations, nous communiquerons avec les personnes de la banque selon les besoins et leurs disponibilités. La banque est valide pour 12 mois.\n\nMerci de nous aviser si vos disponibilités changent.\n\nKarine Dufresne\nDotation – CIUSSS de la Haute-Capitale",
        st="on_hold",
    ),
    # --- 17 CIUSSS, technicienne dotation (Workday) -> processus annulé -------------------------
    m(
        "7811",
        "2025-12-02 20:10",
        "CIUSSS de la Haute-Capitale <haute-capitale@myworkday.com>",
        "Nous avons bien reçu votre candidature",
        A("confirmation", CI, CI2, 17, "workday"),
        html="<p>Bonjour Maude,</p><p>Merci d'avoir postulé pour le poste <b>Technicienne en administration – Dotation</b> (R-2025-21907).</p><p>Installation : Siège social – édifice Lebourgneuf<br>Statut : temps complet temporaire (18 mois)</p><p>Notre équipe de dotation analyse chaque candidature. Si votre profil correspond aux exigences, une personne de l'équipe communiquera avec vous.</p><p>L'équipe Attraction des talents<br>CIUSSS de la Haute-Capitale</p>",
    ),
    m(
        "7812",
        "2026-01-14 16:05",
        "CIUSSS de la Haute-Capitale <haute-capitale@myworkday.com>",
        "Mise à jour concernant votre candidature",
        A("rejection", CI, CI2, 17, "workday"),
        html="<p>Bonjour Maude,</p><p>Nous vous informons que le processus de dotation pour le poste <b>Technicienne en administration – Dotation</b> (R-2025-21907) est annulé à la suite d'une réorganisation de la direction. Le poste ne sera pas pourvu pour le moment.</p><p>Nous vous remercions de votre intérêt et vous invitons à postuler sur nos autres affichages.</p><p>L'équipe Attraction des talents<br>CIUSSS de la Haute-Capitale</p>",
    ),
    # --- 3 Hydro-Boréal, coordonnatrice RH (Taleo) ---------------------------------------------
    m(
        "7813",
        "2025-10-09 22:31",
        "Hydro-Boréal – Carrières <hydroboreal@taleo.net>",
        "Hydro-Boréal – Confirmation de votre candidature (2500734)",
        A("confirmation", HB, HB1, 3, "taleo"),
        "Madame Maude Bélanger-Côté,\n\nNous avons bien reçu votre candidature au poste Coordonnateur(trice) – Ressources humaines (numéro de demande 2500734), Québec.\n\nNous vous remercions de l'intérêt que vous portez à Hydro-Boréal. Si votre candidature est retenue, vous serez invitée à une évaluation en ligne.\n\nPour consulter ou retirer votre candidature, connectez-vous à la section Mon dossier de notre site Carrières.\n\nDotation – Hydro-Boréal\n\nVeuillez ne pas répondre à ce courriel.",
    ),
    m(
        "7814",
        "2025-10-27 08:12",
        "Hydro-Boréal – Carrières <hydroboreal@taleo.net>",
        "Invitation – Examen situationnel en ligne (2500734)",
        A("assessment", HB, HB1, 3, "taleo"),
        "Madame Bélanger-Côté,\n\nVotre candidature au poste 2500734 passe à l'étape suivante. Nous vous invitons à compléter un examen de jugement situationnel en ligne d'une durée d'environ 50 minutes.\n\nL'examen présente des situations de travail courantes en coordination RH; pour chacune, vous devez indiquer la réponse la plus et la moins appropriée.\n\nDate limite : 3 novembre 2025, 23 h 59\nLien : voir votre dossier dans le site Carrières, section Tâches\n\nNous vous suggérons de prévoir un endroit calme et une connexion stable.\n\nDotation – Hydro-Boréal",
    ),
    m(
        "7815",
        "2025-11-13 10:47",
        "Jean-François Pelletier <pelletier.jean-francois@hydroboreal.com>",
        "Entrevue – poste 2500734",
        A("interview", HB, HB1, 3, "direct"),
        "Bonjour Maude,\n\nFélicitations, votre résultat à l'examen situationnel vous qualifie pour l'entrevue. Le comité (Mme Josée Laroche, chef RH région Capitale, M. Patrick Fortin, et moi) souhaite vous rencontrer le lundi 24 novembre à 14 h, sur Teams.\n\nL'entrevue durera environ 75 minutes et comprendra une courte mise en situation à préparer 15 minutes avant.\n\nCordialement,\n\nJean-François Pelletier\nConseiller principal – Acquisition de talents\nHydro-Boréal | Unité Capitale-Nationale",
        ics=ev(
            "2025-11-24 14:00",
            ("Jean-François Pelletier", "pelletier.jean-francois@hydroboreal.com"),
            "040000008200E00074C5B7101A82E00800000000C99A@hydroboreal.com",
            "Entrevue 2500734 – Coordonnatrice RH – M. Bélanger-Côté",
            75,
            style="outlook",
            location="Réunion Microsoft Teams",
            attendees=[
                ("Josée Laroche", "laroche.josee@hydroboreal.com"),
                ("Patrick Fortin", "fortin.patrick@hydroboreal.com"),
            ],
        ),
    ),
    m(
        "7816",
        "2025-12-09 16:22",
        "Hydro-Boréal – Carrières <hydroboreal@taleo.net>",
        "Votre candidature chez Hydro-Boréal",
        A("rejection", HB, HB1, 3, "taleo"),
        "Madame Bélanger-Côté,\n\nNous vous remercions sincèrement d'avoir participé au processus de sélection pour le poste 2500734. Les membres du comité ont souligné la qualité de votre préparation.\n\nAprès mûre réflexion, nous avons retenu une autre candidature dont l'expérience correspond davantage aux besoins actuels de l'unité. Votre dossier demeure dans notre système et vous pourrez postuler à d'autres occasions.\n\nNous vous souhaitons le meilleur des succès.\n\nDotation – Hydro-Boréal",
    ),
    # --- 15 Hydro-Boréal, agente dotation (Taleo) --------------------------------------------------
    m(
        "7817",
        "2025-11-18 21:55",
        "Hydro-Boréal – Carrières <hydroboreal@taleo.net>",
        "Hydro-Boréal – Confirmation de votre candidature (2500911)",
        A("confirmation", HB, HB2, 15, "taleo"),
        "Madame Maude Bélanger-Côté,\n\nNous avons bien reçu votre candidature au poste Agent(e) administratif(ve) – Dotation (numéro de demande 2500911), Montréal ou Québec (mode hybride).\n\nNous vous remercions de l'intérêt que vous portez à Hydro-Boréal.\n\nDotation – Hydro-Boréal\n\nVeuillez ne pas répondre à ce courriel.",
    ),
    m(
        "7818",
        "2026-01-08 09:30",
        "Hydro-Boréal – Carrières <hydroboreal@taleo.net>",
        "Demande 2500911 – suivi",
        A("rejection", HB, HB2, 15, "taleo"),
        "Madame Bélanger-Côté,\n\nNous avons terminé l'analyse des candidatures reçues pour la demande 2500911. Malheureusement, votre candidature n'a pas été retenue pour la prochaine étape.\n\nMerci de l'intérêt que vous portez à Hydro-Boréal.\n\nDotation – Hydro-Boréal",
    ),
    # --- 7 agence -> Lavigne Bourque --------------------------------------------------------------
    m(
        "7819",
        "2025-10-14 09:41",
        "Stéphanie Morin <smorin@placementboreal.ca>",
        "Poste de coordonnatrice RH – cabinet d'avocats, Montréal",
        J("outreach", "agency", role=LBR),
        "Bonjour Maude,\n\nJ'ai vu votre profil sur LinkedIn et je me permets de vous écrire. Je recrute pour un important cabinet d'avocats du centre-ville de Montréal qui cherche une coordonnatrice RH pour un contrat de 12 mois (remplacement de congé parental), avec possibilité de permanence.\n\n- Coordination de l'accueil des stagiaires et des nouveaux employés\n- Suivi des dossiers d'employés et des avantages sociaux\n- Hybride : 3 jours au bureau, 2 en télétravail\n- 62 000 $ à 68 000 $ selon l'expérience\n\nSeriez-vous disponible pour un court appel cette semaine?\n\nStéphanie Morin\nConseillère principale en recrutement\nGroupe Placement Boréal inc.\n514 555-0133",
    ),
    m(
        "7820",
        "2025-10-16 17:12",
        "Stéphanie Morin <smorin@placementboreal.ca>",
        "Présentation de votre candidature – Lavigne Bourque Desrosiers",
        A("confirmation", LB, LBR, 7, "agency"),
        "Bonjour Maude,\n\nMerci pour notre appel de ce matin. Comme convenu, j'ai présenté votre candidature à notre client, le cabinet Lavigne Bourque Desrosiers S.E.N.C.R.L., pour le poste de coordonnatrice RH (contrat 12 mois).\n\nJe vous reviens dès que j'ai une rétroaction de la directrice des ressources humaines, Me Hélène Bourque. D'ici là, merci de ne pas postuler directement auprès du cabinet.\n\nBonne soirée!\n\nStéphanie Morin\nGroupe Placement Boréal inc.",
    ),
    m(
        "7821",
        "2025-10-22 14:05",
        "Stéphanie Morin <smorin@placementboreal.ca>",
        "Entrevue chez LBD – mardi 28 oct.",
        A("interview", LB, LBR, 7, "agency"),
        "Bonjour Maude,\n\nBonne nouvelle : LBD souhaite vous rencontrer! Entrevue en personne le jeudi 30 octobre à 11 h, au 1800, avenue McGill College, 22e étage. Vous rencontrerez Hélène Bourque (directrice RH) et Kevin Tran (gestionnaire des opérations).\n\nDésolée pour l'objet : c'est bien le jeudi 30 et non le mardi 28.\n\nJe vous appelle mercredi pour vous préparer.\n\nStéphanie",
    ),
    m(
        "7822",
        "2025-11-06 11:58",
        "Stéphanie Morin <smorin@placementboreal.ca>",
        "Retour sur votre entrevue",
        A("rejection", LB, LBR, 7, "agency"),
        "Bonjour Maude,\n\nJ'ai eu le retour du cabinet ce matin. Ils ont vraiment apprécié votre énergie et votre rigueur, mais ils ont choisi une candidate qui a déjà travaillé dans un cabinet juridique et qui pouvait commencer plus tôt.\n\nJe suis déçue pour vous, mais je garde votre profil en tête : j'ai souvent des mandats en RH à Québec aussi.\n\nAu plaisir,\n\nStéphanie Morin\nGroupe Placement Boréal inc.",
    ),
    # --- 8 Assurances Valmont (Jobboom) --------------------------------------------------------------
    m(
        "7823",
        "2025-10-11 13:20",
        "Jobboom <ne-pas-repondre@jobboom.com>",
        "Votre candidature a été envoyée à Les Assurances Valmont inc.",
        A("confirmation", AV, AVR, 8, "other"),
        html="<p>Bonjour Maude,</p><p>Votre candidature pour le poste <b>Coordonnatrice administrative</b> a bien été transmise à <b>Les Assurances Valmont inc.</b> (Québec, QC).</p><p>Conseil Jobboom : les employeurs répondent souvent dans les 10 jours ouvrables. Profitez-en pour mettre à jour votre profil!</p><p><a href='https://www.jobboom.com/fr/mes-candidatures'>Voir mes candidatures</a></p><p>L'équipe Jobboom</p>",
    ),
    m(
        "7824",
        "2025-10-29 08:50",
        "Ressources humaines Valmont <rh@assurancesvalmont.ca>",
        "Votre candidature",
        A("rejection", AV, AVR, 8, "direct"),
        "Bonjour Maude,\n\nMerci d'avoir pris le temps de postuler chez Valmont. Nous avons été impressionnés par votre parcours en coordination et votre maîtrise des outils de bureautique.\n\nToutefois, nous avons décidé d'aller de l'avant avec des candidatures qui correspondent plus étroitement au profil recherché. Nous conserverons votre CV pour une période de six mois.\n\nBonne continuité dans vos recherches!\n\nL'équipe RH\nLes Assurances Valmont inc. (AVI)\n3300, boulevard Laurier, Québec",
    ),
    # --- 9 Groupe Caron (Indeed) ---------------------------------------------------------------------
    m(
        "7825",
        "2025-10-15 22:03",
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyée : Adjointe aux ressources humaines",
        A("confirmation", GC, GCR, 9, "indeed"),
        html="<p><b>Candidature envoyée</b></p><p>Adjointe aux ressources humaines<br>Groupe Caron Distribution inc. – Lévis, QC</p><p>Les éléments suivants ont été envoyés à Groupe Caron Distribution inc. : CV, lettre de présentation, réponses aux questions de présélection.</p><p>Vous recevrez des nouvelles de l'employeur directement s'il souhaite aller de l'avant.</p><p>Indeed</p>",
    ),
    m(
        "7826",
        "2025-10-20 12:14",
        "Indeed <donotreply@match.indeed.com>",
        "Votre candidature a été consultée par Groupe Caron Distribution",
        A("viewed", GC, GCR, 9, "indeed"),
        html="<p>Bonne nouvelle, Maude!</p><p>L'employeur a consulté votre candidature pour <b>Adjointe aux ressources humaines</b>.</p><p>Cela ne signifie pas que vous avez été sélectionnée, mais c'est un bon signe.</p><p>Indeed</p>",
    ),
    # --- 11 Jardins du Cap (Québec emploi) --------------------------------------------------------
    m(
        "7827",
        "2025-10-18 10:33",
        "Québec emploi <ne-pas-repondre@quebecemploi.gouv.qc.ca>",
        "Québec emploi – Confirmation d'envoi de candidature",
        A("confirmation", JC, JCR, 11, "other"),
        "Bonjour,\n\nVotre candidature a été transmise à l'employeur pour l'offre d'emploi suivante :\n\nNuméro de l'offre : 9284417\nTitre : Adjoint/adjointe administratif/administrative à la direction\nEmployeur : Résidence Les Jardins du Cap\nLieu de travail : Québec (Beauport)\n\nL'employeur communiquera avec vous s'il désire obtenir plus de renseignements.\n\nQuébec emploi\nCe message a été envoyé automatiquement.",
    ),
    m(
        "7828",
        "2025-10-23 15:44",
        "Sylvie Drouin <direction.jardinsducap@gmail.com>",
        "Poste d'adjointe - Jardins du Cap",
        A("interview", JC, JCR, 11, "direct"),
        "Bonjour Maude,\n\nJ'ai reçu votre CV par Québec emploi. Votre profil m'intéresse beaucoup! Seriez-vous disponible pour venir me rencontrer à la résidence lundi prochain, le 27 octobre, à 10h? Nous sommes au 455 avenue Royale.\n\nSylvie Drouin\nDirectrice générale\nRésidence Les Jardins du Cap\n\nEnvoyé de mon iPhone",
    ),
    m(
        "7829",
        "2025-10-23 18:10",
        "Maude Bélanger-Côté <maude.bcote@videotron.ca>",
        "Re: Poste d'adjointe - Jardins du Cap",
        A("interview", JC, JCR, 11, "direct"),
        "Bonjour Madame Drouin,\n\nAvec plaisir, je serai là lundi à 10 h.\n\nMerci et bonne soirée,"
        + SIG,
        to="Sylvie Drouin <direction.jardinsducap@gmail.com>",
        **reply("7828", "2025-10-23 15:44", "gmail.com", "Poste d'adjointe - Jardins du Cap"),
    ),
    m(
        "7830",
        "2025-11-03 09:05",
        "Maude Bélanger-Côté <maude.bcote@videotron.ca>",
        "Re: Poste d'adjointe - Jardins du Cap",
        A("confirmation", JC, JCR, 11, "direct"),
        "Bonjour Madame Drouin,\n\nMerci beaucoup pour votre temps lors de notre rencontre et pour la visite de la résidence. Après réflexion, je préfère retirer ma candidature : l'horaire incluant une fin de semaine sur deux ne convient pas à ma situation familiale.\n\nJe vous souhaite de trouver la bonne personne rapidement."
        + SIG,
        st="withdrawn",
        to="Sylvie Drouin <direction.jardinsducap@gmail.com>",
        **reply("7828", "2025-10-23 15:44", "gmail.com", "Poste d'adjointe - Jardins du Cap"),
    ),
    m(
        "7831",
        "2025-11-03 13:27",
        "Sylvie Drouin <direction.jardinsducap@gmail.com>",
        "Re: Poste d'adjointe - Jardins du Cap",
        A("confirmation", JC, JCR, 11, "direct"),
        "Je comprends tout à fait Maude, merci de m'avoir avisée. Bonne chance dans vos recherches!\n\nSylvie\n\nEnvoyé de mon iPhone",
        st="withdrawn",
    ),
    # --- 12 Groupe Conseil Lemieux (BambooHR) -> offre acceptée ---------------------------------
    m(
        "7832",
        "2026-01-12 14:21",
        "Groupe Conseil Lemieux <notifications@app.bamboohr.com>",
        "Merci d'avoir postulé chez Groupe Conseil Lemieux",
        A("confirmation", LM, LMR, 12, "bamboohr"),
        "Bonjour Maude,\n\nNous avons bien reçu votre candidature pour le poste de Coordonnatrice ressources humaines. Merci de votre intérêt pour GCL!\n\nNotre équipe examinera votre dossier au cours des prochains jours. Si votre profil correspond à nos besoins, nous communiquerons avec vous pour la suite.\n\nCordialement,\n\nL'équipe Talents\nGroupe Conseil Lemieux inc. – génie-conseil depuis 1987",
    ),
    m(
        "7833",
        "2026-01-19 10:02",
        "Annie Lemieux-Roberge <alroberge@gcl-ingenierie.ca>",
        "Invitation : entrevue – Coordonnatrice RH",
        A("interview", LM, LMR, 12, "direct"),
        "Bonjour Maude,\n\nMerci pour votre candidature! Nous aimerions vous rencontrer pour une première entrevue sur Teams, le vendredi 23 janvier à 9 h 30. Vous rencontrerez Mathieu Gosselin, directeur des opérations, et moi-même.\n\nAu plaisir de faire votre connaissance,\n\nAnnie Lemieux-Roberge, CRHA\nVice-présidente, Ressources humaines\nGCL | Groupe Conseil Lemieux\n2450, boul. Wilfrid-Hamel, Québec",
        ics=ev(
            "2026-01-23 09:30",
            ("Annie Lemieux-Roberge", "alroberge@gcl-ingenierie.ca"),
            "040000008200E00074C5B7101A82E00800000000E110@gcl-ingenierie.ca",
            "Entrevue – Coordonnatrice RH (M. Bélanger-Côté)",
            60,
            style="outlook",
            location="Réunion Microsoft Teams",
            attendees=[("Mathieu Gosselin", "mgosselin@gcl-ingenierie.ca")],
        ),
    ),
    m(
        "7834",
        "2026-01-28 16:40",
        "Annie Lemieux-Roberge <alroberge@gcl-ingenierie.ca>",
        "Deuxième rencontre",
        A("interview", LM, LMR, 12, "direct"),
        "Bonjour Maude,\n\nMerci encore pour vendredi. Nous aimerions vous inviter à une deuxième rencontre, en personne cette fois, à nos bureaux de Wilfrid-Hamel : mercredi 4 février, 13 h 30. Vous rencontrerez aussi notre président, Denis Lemieux, et deux membres de l'équipe avec qui vous travailleriez.\n\nPrévoyez environ 1 h 30.\n\nAnnie",
        ics=ev(
            "2026-02-04 13:30",
            ("Annie Lemieux-Roberge", "alroberge@gcl-ingenierie.ca"),
            "040000008200E00074C5B7101A82E00800000000E2A7@gcl-ingenierie.ca",
            "2e entrevue – Maude Bélanger-Côté",
            90,
            style="outlook",
            location="GCL, 2450 boul. Wilfrid-Hamel, salle Cap-Rouge",
            attendees=[("Denis Lemieux", "dlemieux@gcl-ingenierie.ca")],
        ),
    ),
    m(
        "7835",
        "2026-02-10 11:15",
        "Annie Lemieux-Roberge <alroberge@gcl-ingenierie.ca>",
        "Offre d'emploi – Coordonnatrice ressources humaines",
        A("offer", LM, LMR, 12, "direct"),
        "Bonjour Maude,\n\nC'est avec grand plaisir que nous vous offrons le poste de coordonnatrice ressources humaines chez Groupe Conseil Lemieux inc.\n\nVous trouverez ci-joint la lettre d'offre : salaire annuel de 64 500 $, quatre semaines de vacances, régime d'assurances collectives et REER avec contribution de l'employeur, horaire flexible et télétravail deux jours par semaine. Date d'entrée en fonction proposée : lundi 9 mars 2026.\n\nMerci de nous faire part de votre décision d'ici le vendredi 13 février.\n\nAu plaisir de vous compter dans l'équipe!\n\nAnnie Lemieux-Roberge, CRHA\nVice-présidente, Ressources humaines",
        attach=[
            (
                "Lettre_offre_MBelanger-Cote.txt",
                "text/plain",
                "Groupe Conseil Lemieux inc.\nLettre d'offre d'emploi\nPoste : Coordonnatrice ressources humaines\nSalaire : 64 500 $ / an\nEntrée en fonction : 9 mars 2026\n",
            )
        ],
    ),
    m(
        "7836",
        "2026-02-11 20:32",
        "Maude Bélanger-Côté <maude.bcote@videotron.ca>",
        "RE: Offre d'emploi – Coordonnatrice ressources humaines",
        A("offer", LM, LMR, 12, "direct"),
        "Bonsoir Annie,\n\nC'est avec enthousiasme que j'accepte votre offre! Vous trouverez ci-joint la lettre signée. Le 9 mars me convient parfaitement.\n\nMerci à toute l'équipe pour l'accueil,"
        + SIG
        + "\n\n> De : Annie Lemieux-Roberge\n> C'est avec grand plaisir que nous vous offrons le poste de coordonnatrice ressources humaines",
        st="accepted",
        attach=[
            (
                "Lettre_offre_signee.txt",
                "text/plain",
                "Lettre d'offre signée le 11 février 2026 – Maude Bélanger-Côté\n",
            )
        ],
        to="Annie Lemieux-Roberge <alroberge@gcl-ingenierie.ca>",
        **reply(
            "7835",
            "2026-02-10 11:15",
            "gcl-ingenierie.ca",
            "Offre d'emploi – Coordonnatrice ressources humaines",
        ),
    ),
    m(
        "7837",
        "2026-02-12 09:08",
        "Annie Lemieux-Roberge <alroberge@gcl-ingenierie.ca>",
        "Bienvenue chez GCL! – Préparation de votre arrivée",
        J("other_job", "direct", co=LM, role=LMR),
        "Bonjour Maude,\n\nNous sommes ravis! Pour préparer votre arrivée le 9 mars, merci de remplir les formulaires d'embauche (TP-1015.3, TD1, spécimen de chèque, adhésion aux assurances) d'ici le 27 février.\n\nVotre première journée commencera à 8 h 30 à l'accueil; Mathieu vous fera visiter les bureaux et nous dînerons ensemble.\n\nÀ bientôt!\n\nAnnie",
    ),
    # --- 14 Boréalis Assurance-vie (Workday) ---------------------------------------------------
    m(
        "7838",
        "2025-11-04 19:47",
        "Boréalis Assurance-vie <borealis@myworkday.com>",
        "Confirmation de candidature – Coordonnateur(trice), acquisition de talents",
        A("confirmation", BO, BOR, 14, "workday"),
        html="<p>Bonjour Maude Bélanger-Côté,</p><p>Merci de votre candidature au poste <b>Coordonnateur(trice), acquisition de talents</b> (JR-104417), Montréal – mode hybride.</p><p>Si vous n'êtes pas sélectionnée pour la prochaine étape, nous vous en informerons par courriel. Vous pouvez suivre l'avancement de votre dossier dans votre compte candidat.</p><p>Boréalis Compagnie d'assurance-vie<br>Équipe Acquisition de talents</p>",
    ),
    m(
        "7839",
        "2025-12-17 13:11",
        "Boréalis Assurance-vie <borealis@myworkday.com>",
        "Votre candidature chez Boréalis",
        A("rejection", BO, BOR, 14, "workday"),
        html="<p>Bonjour Maude,</p><p>Merci de l'intérêt que vous portez à Boréalis et au poste JR-104417.</p><p>Nous avons reçu de nombreuses candidatures de grande qualité. Après une analyse attentive, nous avons choisi de poursuivre avec d'autres personnes dont le profil répond plus précisément à nos besoins.</p><p>Nous vous encourageons à consulter régulièrement notre site carrière.</p><p>Équipe Acquisition de talents</p>",
    ),
    # --- 16 Transport Nordet (Jobboom) ---------------------------------------------------------
    m(
        "7840",
        "2025-11-12 12:01",
        "Jobboom <ne-pas-repondre@jobboom.com>",
        "Votre candidature a été envoyée à Transport Nordet inc.",
        A("confirmation", TN, TNR, 16, "other"),
        html="<p>Bonjour Maude,</p><p>Votre candidature pour le poste <b>Coordonnatrice administrative et paie</b> a bien été transmise à <b>Transport Nordet inc.</b> (Lévis, QC).</p><p><a href='https://www.jobboom.com/fr/mes-candidatures'>Voir mes candidatures</a></p><p>L'équipe Jobboom</p>",
    ),
    m(
        "7841",
        "2025-11-26 17:35",
        "Nathalie Bergeron <nbergeron@transportnordet.com>",
        "Suivi de votre candidature",
        A("rejection", TN, TNR, 16, "direct"),
        "Bonjour Madame Bélanger-Côté,\n\nNous vous remercions pour votre candidature. Nous avons bien aimé votre lettre de présentation et votre expérience en coordination.\n\nCependant, le poste exige une expérience pratique du logiciel de paie Employeur D et du secteur du transport, et nous avons retenu une candidature qui répondait à ces critères.\n\nNous vous souhaitons bonne chance.\n\nNathalie Bergeron\nContrôleuse\nTransport Nordet",
    ),
    # --- 18 Clinique dentaire Sourire Limoilou (Indeed) -------------------------------------------
    m(
        "7842",
        "2025-12-04 21:19",
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyée : Coordonnatrice administrative",
        A("confirmation", SL, SLR, 18, "indeed"),
        html="<p><b>Candidature envoyée</b></p><p>Coordonnatrice administrative<br>Clinique dentaire Sourire Limoilou – Québec, QC</p><p>Vous recevrez des nouvelles de l'employeur directement s'il souhaite aller de l'avant.</p><p>Indeed</p>",
    ),
    m(
        "7843",
        "2025-12-08 19:52",
        "Dr Olivier Nadeau <olivier.nadeau.dmd@gmail.com>",
        "Votre candidature - clinique",
        A("interview", SL, SLR, 18, "direct"),
        "Bonsoir Maude,\n\nMerci pour votre candidature sur Indeed. Pourriez-vous passer à la clinique jeudi le 11 décembre vers 12h15 (pendant notre heure de dîner) pour une rencontre d'environ 30 minutes? Nous sommes au 3e avenue, coin 8e rue.\n\nDr Olivier Nadeau, dentiste\nSourire Limoilou",
    ),
    # --- 19 Éditions Marée Haute (LinkedIn) --------------------------------------------------
    m(
        "7844",
        "2025-11-21 15:02",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Maude, votre candidature a été envoyée à Éditions Marée Haute",
        A("confirmation", EM, EMR, 19, "linkedin"),
        html="<p>Votre candidature a été envoyée à Éditions Marée Haute</p><p><b>Adjointe administrative et RH</b><br>Éditions Marée Haute · Montréal, Québec, Canada (Hybride)</p><p>Candidature envoyée le 21 nov. 2025</p><p>Maintenant, passez à l'étape suivante : découvrez d'autres offres correspondant à vos compétences.</p>",
    ),
    m(
        "7845",
        "2025-11-25 10:40",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Votre candidature a été consultée par Éditions Marée Haute",
        A("viewed", EM, EMR, 19, "linkedin"),
        html="<p>Bonne nouvelle!</p><p>Votre candidature pour <b>Adjointe administrative et RH</b> a été consultée par Éditions Marée Haute.</p>",
    ),
    m(
        "7846",
        "2025-12-11 09:30",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Votre candidature pour Adjointe administrative et RH chez Éditions Marée Haute",
        A("rejection", EM, EMR, 19, "linkedin"),
        html="<p>Merci de votre intérêt pour le poste Adjointe administrative et RH.</p><p>Malheureusement, Éditions Marée Haute a décidé de ne pas donner suite à votre candidature.</p><p>Message de l'employeur : « Bonjour Maude, merci pour votre belle candidature. Nous avons choisi une personne avec une expérience en édition. Bonne continuation! – Catherine »</p>",
    ),
    # --- 20 Laboratoires Vireo (iCIMS) --------------------------------------------------------
    m(
        "7847",
        "2025-12-15 20:44",
        "Laboratoires Vireo <vireo@talent.icims.com>",
        "Laboratoires Vireo inc. – Nous avons bien reçu votre candidature",
        A("confirmation", VI, VIR, 20, "icims"),
        "Bonjour Maude,\n\nMerci d'avoir postulé au poste Coordonnatrice RH / HR Coordinator (2025-3381) à notre site de Laval.\n\nNous examinons attentivement chaque candidature. Si votre profil correspond au poste, un membre de notre équipe vous contactera. Sinon, nous conserverons votre dossier pour de futures occasions.\n\nL'équipe Talents\nLaboratoires Vireo inc.",
    ),
    m(
        "7848",
        "2026-01-06 10:15",
        "Laboratoires Vireo <vireo@talent.icims.com>",
        "Prochaine étape : questionnaire en ligne",
        A("assessment", VI, VIR, 20, "icims"),
        "Bonjour Maude,\n\nVotre candidature au poste 2025-3381 passe à l'étape suivante. Merci de compléter le questionnaire d'aptitudes et de personnalité en ligne (environ 35 minutes) d'ici le 12 janvier.\n\nLe lien personnel vous sera envoyé par notre partenaire Criteria dans un courriel séparé.\n\nL'équipe Talents – Vireo",
    ),
    m(
        "7849",
        "2026-01-06 10:16",
        "Criteria <noreply@criteriacorp.com>",
        "Laboratoires Vireo vous invite à compléter une évaluation",
        A("assessment", VI, VIR, 20, "other"),
        html="<p>Bonjour Maude,</p><p>Laboratoires Vireo vous invite à compléter l'évaluation suivante : <b>CCAT + Questionnaire de personnalité</b>.</p><p>Durée approximative : 35 minutes. Date limite : 12 janvier 2026.</p><p><a href='https://app.criteriacorp.com/'>Commencer l'évaluation</a></p>",
    ),
    m(
        "7850",
        "2026-01-22 14:00",
        "Laboratoires Vireo <vireo@talent.icims.com>",
        "Suivi – poste 2025-3381",
        A("rejection", VI, VIR, 20, "icims"),
        "Bonjour Maude,\n\nMerci d'avoir complété le questionnaire. Nous avons apprécié l'intérêt que vous portez à Vireo.\n\nAprès analyse, nous ne retiendrons pas votre candidature pour la suite du processus. Nous vous souhaitons le meilleur dans vos démarches.\n\nL'équipe Talents\nLaboratoires Vireo inc.",
    ),
    # --- 21 Festival des Lumières (direct) -----------------------------------------------------
    m(
        "7851",
        "2026-01-19 08:31",
        "Maude Bélanger-Côté <maude.bcote@videotron.ca>",
        "Candidature – Coordonnatrice administrative et bénévoles",
        A("confirmation", FL, FLR, 21, "direct"),
        "Bonjour,\n\nJe vous transmets ma candidature pour le poste de coordonnatrice administrative et bénévoles affiché sur votre site. Vous trouverez mon CV et ma lettre en pièces jointes.\n\nMerci de votre attention,"
        + SIG,
        to="Festival des Lumières <emplois@festivaldeslumieres.qc.ca>",
        attach=[
            (
                "CV_Maude_Belanger-Cote.txt",
                "text/plain",
                "Maude Bélanger-Côté – Coordonnatrice administrative / RH\n",
            )
        ],
    ),
    m(
        "7852",
        "2026-01-20 10:12",
        "Festival des Lumières <emplois@festivaldeslumieres.qc.ca>",
        "RE: Candidature – Coordonnatrice administrative et bénévoles",
        A("confirmation", FL, FLR, 21, "direct"),
        "Bonjour Maude,\n\nNous avons bien reçu votre candidature, merci! Les entrevues auront lieu au début février. Nous communiquerons uniquement avec les personnes retenues.\n\nBonne journée,\n\nÉlodie Saint-Pierre\nDirectrice administrative\nFestival des Lumières de Québec (FLQ)",
        **reply(
            "7851",
            "2026-01-19 08:31",
            "videotron.ca",
            "Candidature – Coordonnatrice administrative et bénévoles",
        ),
    ),
    m(
        "7853",
        "2026-02-02 13:25",
        "Élodie Saint-Pierre <esaintpierre@festivaldeslumieres.qc.ca>",
        "FLQ - rencontre",
        A("interview", FL, FLR, 21, "direct"),
        "Bonjour Maude,\n\nSerais-tu disponible pour une rencontre avec notre directeur général et moi, jeudi 5 février à 15h, à nos bureaux de la rue Saint-Joseph? Ça durera environ une heure.\n\nMerci!\nÉlodie",
    ),
    m(
        "7854",
        "2026-02-13 11:47",
        "Maude Bélanger-Côté <maude.bcote@videotron.ca>",
        "Re: FLQ - rencontre",
        A("confirmation", FL, FLR, 21, "direct"),
        "Bonjour Élodie,\n\nMerci encore pour la belle rencontre de la semaine dernière. Je viens d'accepter un poste permanent ailleurs et je dois donc retirer ma candidature. J'ai adoré découvrir le festival et j'irai certainement comme festivalière!"
        + SIG,
        to="Élodie Saint-Pierre <esaintpierre@festivaldeslumieres.qc.ca>",
        st="withdrawn",
        **reply("7853", "2026-02-02 13:25", "festivaldeslumieres.qc.ca", "FLQ - rencontre"),
    ),
    # --- alerts, nudges, outreach, other job ---------------------------------------------------
    m(
        "7855",
        "2025-10-02 07:05",
        "Jobboom <alertes@jobboom.com>",
        "12 nouveaux emplois : adjointe administrative – Québec",
        J("alert", "other"),
        html="<p>Vos alertes emploi Jobboom</p><ul><li>Adjointe administrative – Cabinet Giroux notaires, Québec</li><li>Agente de bureau – Coopérative funéraire de la Capitale, Québec</li><li>Coordonnatrice RH – Les Assurances Valmont inc., Québec</li></ul><p><a href='https://www.jobboom.com'>Voir les 12 emplois</a></p>",
    ),
    m(
        "7856",
        "2025-10-30 07:04",
        "Jobboom <alertes@jobboom.com>",
        "8 nouveaux emplois : coordonnatrice RH – Québec",
        J("alert", "other"),
        html="<p>Vos alertes emploi Jobboom</p><ul><li>Coordonnatrice administrative et paie – Transport Nordet inc., Lévis</li><li>Technicienne en ressources humaines – Municipalité de Lac-Beauport</li></ul><p><a href='https://www.jobboom.com'>Voir les 8 emplois</a></p>",
    ),
    m(
        "7857",
        "2025-11-27 07:06",
        "Jobboom <alertes@jobboom.com>",
        "5 nouveaux emplois : coordonnatrice RH – Québec",
        J("alert", "other"),
        html="<p>Vos alertes emploi Jobboom</p><ul><li>Adjointe RH – Clinique vétérinaire des Rivières</li><li>Coordonnatrice de bureau – Centre de la petite enfance Les Lucioles</li></ul>",
    ),
    m(
        "7858",
        "2025-10-13 18:00",
        "Indeed <alert@indeed.com>",
        "Coordonnatrice RH : nouveaux emplois à Québec, QC",
        J("alert", "indeed"),
        html="<p>Nouveaux emplois correspondant à votre recherche <b>coordonnatrice rh</b> à <b>Québec, QC</b></p><p>Adjointe aux ressources humaines – Groupe Caron Distribution inc. – Lévis<br>Technicien(ne) en dotation – Agence régionale de l'Est – Québec<br>Commis RH – Marché Fleuriot – Québec</p>",
    ),
    m(
        "7859",
        "2025-11-30 18:01",
        "Indeed <alert@indeed.com>",
        "Coordonnatrice administrative : 14 nouveaux emplois",
        J("alert", "indeed"),
        html="<p>Nouveaux emplois correspondant à <b>coordonnatrice administrative</b> à <b>Québec, QC</b></p><p>Coordonnatrice administrative – Clinique dentaire Sourire Limoilou<br>Adjointe de direction – Fondation Rivière-Bleue</p>",
    ),
    m(
        "7860",
        "2026-01-11 18:00",
        "Indeed <alert@indeed.com>",
        "Coordonnatrice RH : nouveaux emplois à Québec, QC",
        J("alert", "indeed"),
        html="<p>Coordonnatrice ressources humaines – Groupe Conseil Lemieux inc. – Québec<br>Conseillère RH junior – Ébénisterie Vachon – Saint-Augustin</p>",
    ),
    m(
        "7861",
        "2025-10-05 20:12",
        "Indeed <indeedapply@indeed.com>",
        "Vous n'avez pas terminé votre candidature",
        J("alert", "indeed", co="Marché Fleuriot", role="Commis RH"),
        html="<p>Bonjour Maude,</p><p>Vous avez commencé à postuler pour <b>Commis RH</b> chez Marché Fleuriot, mais votre candidature n'est pas terminée. Il ne vous reste que quelques questions!</p><p><a href='https://ca.indeed.com'>Terminer ma candidature</a></p>",
    ),
    m(
        "7862",
        "2025-11-08 09:00",
        "Québec emploi <ne-pas-repondre@quebecemploi.gouv.qc.ca>",
        "Québec emploi – Nouvelles offres pour votre recherche sauvegardée",
        J("alert", "other"),
        "Bonjour,\n\n7 nouvelles offres correspondent à votre recherche « adjointe administrative – Capitale-Nationale » :\n\n- Agent/agente de bureau – CPE Les Lucioles – Québec\n- Adjoint/adjointe administratif – Cabinet d'arpenteurs Fortier – Québec\n- Secrétaire de direction – Municipalité de Stoneham\n\nQuébec emploi",
    ),
    m(
        "7863",
        "2026-01-10 09:00",
        "Québec emploi <ne-pas-repondre@quebecemploi.gouv.qc.ca>",
        "Québec emploi – Nouvelles offres pour votre recherche sauvegardée",
        J("alert", "other"),
        "Bonjour,\n\n4 nouvelles offres correspondent à votre recherche « adjointe administrative – Capitale-Nationale » :\n\n- Commis administratif(ve) – Ville de Saint-Aurèle\n- Adjoint(e) administratif(ve) – Festival des Lumières de Québec\n\nQuébec emploi",
    ),
    m(
        "7864",
        "2025-10-08 08:15",
        "Ville de Saint-Aurèle – Carrières <carrieres-noreply@saint-aurele.qc.ca>",
        "Bienvenue dans votre espace candidat",
        J("other_job", "other", co=SA),
        "Bonjour Maude,\n\nVotre espace candidat sur le portail Carrières de la Ville de Saint-Aurèle est maintenant créé. Vous pouvez y déposer votre CV, créer des alertes d'affichage et suivre vos candidatures.\n\nNom d'utilisateur : maude.bcote@videotron.ca\n\nService des ressources humaines",
    ),
    m(
        "7865",
        "2025-10-07 18:55",
        "CIUSSS de la Haute-Capitale <haute-capitale@myworkday.com>",
        "Code de vérification de votre compte",
        J("other_job", "workday", co=CI),
        "Votre code de vérification est 482915. Il expire dans 15 minutes.\n\nCIUSSS de la Haute-Capitale – Carrières",
    ),
    m(
        "7866",
        "2025-11-19 11:32",
        "Stéphanie Morin <smorin@placementboreal.ca>",
        "Mandat à Québec – adjointe RH, entreprise manufacturière",
        J("outreach", "agency", role="Adjointe RH"),
        "Bonjour Maude,\n\nComme promis, je reviens vers vous : j'ai un nouveau mandat à Québec (secteur Saint-Augustin) pour une entreprise manufacturière d'environ 200 employés. Poste d'adjointe RH permanent, 58-63 k$.\n\nEst-ce que ça pourrait vous intéresser? Le client préfère rester confidentiel pour l'instant.\n\nStéphanie",
    ),
    m(
        "7867",
        "2025-11-19 19:10",
        "Maude Bélanger-Côté <maude.bcote@videotron.ca>",
        "RE: Mandat à Québec – adjointe RH, entreprise manufacturière",
        J("outreach", "agency", role="Adjointe RH"),
        "Merci Stéphanie d'avoir pensé à moi! Pour l'instant je vais passer mon tour, je vise plutôt un poste de coordination. N'hésitez pas pour la suite."
        + SIG,
        to="Stéphanie Morin <smorin@placementboreal.ca>",
        **reply(
            "7866",
            "2025-11-19 11:32",
            "placementboreal.ca",
            "Mandat à Québec – adjointe RH, entreprise manufacturière",
        ),
    ),
    m(
        "7868",
        "2026-02-20 14:40",
        "Réjean Côté <rcote@talentscapitale.com>",
        "Opportunité – Conseillère RH junior",
        J("outreach", "agency", role="Conseillère RH junior"),
        "Bonjour Maude,\n\nJe suis recruteur chez Talents Capitale. Un de nos clients, un OBNL bien établi à Québec, cherche une conseillère RH junior. Votre parcours en coordination RH semble correspondre. Pourrions-nous en discuter?\n\nRéjean Côté\nTalents Capitale",
    ),
    m(
        "7870",
        "2025-12-19 16:00",
        "Stéphanie Morin <smorin@placementboreal.ca>",
        "Réponse automatique : Mandat RH",
        J("other_job", "agency"),
        "Bonjour,\n\nNos bureaux seront fermés du 20 décembre au 5 janvier inclusivement. Je prendrai connaissance de votre message à mon retour.\n\nJoyeuses Fêtes!\n\nStéphanie Morin\nGroupe Placement Boréal inc.",
    ),
    m(
        "7871",
        "2026-01-23 12:30",
        "Hydro-Boréal – Carrières <hydroboreal@taleo.net>",
        "Sondage – votre expérience candidat",
        J("other_job", "taleo", co=HB),
        "Madame Bélanger-Côté,\n\nVous avez récemment participé à un processus de sélection chez Hydro-Boréal. Aidez-nous à améliorer l'expérience candidat en répondant à ce sondage de 5 minutes.\n\nMerci!\nDotation – Hydro-Boréal",
    ),
    m(
        "7872",
        "2026-02-16 10:05",
        "Karine Dufresne <karine.dufresne.hcap@ssss.gouv.qc.ca>",
        "Banque de candidatures – disponibilité",
        A("confirmation", CI, CI1, 2, "direct"),
        "Bonjour Madame Bélanger-Côté,\n\nUn remplacement de six mois se libère au CLSC de Charlesbourg (agente administrative classe 1, jour). Comme vous êtes inscrite à notre banque de candidatures, nous aimerions savoir si vous êtes intéressée et disponible à compter du 2 mars.\n\nMerci de me répondre d'ici jeudi.\n\nKarine Dufresne\nDotation – CIUSSS de la Haute-Capitale",
        st="on_hold",
    ),
    m(
        "7873",
        "2026-02-16 12:22",
        "Maude Bélanger-Côté <maude.bcote@videotron.ca>",
        "RE: Banque de candidatures – disponibilité",
        A("confirmation", CI, CI1, 2, "direct"),
        "Bonjour Madame Dufresne,\n\nMerci d'avoir pensé à moi. J'ai récemment accepté un poste permanent et je ne suis donc plus disponible. Vous pouvez retirer mon nom de la banque de candidatures.\n\nBonne journée,"
        + SIG,
        st="withdrawn",
        to="Karine Dufresne <karine.dufresne.hcap@ssss.gouv.qc.ca>",
        **reply(
            "7872", "2026-02-16 10:05", "ssss.gouv.qc.ca", "Banque de candidatures – disponibilité"
        ),
    ),
    m(
        "7874",
        "2026-02-03 17:45",
        "Marie-Ève Gingras <marie-eve.gingras@saint-aurele.qc.ca>",
        "TR: Accusé de réception – Concours GR-2026-004",
        A("confirmation", SA, SA2, 22, "other"),
        "Bonjour Madame Bélanger-Côté,\n\nVous nous avez signalé ne pas avoir reçu l'accusé de réception; je vous le retransmets ci-dessous. Votre candidature est bien au dossier.\n\nMarie-Ève Gingras\n\n-----Message d'origine-----\nDe : Ville de Saint-Aurèle – Carrières <carrieres-noreply@saint-aurele.qc.ca>\nEnvoyé : 27 janvier 2026 20:48\nObjet : Accusé de réception – Concours GR-2026-004\n\nNous accusons réception de votre candidature pour le poste suivant :\nConcours GR-2026-004 – Commis administratif(ve), Service du greffe",
    ),
]

# ruff: noqa: E501
"""Corpus 29, application mail in Canadian French (Québec health bodies, ministry, caisse, coop...)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m as _m
from heldout3_util import reply as _reply


def m(
    key: str,
    date: str,
    frm: str,
    subject: str,
    t: tuple[Any, ...],
    text: str | None = None,
    html: str | None = None,
    **kw: Any,
) -> dict[str, Any]:
    tz = "-0400" if date < "2025-11-02" else "-0500"
    return _m("j29" + key, date, frm, subject, t, text, html, tz=tz, **kw)


def reply(key: str, frm: str) -> dict[str, str]:
    return _reply("j29" + key, frm)


C1 = "CIUSSS des Deux-Rives"
R1 = "Agent de planification, de programmation et de recherche"
R2 = "Coordonnateur de la performance et de la qualité"
C3, R3 = "CISSS du Littoral-Sud", "Conseiller cadre en planification"
C4, R4 = "Ministère de la Santé et du Mieux-être", "Analyste en planification sociosanitaire"
C5, R5 = "Agence canadienne de surveillance sanitaire", "Analyste des politiques (EC-05)"
C7, R7 = "Ville de Rivière-aux-Érables", "Conseiller en développement social"
C8, R8 = "Université de Charlesbourg", "Professionnel de recherche en organisation des services"
C9, R9 = "Coopérative de santé Les Cèdres", "Coordonnateur des opérations"
C10, R10 = "Caisse Horizon de Limoilou", "Analyste, planification stratégique"
C11, R11 = "Boréa Assurance", "Analyste, données et planification – assurance collective"
C12, R12 = "SQIS", "Conseiller en planification des services numériques"
C13, R13 = "ROCSM", "Agent de planification et de liaison"
C14, R14 = "Lemieux Ouellet Conseil", "Consultant, santé et services sociaux"
C18, R18 = "Groupe Séjour Plus", "Analyste en amélioration continue"
C20, R20 = "CISSS des Collines", "Agent de planification en santé publique"
C23, R23 = "CIUSSS de Montréal-Rivières", "APPR – accès aux services de première ligne"
C24, R24 = "Pharmacies Bérubé-Nadeau", "Analyste des opérations"
C26, R26 = "Institut de la pertinence des soins", "Analyste en pertinence clinique"

DR = "CIUSSS des Deux-Rives <ne-pas-repondre@ciusss-deuxrives.ca>"
CARR = "Carrières - Gouvernement du Québec <ne-pas-repondre@carrieres.gouv.qc.ca>"
GC = "Emplois GC / GC Jobs <psrs-srfp.noreply-pasdereponse@cfp-psc.gc.ca>"
BOREA = "Groupe Mutuel Laurentide <mutuellelaurentide@myworkday.com>"
TALEO = "SQIS - Acquisition de talents <sqis@tbe.taleo.net>"
NOEMIE = "Noémie Caron-Bélanger <noemie.caronbelanger@gmail.com>"
AGENCY = "Karine Dufresne | Dotation Cap-Rouge <kdufresne@dotationcaprouge.ca>"

MAIL = [
    # --- 1 & 2: CIUSSS des Deux-Rives, two roles -------------------------------------------
    m(
        "01",
        "2025-09-08 14:12",
        DR,
        "Accusé de réception – Affichage 2025-APPR-0412",
        ("confirmation", C1, R1, 1, "other", "fr"),
        "Bonjour Mathieu Tremblay-Roy,\n\n"
        "Nous avons bien reçu votre candidature pour le poste d'agent de planification, de "
        "programmation et de recherche (APPR), Direction de la performance clinique et "
        "organisationnelle, affichage 2025-APPR-0412.\n\n"
        "Seules les personnes retenues pour la suite du processus seront contactées. Vous pouvez "
        "suivre l'état de votre dossier en tout temps dans votre espace candidat.\n\n"
        "Merci de l'intérêt que vous portez au CIUSSS des Deux-Rives.\n\n"
        "Direction des ressources humaines, des communications et des affaires juridiques\n"
        "CIUSSS des Deux-Rives\n\nCe courriel est généré automatiquement. Merci de ne pas y répondre.",
    ),
    m(
        "02",
        "2025-10-02 09:40",
        DR,
        "Accusé de réception – Affichage 2025-CADRE-0188",
        ("confirmation", C1, R2, 2, "other", "fr"),
        "Bonjour Mathieu Tremblay-Roy,\n\n"
        "Votre candidature au poste de coordonnateur de la performance et de la qualité "
        "(poste cadre, classe 27) a été déposée avec succès le 2 octobre 2025.\n\n"
        "Le comité de sélection analysera les candidatures après la date de fermeture de "
        "l'affichage, soit le 17 octobre. Les personnes retenues seront invitées à une entrevue et "
        "à une évaluation du potentiel de gestion.\n\n"
        "Direction des ressources humaines\nCIUSSS des Deux-Rives\n"
        "Ce courriel est généré automatiquement. Merci de ne pas y répondre.",
    ),
    m(
        "03",
        "2025-10-06 11:05",
        "Isabelle Gagnon-Vachon <isabelle.gagnonvachon.drh@ciusss-deuxrives.ca>",
        "Invitation – entrevue APPR (2025-APPR-0412)",
        ("interview", C1, R1, 1, "direct", "fr"),
        "Bonjour M. Tremblay-Roy,\n\n"
        "À la suite de l'analyse de votre dossier, nous avons le plaisir de vous convoquer à une "
        "entrevue pour le poste d'APPR à la Direction de la performance clinique et "
        "organisationnelle.\n\n"
        "Date : mardi 14 octobre 2025\nHeure : 13 h 30 à 14 h 30\n"
        "Lieu : Hôpital Saint-Romuald, pavillon B, salle 2.114 (2e étage)\n\n"
        "Le comité sera composé de Mme Hélène Boisclair, directrice adjointe, et de moi-même. "
        "Prévoyez une mise en situation écrite de 20 minutes avant l'entrevue. Veuillez apporter "
        "une pièce d'identité et vos diplômes originaux.\n\n"
        "Merci de confirmer votre présence en acceptant l'invitation ci-jointe.\n\n"
        "Isabelle Gagnon-Vachon\nConseillère en acquisition de talents\n"
        "Direction des ressources humaines, des communications et des affaires juridiques\n"
        "CIUSSS des Deux-Rives\n418 555-0142, poste 22871",
        ics={
            "style": "outlook",
            "start": "2025-10-14 13:30:00 -0400",
            "minutes": 60,
            "organizer": (
                "Isabelle Gagnon-Vachon",
                "isabelle.gagnonvachon.drh@ciusss-deuxrives.ca",
            ),
            "uid": "040000008200E00074C5B7101A82E0080000000050A3F6B2C1DB0100000000@ciusss",
            "summary": "Entrevue APPR – M. Tremblay-Roy",
            "location": "Hôpital Saint-Romuald, pavillon B, salle 2.114",
            "attendees": [("Hélène Boisclair", "helene.boisclair.dpco@ciusss-deuxrives.ca")],
        },
    ),
    m(
        "04",
        "2025-11-03 15:22",
        "Isabelle Gagnon-Vachon <isabelle.gagnonvachon.drh@ciusss-deuxrives.ca>",
        "Affichage 2025-APPR-0412",
        ("rejection", C1, R1, 1, "direct", "fr"),
        "Bonjour Mathieu,\n\n"
        "Je tiens d'abord à vous remercier pour le temps consacré au processus. Le comité a "
        "particulièrement apprécié votre connaissance des indicateurs d'accès et la clarté de votre "
        "mise en situation.\n\n"
        "La décision a toutefois été difficile : une autre candidature correspondait davantage aux "
        "besoins immédiats de l'équipe, et nous ne pourrons donc pas donner suite à la vôtre pour "
        "ce poste.\n\n"
        "Avec votre accord, nous conserverons votre dossier pour d'éventuels postes similaires au "
        "cours des six prochains mois.\n\n"
        "Au plaisir,\n\nIsabelle Gagnon-Vachon\nConseillère en acquisition de talents\n"
        "CIUSSS des Deux-Rives",
        **reply("03", "x@ciusss-deuxrives.ca"),
    ),
    m(
        "05",
        "2025-11-25 10:14",
        DR,
        "Suivi de votre candidature",
        ("rejection", C1, R2, 2, "other", "fr"),
        "Bonjour Mathieu Tremblay-Roy,\n\n"
        "Nous vous remercions d'avoir soumis votre candidature pour l'affichage 2025-CADRE-0188 "
        "(coordonnateur de la performance et de la qualité).\n\n"
        "Après étude attentive des dossiers reçus, nous vous informons que votre candidature n'a "
        "pas été retenue pour la prochaine étape du processus de sélection.\n\n"
        "Nous vous invitons à consulter régulièrement nos offres d'emploi.\n\n"
        "Direction des ressources humaines\nCIUSSS des Deux-Rives",
    ),
    # --- 3: CISSS du Littoral-Sud via Jobboom (ghosted) -----------------------------------
    m(
        "06",
        "2025-09-10 20:31",
        "Jobboom <noreply@jobboom.com>",
        "Votre candidature a été envoyée – Conseiller cadre en planification",
        ("confirmation", C3, R3, 3, "other", "fr"),
        None,
        '<html><body style="font-family:Arial"><img src="https://www.jobboom.com/img/logo.png" '
        'alt="Jobboom"><h2>Bonne nouvelle, Mathieu!</h2><p>Votre candidature a bien été '
        "transmise à l'employeur.</p><table><tr><td><b>Conseiller cadre en planification</b><br>"
        "CISSS du Littoral-Sud<br>Lévis, QC</td></tr></table><p>Conseil : l'employeur pourrait "
        "communiquer avec vous par téléphone. Gardez votre profil à jour pour maximiser vos "
        'chances.</p><p><a href="https://www.jobboom.com/fr/mes-candidatures">Voir mes '
        'candidatures</a></p><p style="font-size:11px">Jobboom, une division de Groupe '
        "Jobboom inc. Vous recevez ce courriel parce que vous avez postulé sur Jobboom.</p>"
        "</body></html>",
    ),
    # --- 4: Ministère, appel de candidatures -> bassin -> offre acceptée --------------------
    m(
        "07",
        "2025-09-12 16:48",
        CARR,
        "Confirmation d'inscription – Appel de candidatures 10625PL93050001",
        ("confirmation", C4, R4, 4, "other", "fr"),
        "Madame, Monsieur,\n\n"
        "Nous confirmons la réception de votre inscription à l'appel de candidatures "
        "10625PL93050001 en vue de pourvoir des emplois d'analyste en planification "
        "sociosanitaire (professionnel, classe nominale 105) au ministère de la Santé et du "
        "Mieux-être.\n\n"
        "Votre candidature sera évaluée selon les conditions d'admission. Si vous êtes "
        "admissible, vous serez invité à une séance d'évaluation. Les personnes qui réussiront "
        "l'ensemble des évaluations seront inscrites dans un bassin de personnes qualifiées "
        "valide pour une durée de cinq ans.\n\n"
        "Numéro de dossier : 2025-118-44731\n\n"
        "Ceci est un message automatique, prière de ne pas y répondre.\n"
        "Gouvernement du Québec – Carrières",
    ),
    m(
        "08",
        "2025-10-08 13:02",
        "Recrutement MSME <recrutement.dotation@msme.gouv.qc.ca>",
        "Convocation – Examen en ligne, appel de candidatures 10625PL93050001",
        ("assessment", C4, R4, 4, "direct", "fr"),
        "Bonjour,\n\n"
        "Vous êtes admissible à l'appel de candidatures 10625PL93050001. Vous êtes convoqué à un "
        "examen de connaissances et d'analyse (questionnaire à choix multiples et étude de cas) qui "
        "se tiendra en ligne le mardi 21 octobre 2025, de 9 h à 12 h.\n\n"
        "Le lien de connexion et les consignes de télésurveillance vous seront transmis 48 heures "
        "avant la séance. La note de passage est de 60 %. Aucune reprise ne sera possible.\n\n"
        "Direction des ressources humaines\n"
        "Ministère de la Santé et du Mieux-être (MSME)\n1075, chemin Sainte-Foy, Québec",
    ),
    m(
        "09",
        "2025-11-10 11:27",
        CARR,
        "Résultat – Appel de candidatures 10625PL93050001",
        ("assessment", C4, R4, 4, "other", "fr"),
        "Madame, Monsieur,\n\n"
        "Nous avons le plaisir de vous informer que vous avez réussi l'examen de l'appel de "
        "candidatures 10625PL93050001. Votre nom est inscrit dans le bassin de personnes "
        "qualifiées pour les emplois d'analyste en planification sociosanitaire.\n\n"
        "Votre résultat : 78 %\n\n"
        "L'inscription dans un bassin ne garantit pas une offre d'emploi. Les ministères et "
        "organismes pourront communiquer avec vous lorsqu'un emploi sera à pourvoir.\n\n"
        "Gouvernement du Québec – Carrières",
    ),
    m(
        "10",
        "2025-11-24 14:55",
        "Chantal Beaulieu <chantal.beaulieu@msme.gouv.qc.ca>",
        "Emploi d'analyste – Direction de la planification régionale",
        ("interview", C4, R4, 4, "direct", "fr"),
        "Bonjour Monsieur Tremblay-Roy,\n\n"
        "Votre nom figure au bassin de personnes qualifiées issu de l'appel 10625PL93050001. La "
        "Direction de la planification régionale des services souhaite vous rencontrer pour un "
        "emploi régulier d'analyste en planification sociosanitaire.\n\n"
        "Je vous propose une rencontre le mardi 2 décembre à 10 h, au 1075, chemin Sainte-Foy, "
        "12e étage. L'entretien durera environ une heure. Une invitation suit.\n\n"
        "Cordialement,\n\nChantal Beaulieu\nDirectrice, planification régionale des services\n"
        "Ministère de la Santé et du Mieux-être\nTél. : 418 555-0119",
        ics={
            "style": "outlook",
            "start": "2025-12-02 10:00:00 -0500",
            "minutes": 60,
            "organizer": ("Chantal Beaulieu", "chantal.beaulieu@msme.gouv.qc.ca"),
            "uid": "040000008200E00074C5B7101A82E00800000000D09E1C7A4B5DDC01000000@msme",
            "summary": "Rencontre – emploi d'analyste (M. Tremblay-Roy)",
            "location": "1075, chemin Sainte-Foy, 12e étage, salle Montmorency",
        },
    ),
    m(
        "11",
        "2026-01-13 16:20",
        "Chantal Beaulieu <chantal.beaulieu@msme.gouv.qc.ca>",
        "Offre d'emploi – analyste en planification sociosanitaire",
        ("offer", C4, R4, 4, "direct", "fr"),
        "Bonjour Mathieu,\n\n"
        "J'ai le plaisir de vous offrir l'emploi régulier d'analyste en planification "
        "sociosanitaire à la Direction de la planification régionale des services, à compter du "
        "2 février 2026.\n\n"
        "Classement : professionnel, classe nominale 105, échelon 7 (reconnaissance de votre "
        "expérience)\nHoraire : 35 heures par semaine, mode hybride (2 jours au bureau)\n\n"
        "La lettre officielle est jointe. Pourriez-vous me confirmer votre décision d'ici le "
        "vendredi 16 janvier?\n\nAu plaisir de vous compter parmi nous,\n\nChantal Beaulieu\n"
        "Directrice, planification régionale des services\nMSME",
        attach=[("Offre_emploi_Tremblay-Roy.pdf", "application/pdf", "%PDF-1.4 offre")],
    ),
    m(
        "12",
        "2026-01-16 09:12",
        "Chantal Beaulieu <chantal.beaulieu@msme.gouv.qc.ca>",
        "RE: Offre d'emploi – analyste en planification sociosanitaire",
        ("offer", C4, R4, 4, "direct", "fr"),
        "Excellente nouvelle, Mathieu! Je transmets votre acceptation à la DRH, qui vous "
        "contactera pour les formalités d'entrée en fonction (serment de discrétion, accès, etc.).\n\n"
        "Bienvenue dans l'équipe!\n\nChantal\n\n"
        "-----Message d'origine-----\nDe : Mathieu Tremblay-Roy <mathieu.tremblayroy@gmail.com>\n"
        "Envoyé : 15 janvier 2026 21:03\nÀ : Chantal Beaulieu\n"
        "Objet : RE: Offre d'emploi – analyste en planification sociosanitaire\n\n"
        "Bonjour Madame Beaulieu,\n\nJ'ai le plaisir d'accepter votre offre. Je serai disponible "
        "à compter du 2 février.\n\nMathieu",
        st="accepted",
        **reply("11", "x@msme.gouv.qc.ca"),
    ),
    m(
        "13",
        "2026-01-27 10:30",
        "Dotation MSME <recrutement.dotation@msme.gouv.qc.ca>",
        "Votre entrée en fonction le 2 février 2026",
        ("other_job", C4, R4, None, "direct", "fr"),
        "Bonjour Monsieur Tremblay-Roy,\n\n"
        "Afin de préparer votre arrivée, veuillez remplir les formulaires ci-dessous avant le 30 "
        "janvier : déclaration d'emploi, formulaire de dépôt direct, serment de discrétion.\n\n"
        "Le 2 février, présentez-vous à 8 h 30 à l'accueil du 1075, chemin Sainte-Foy. Votre carte "
        "d'accès sera prête.\n\nDirection des ressources humaines\n"
        "Ministère de la Santé et du Mieux-être",
    ),
    # --- 5: federal agency, GC Jobs -> not qualified; 6: re-application ---------------------
    m(
        "14",
        "2025-09-15 22:04",
        GC,
        "Emplois GC - Confirmation de votre postulation / Confirmation of your application",
        ("confirmation", C5, R5, 5, "other", "fr"),
        "(English message follows)\n\n"
        "Merci d'avoir postulé au processus de sélection 25-ACSS-EA-QC-0318 : Analyste des "
        "politiques (EC-05), Agence canadienne de surveillance sanitaire, Gatineau (Québec).\n\n"
        "Votre demande a été reçue le 2025-09-15. Vous pouvez consulter l'état de votre demande en "
        "ouvrant une session dans votre compte Emplois GC.\n\n"
        "Veuillez ne pas répondre à ce message.\n\n---\n\n"
        "Thank you for applying to selection process 25-ACSS-EA-QC-0318: Policy Analyst (EC-05), "
        "Canadian Health Surveillance Agency, Gatineau (Quebec).\n\n"
        "Your application was received on 2025-09-15. You can check the status of your application "
        "by logging in to your GC Jobs account.\n\nPlease do not reply to this message.",
    ),
    m(
        "15",
        "2025-10-03 13:30",
        "ACSS Dotation / CHSA Staffing <dotation-staffing@acss-chsa.gc.ca>",
        "25-ACSS-EA-QC-0318 - Examen écrit / Written exam",
        ("assessment", C5, R5, 5, "direct", "fr"),
        "*** English follows ***\n\n"
        "Bonjour,\n\n"
        "Vous avez satisfait aux critères de présélection du processus 25-ACSS-EA-QC-0318. Vous "
        "êtes invité(e) à un examen écrit non supervisé qui vous sera envoyé le 10 octobre 2025 à "
        "9 h (HAE). Vous disposerez de trois heures pour le remplir et le retourner par courriel.\n\n"
        "Qualifications évaluées : capacité d'analyse, connaissance du système de santé canadien, "
        "communication écrite.\n\n"
        "Veuillez nous indiquer si vous avez besoin de mesures d'adaptation.\n\n"
        "Équipe de dotation | Agence canadienne de surveillance sanitaire\n\n"
        "Hello,\n\nYou have met the screening criteria for process 25-ACSS-EA-QC-0318. You are "
        "invited to an unsupervised written exam that will be sent on October 10, 2025 at 9:00 a.m. "
        "(EDT)...\n\nStaffing Team | Canadian Health Surveillance Agency",
    ),
    m(
        "16",
        "2025-10-22 15:45",
        "ACSS Dotation / CHSA Staffing <dotation-staffing@acss-chsa.gc.ca>",
        "25-ACSS-EA-QC-0318 - Invitation à une entrevue / Invitation to an interview",
        ("interview", C5, R5, 5, "direct", "fr"),
        "*** English follows ***\n\n"
        "Bonjour Mathieu,\n\nFélicitations, vous avez réussi l'examen écrit. Nous vous invitons à "
        "une entrevue par MS Teams le mardi 4 novembre 2025 à 10 h (HNE). L'entrevue durera 60 "
        "minutes et se déroulera dans la langue officielle de votre choix.\n\n"
        "Veuillez confirmer votre présence et la langue choisie d'ici le 27 octobre.\n\n"
        "Hello Mathieu,\n\nCongratulations, you passed the written exam. We invite you to an "
        "interview via MS Teams on Tuesday, November 4, 2025 at 10:00 a.m. (EST)...\n\n"
        "Équipe de dotation / Staffing Team\nACSS / CHSA",
    ),
    m(
        "17",
        "2025-11-20 12:10",
        "ACSS Dotation / CHSA Staffing <dotation-staffing@acss-chsa.gc.ca>",
        "25-ACSS-EA-QC-0318 - Résultats / Results",
        ("rejection", C5, R5, 5, "direct", "fr"),
        "*** English follows ***\n\n"
        "Bonjour,\n\nNous vous remercions de votre participation au processus de sélection "
        "25-ACSS-EA-QC-0318. Nous vous informons que vous n'avez pas obtenu la note de passage "
        "pour la qualification « Capacité à établir des relations de travail efficaces » évaluée "
        "en entrevue. Par conséquent, votre candidature ne sera plus considérée dans ce processus "
        "et votre nom ne sera pas inscrit sur la liste de candidats qualifiés.\n\n"
        "Vous pouvez demander une discussion informelle dans les cinq jours ouvrables suivant la "
        "réception du présent message.\n\n"
        "Hello,\n\nThank you for participating in selection process 25-ACSS-EA-QC-0318. We regret "
        "to inform you that you did not obtain the pass mark...\n\nÉquipe de dotation / Staffing Team",
    ),
    m(
        "18",
        "2026-01-12 19:52",
        GC,
        "Emplois GC - Confirmation de votre postulation / Confirmation of your application",
        ("confirmation", C5, R5, 6, "other", "fr"),
        "(English message follows)\n\n"
        "Merci d'avoir postulé au processus de sélection 26-ACSS-EA-QC-0027 : Analyste des "
        "politiques (EC-05), Agence canadienne de surveillance sanitaire. Un bassin de candidats "
        "qualifiés pourrait être établi afin de doter des postes semblables.\n\n"
        "Votre demande a été reçue le 2026-01-12.\n\n---\n\n"
        "Thank you for applying to selection process 26-ACSS-EA-QC-0027: Policy Analyst (EC-05), "
        "Canadian Health Surveillance Agency. A pool of qualified candidates may be established.\n\n"
        "Your application was received on 2026-01-12.",
    ),
    # --- 7: Ville de Rivière-aux-Érables via Njoyn -> offer declined ------------------------
    m(
        "19",
        "2025-10-15 08:51",
        "Ville de Rivière-aux-Érables <donotreply@njoyn.com>",
        "Ville de Rivière-aux-Érables - Candidature reçue",
        ("confirmation", C7, R7, 7, "other", "fr"),
        None,
        "<html><body><p>Bonjour Mathieu,</p><p>Merci de votre intérêt pour le poste "
        "<b>Conseiller(ère) en développement social</b> (concours SDS-2025-031) au Service du "
        "développement social et communautaire.</p><p>Nous avons bien reçu votre candidature. "
        "Seules les personnes convoquées en entrevue seront contactées.</p><p>Service des "
        'ressources humaines<br>Ville de Rivière-aux-Érables</p><hr><p style="font-size:10px">'
        "Powered by Njoyn</p></body></html>",
    ),
    m(
        "20",
        "2025-11-06 13:18",
        "Julie Paradis <jparadis@riviere-aux-erables.qc.ca>",
        "Concours SDS-2025-031 – entrevue",
        ("interview", C7, R7, 7, "direct", "fr"),
        "Bonjour M. Tremblay-Roy,\n\nNous aimerions vous rencontrer en entrevue pour le poste de "
        "conseiller en développement social. Seriez-vous disponible le mercredi 12 novembre à "
        "9 h, à l'hôtel de ville (salle du conseil, 2e étage)? L'entrevue comporte une courte "
        "présentation de 10 minutes sur un enjeu de développement social de votre choix.\n\n"
        "Merci de me confirmer par retour de courriel.\n\nJulie Paradis, CRHA\n"
        "Conseillère en ressources humaines\nVille de Rivière-aux-Érables\n418 555-0177",
    ),
    m(
        "21",
        "2025-12-04 16:02",
        "Julie Paradis <jparadis@riviere-aux-erables.qc.ca>",
        "Proposition – Conseiller en développement social",
        ("offer", C7, R7, 7, "direct", "fr"),
        "Bonjour Mathieu,\n\nÀ la suite de votre entrevue et de la vérification de vos "
        "références, la Ville de Rivière-aux-Érables est heureuse de vous proposer le poste de "
        "conseiller en développement social, col blanc régulier, classe 9 (72 418 $ annuellement), "
        "entrée en fonction le 5 janvier 2026.\n\nVous trouverez les conditions détaillées en "
        "pièce jointe. Une réponse d'ici le 10 décembre serait appréciée.\n\nJulie Paradis, CRHA\n"
        "Ville de Rivière-aux-Érables",
        attach=[("Proposition_SDS-2025-031.pdf", "application/pdf", "%PDF-1.4 proposition")],
    ),
    m(
        "22",
        "2025-12-09 11:46",
        "Julie Paradis <jparadis@riviere-aux-erables.qc.ca>",
        "RE: Proposition – Conseiller en développement social",
        ("offer", C7, R7, 7, "direct", "fr"),
        "Bonjour Mathieu,\n\nJe prends acte de votre décision et vous remercie de votre "
        "franchise. Nous comprenons que le temps de déplacement pèse lourd dans la balance. Je "
        "transmets l'information au directeur du service.\n\nBonne continuation!\n\nJulie\n\n"
        "Le lun. 8 déc. 2025 à 20 h 14, Mathieu Tremblay-Roy <mathieu.tremblayroy@gmail.com> a "
        "écrit :\n> Bonjour Madame Paradis,\n> Après mûre réflexion, je dois malheureusement "
        "décliner votre offre.\n> Merci encore pour votre confiance.\n> Mathieu",
        st="declined",
        **reply("21", "x@riviere-aux-erables.qc.ca"),
    ),
    # --- 8: Université de Charlesbourg via Workday -------------------------------------------
    m(
        "23",
        "2025-09-18 10:03",
        "Université de Charlesbourg <ucharlesbourg@myworkday.com>",
        "Nous avons bien reçu votre candidature",
        ("confirmation", C8, R8, 8, "workday", "fr"),
        "Bonjour Mathieu,\n\n"
        "Merci d'avoir postulé au poste R-0004417 Professionnel(le) de recherche en organisation "
        "des services (Faculté des sciences infirmières). Votre candidature est maintenant entre "
        "les mains de notre équipe.\n\n"
        "Vous pouvez consulter le statut de votre candidature à partir de la section « Mes "
        "candidatures » de votre compte candidat.\n\n"
        "Service des ressources humaines\nUniversité de Charlesbourg",
    ),
    m(
        "24",
        "2025-10-20 17:31",
        "Université de Charlesbourg <ucharlesbourg@myworkday.com>",
        "Mise à jour concernant le poste R-0004417",
        ("rejection", C8, R8, 8, "workday", "fr"),
        "Bonjour Mathieu,\n\nNous vous remercions de l'intérêt que vous avez manifesté pour le "
        "poste de professionnel(le) de recherche en organisation des services.\n\n"
        "Nous avons reçu un nombre important de candidatures de grande qualité. Après analyse, "
        "nous avons décidé de poursuivre avec d'autres personnes dont le profil correspond plus "
        "étroitement aux exigences du poste.\n\n"
        "Nous vous souhaitons du succès dans vos démarches.\n\n"
        "Service des ressources humaines\nUniversité de Charlesbourg",
    ),
    # --- 9: Coop de santé -> withdrawn ------------------------------------------------------
    m(
        "25",
        "2025-11-03 19:40",
        "Denis Lachance <direction@coopsantelescedres.ca>",
        "Re: Candidature – Coordonnateur des opérations",
        ("confirmation", C9, R9, 9, "direct", "fr"),
        "Bonsoir Mathieu,\n\nMerci pour ton CV et ta lettre, bien reçus. On est une petite coop "
        "(4 médecins, 2 IPS, 11 employés) alors je fais le tri moi-même le soir, ne t'inquiète pas "
        "si ça prend une semaine ou deux. Ton parcours au CIUSSS est très intéressant pour nous.\n\n"
        "Denis Lachance\nDirecteur général\nCoopérative de santé Les Cèdres\nSaint-Augustin-de-Desmaures",
    ),
    m(
        "26",
        "2025-11-17 12:22",
        "Denis Lachance <direction@coopsantelescedres.ca>",
        "Rencontre jeudi?",
        ("interview", C9, R9, 9, "direct", "fr"),
        "Salut Mathieu,\n\nEst-ce que jeudi 20 novembre à 16 h à la clinique te conviendrait pour "
        "une rencontre avec moi et Sylvie Demers, présidente du CA? On prévoit une heure, "
        "café inclus.\n\nDenis\n\nEnvoyé de mon iPhone",
    ),
    m(
        "27",
        "2026-01-20 08:15",
        "Denis Lachance <direction@coopsantelescedres.ca>",
        "Re: Retrait de ma candidature",
        ("confirmation", C9, R9, 9, "direct", "fr"),
        "Bonjour Mathieu,\n\nBien compris, et félicitations pour le poste au ministère! On retire "
        "ta candidature de notre processus. Si jamais tu connais quelqu'un d'intéressé, fais-moi "
        "signe.\n\nDenis\n\n> Le 19 janv. 2026 à 21:55, Mathieu Tremblay-Roy a écrit :\n"
        "> Bonjour Denis, je souhaite retirer ma candidature au poste de coordonnateur des\n"
        "> opérations, ayant accepté un autre emploi. Merci pour l'accueil chaleureux.",
        st="withdrawn",
    ),
    # --- 10: Caisse via SuccessFactors ------------------------------------------------------
    m(
        "28",
        "2025-09-22 11:18",
        "Fédération des caisses Horizon <carrieres@successfactors.com>",
        "Confirmation de candidature - Analyste, planification stratégique",
        ("confirmation", C10, R10, 10, "other", "fr"),
        "Bonjour Mathieu,\n\nNous vous remercions d'avoir postulé à l'offre Analyste, "
        "planification stratégique (réquisition 58213) de la Caisse Horizon de Limoilou.\n\n"
        "Malheureusement, en raison du volume élevé de candidatures, nous ne pouvons pas répondre "
        "individuellement à chaque personne. Si votre profil correspond à nos besoins, un membre "
        "de l'équipe d'acquisition de talents communiquera avec vous.\n\n"
        "Coopérativement vôtre,\nL'équipe Carrières\nFédération des caisses Horizon",
    ),
    m(
        "29",
        "2025-10-30 09:05",
        "Fédération des caisses Horizon <carrieres@successfactors.com>",
        "Votre candidature - réquisition 58213",
        ("rejection", C10, R10, 10, "other", "fr"),
        "Bonjour Mathieu,\n\nVotre expérience en planification dans le réseau de la santé a "
        "retenu notre attention et nous vous remercions du temps consacré à votre candidature.\n\n"
        "Nous avons cependant choisi de poursuivre le processus avec des candidatures présentant "
        "une expérience plus directe du secteur financier coopératif.\n\n"
        "Nous conservons votre profil dans notre banque de talents.\n\nL'équipe Carrières\n"
        "Fédération des caisses Horizon",
    ),
    # --- 11: Boréa Assurance (Groupe Mutuel Laurentide) via Workday -------------------------
    m(
        "30",
        "2025-10-06 21:40",
        BOREA,
        "Merci de votre candidature – Groupe Mutuel Laurentide",
        ("confirmation", C11, R11, 11, "workday", "fr"),
        "Bonjour Mathieu,\n\nMerci de votre intérêt pour une carrière au sein de Groupe Mutuel "
        "Laurentide. Nous avons bien reçu votre candidature pour le poste suivant :\n\n"
        "JR-20931 Analyste, données et planification – assurance collective (Québec)\n\n"
        "Notre équipe examine chaque candidature avec soin.\n\nAcquisition de talents\n"
        "Groupe Mutuel Laurentide | Boréa Assurance | Laurentide Vie",
    ),
    m(
        "31",
        "2025-10-14 10:12",
        BOREA,
        "Prochaine étape : évaluation en ligne",
        ("assessment", C11, R11, 11, "workday", "fr"),
        "Bonjour Mathieu,\n\nVotre candidature pour le poste JR-20931 passe à l'étape suivante! "
        "Nous vous invitons à compléter une évaluation en ligne (raisonnement numérique et "
        "styles de travail, environ 35 minutes) d'ici le 19 octobre.\n\n"
        "Accédez à l'évaluation à partir de la section Tâches de votre compte candidat.\n\n"
        "Acquisition de talents\nGroupe Mutuel Laurentide",
    ),
    m(
        "32",
        "2025-10-28 14:30",
        "Marc-Antoine Giroux <marc-antoine.giroux@mutuellelaurentide.ca>",
        "Entrevue – Analyste, données et planification (Boréa)",
        ("interview", C11, R11, 11, "direct", "fr"),
        "Bonjour Mathieu,\n\nJe vous envoie l'invitation Teams pour notre entrevue du jeudi "
        "6 novembre, 14 h. Vous rencontrerez Anne-Sophie Pelletier, directrice Planification "
        "et tarification – assurance collective chez Boréa, et moi.\n\n"
        "Marc-Antoine Giroux\nPartenaire en acquisition de talents\nGroupe Mutuel Laurentide\n"
        "Ce courriel peut contenir des renseignements confidentiels.",
        ics={
            "style": "outlook",
            "start": "2025-11-06 14:00:00 -0500",
            "minutes": 45,
            "organizer": ("Marc-Antoine Giroux", "marc-antoine.giroux@mutuellelaurentide.ca"),
            "uid": "040000008200E00074C5B7101A82E008000000001F55AA0E8C48DC01000000@gml",
            "summary": "Entrevue Teams – Mathieu Tremblay-Roy / JR-20931",
            "location": "Réunion Microsoft Teams",
            "description": "Rejoindre la réunion Microsoft Teams\nhttps://teams.microsoft.com/l/meetup-join/19%3ameeting_ZGE0",
            "attendees": [("Anne-Sophie Pelletier", "annesophie.pelletier@boreaassurance.ca")],
        },
    ),
    m(
        "33",
        "2025-11-14 16:58",
        BOREA,
        "Votre candidature chez Groupe Mutuel Laurentide",
        ("rejection", C11, R11, 11, "workday", "fr"),
        "Bonjour Mathieu,\n\nMerci d'avoir pris le temps de rencontrer notre équipe pour le "
        "poste JR-20931. Ce fut un plaisir d'échanger avec vous.\n\nAprès réflexion, nous avons "
        "retenu une autre personne pour ce rôle. Cette décision ne remet pas en question vos "
        "compétences, et nous vous encourageons à postuler de nouveau.\n\n"
        "Acquisition de talents\nGroupe Mutuel Laurentide",
    ),
    # --- 12: SQIS via Taleo -> on hold -----------------------------------------------------
    m(
        "34",
        "2025-10-09 13:15",
        TALEO,
        "SQIS - Accusé de réception de votre candidature",
        ("confirmation", C12, R12, 12, "taleo", "fr"),
        "Bonjour Mathieu,\n\nNous accusons réception de votre candidature au poste de "
        "Conseiller(ère) en planification des services numériques (réf. 2500871).\n\n"
        "Nous communiquerons avec vous si votre profil est retenu.\n\nAcquisition de talents\nSQIS",
    ),
    m(
        "35",
        "2025-10-31 10:44",
        "Geneviève Ouimet <genevieve.ouimet@sqis.qc.ca>",
        "Entrevue – réf. 2500871",
        ("interview", C12, R12, 12, "direct", "fr"),
        "Bonjour Monsieur Tremblay-Roy,\n\nVotre candidature a retenu notre attention. Nous vous "
        "proposons une entrevue le mercredi 5 novembre à 13 h 30 à nos bureaux du 2535, boulevard "
        "Laurier, 7e étage. Merci de confirmer votre présence.\n\nGeneviève Ouimet\n"
        "Conseillère en dotation\nSociété québécoise de l'information en santé\n"
        "2535, boul. Laurier, Québec (Québec)",
    ),
    m(
        "36",
        "2025-12-10 15:20",
        "Geneviève Ouimet <genevieve.ouimet@sqis.qc.ca>",
        "Réf. 2500871 – mise à jour",
        ("confirmation", C12, R12, 12, "direct", "fr"),
        "Bonjour Mathieu,\n\nJe voulais vous informer que le processus pour le poste de conseiller "
        "en planification des services numériques est suspendu jusqu'à nouvel ordre, en raison "
        "du gel des embauches annoncé pour l'exercice en cours. Votre candidature demeure active "
        "et nous reprendrons contact si le poste est rouvert.\n\nMerci de votre patience.\n\n"
        "Geneviève Ouimet\nConseillère en dotation, SQIS",
        st="on_hold",
    ),
    # --- 13: ROCSM, director from personal gmail ------------------------------------------
    m(
        "37",
        "2025-10-01 22:17",
        NOEMIE,
        "Re: Poste d'agent de planification et de liaison",
        ("confirmation", C13, R13, 13, "direct", "fr"),
        "Bonsoir Mathieu,\n\nJ'écris de mon adresse perso, notre serveur courriel du Regroupement "
        "fait des siennes cette semaine. Ta candidature est bien reçue! On regarde les dossiers "
        "la semaine prochaine avec le comité.\n\nNoémie\n\n-- \nNoémie Caron-Bélanger\n"
        "Directrice générale\nROCSM – Regroupement des organismes communautaires en santé "
        "mentale de la Capitale",
    ),
    m(
        "38",
        "2025-10-07 18:05",
        NOEMIE,
        "entrevue ROCSM",
        ("interview", C13, R13, 13, "direct", "fr"),
        "Salut Mathieu,\n\nOn aimerait te rencontrer vendredi 10 oct. à 10 h, sur Zoom ou au "
        "local (Limoilou), comme tu préfères. Ce sera avec moi et Pascal, notre trésorier.\n\n"
        "Lien Zoom au besoin : https://us06web.zoom.us/j/84213377120\n\nNoémie",
    ),
    m(
        "39",
        "2025-10-24 21:33",
        NOEMIE,
        "suite",
        ("rejection", C13, R13, 13, "direct", "fr"),
        "Bonsoir Mathieu,\n\nMerci encore pour la belle rencontre, on a vraiment senti ta "
        "connaissance du réseau. C'était serré, mais on a choisi une personne qui vient du milieu "
        "communautaire et qui connaît déjà nos membres. Je voulais te le dire moi-même.\n\n"
        "Je garde ton nom en tête pour nos projets de recherche partenariale.\n\nNoémie",
    ),
    # --- 14: Lemieux Ouellet Conseil via LinkedIn (ghosted after viewed) ------------------
    m(
        "40",
        "2025-09-24 09:58",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Mathieu, votre candidature a été envoyée à Lemieux Ouellet Conseil",
        ("confirmation", C14, R14, 14, "linkedin", "fr"),
        "Votre candidature a été envoyée à Lemieux Ouellet Conseil\n\n"
        "Consultant(e), santé et services sociaux\nLemieux Ouellet Conseil · Québec, Québec, Canada "
        "(Hybride)\nCandidature envoyée le 24 septembre 2025\n\n"
        "Voir l'offre d'emploi : https://www.linkedin.com/jobs/view/4102277813/\n\n"
        "Vous recevez les notifications relatives aux candidatures.\n"
        "© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.",
    ),
    m(
        "41",
        "2025-09-30 14:36",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Votre candidature a été consultée par Lemieux Ouellet Conseil",
        ("viewed", C14, R14, 14, "linkedin", "fr"),
        "Votre candidature a été consultée\n\nLemieux Ouellet Conseil\n"
        "Consultant(e), santé et services sociaux\n\nVotre candidature a été vue par l'employeur. "
        "Bonne chance!\n\nVoir les offres similaires\n\n© 2025 LinkedIn Corporation",
    ),
    # --- 18: staffing agency, client named late --------------------------------------------
    m(
        "42",
        "2025-10-16 10:20",
        AGENCY,
        "Mandat – analyste en amélioration continue",
        ("outreach", None, R18, None, "agency", "fr"),
        "Bonjour Mathieu,\n\nJ'ai vu votre profil sur LinkedIn. Je travaille sur un mandat "
        "permanent pour un de nos clients, un groupe privé du secteur des résidences pour aînés "
        "dans la région de Québec : analyste en amélioration continue (indicateurs de qualité, "
        "Lean, tableaux de bord). Salaire entre 75 et 85 k$, hybride.\n\n"
        "Seriez-vous ouvert à un appel de 15 minutes cette semaine?\n\n"
        "Karine Dufresne\nConseillère principale en recrutement\nDotation Cap-Rouge\n418 555-0160",
    ),
    m(
        "43",
        "2025-10-21 16:45",
        AGENCY,
        "RE: Mandat – analyste en amélioration continue",
        ("confirmation", C18, R18, 18, "agency", "fr"),
        "Merci Mathieu pour l'appel de ce matin.\n\nComme convenu, j'ai présenté votre candidature "
        "à notre client, Groupe Séjour Plus (12 résidences, siège social à Lebourgneuf). La "
        "gestionnaire devrait me revenir d'ici la fin de la semaine.\n\nKarine\n\n"
        "Karine Dufresne | Dotation Cap-Rouge",
        **reply("42", AGENCY),
    ),
    m(
        "44",
        "2025-10-27 11:02",
        AGENCY,
        "Entrevue Groupe Séjour Plus – jeudi",
        ("interview", C18, R18, 18, "agency", "fr"),
        "Bonjour Mathieu,\n\nBonne nouvelle : Mme Lyne Fortier, directrice qualité chez Groupe "
        "Séjour Plus, aimerait vous rencontrer jeudi 30 octobre à 11 h au siège social (5600, "
        "boul. des Galeries, bureau 400). Prévoyez une heure.\n\nJe vous appelle après pour un "
        "retour!\n\nKarine",
    ),
    # --- 20: CISSS des Collines via Guichet-Emplois (ghosted) -----------------------------
    m(
        "45",
        "2025-09-26 12:09",
        "Guichet-Emplois <ne-pas-repondre-do-not-reply@guichetemplois.gc.ca>",
        "Guichet-Emplois : votre candidature a été envoyée",
        ("confirmation", C20, R20, 20, "other", "fr"),
        "Bonjour Mathieu,\n\nVotre candidature pour l'offre d'emploi suivante a été envoyée à "
        "l'employeur :\n\nAgent(e) de planification en santé publique\nCISSS des Collines\n"
        "Gatineau (QC)\nNuméro de l'offre : 3391827\n\n"
        "L'employeur communiquera avec vous s'il souhaite obtenir plus d'information.\n\n"
        "Guichet-Emplois – Gouvernement du Canada",
    ),
    # --- 23: CIUSSS de Montréal-Rivières ---------------------------------------------------
    m(
        "46",
        "2025-11-18 13:37",
        "CIUSSS de Montréal-Rivières – Carrières <carrieres-noreply@ciusss-mtlrivieres.ca>",
        "Réception de votre candidature no 2025-11-7712",
        ("confirmation", C23, R23, 23, "other", "fr"),
        "Bonjour,\n\nNous confirmons la réception de votre candidature au poste d'APPR – accès "
        "aux services de première ligne (Direction des services multidisciplinaires, site "
        "Ahuntsic). Malheureusement, nous ne pouvons pas fournir d'accusé de réception "
        "personnalisé ni de rétroaction à chaque personne; seules les personnes retenues seront "
        "contactées.\n\nLe Service de l'acquisition de talents",
    ),
    m(
        "47",
        "2025-12-15 08:55",
        "CIUSSS de Montréal-Rivières – Carrières <carrieres-noreply@ciusss-mtlrivieres.ca>",
        "Candidature no 2025-11-7712",
        ("rejection", C23, R23, 23, "other", "fr"),
        "Bonjour,\n\nLe processus de sélection pour le poste d'APPR – accès aux services de "
        "première ligne est maintenant terminé. Nous regrettons de vous informer que nous "
        "n'avons pas retenu votre candidature.\n\nNous vous remercions de votre intérêt.\n\n"
        "Le Service de l'acquisition de talents",
    ),
    # --- 24: Pharmacies Bérubé-Nadeau via ADP ----------------------------------------------
    m(
        "48",
        "2025-10-20 07:48",
        "Pharmacies Bérubé-Nadeau <SecurityServices_NoReply@adp.com>",
        "Merci pour votre candidature",
        ("confirmation", C24, R24, 24, "other", "fr"),
        "Bonjour Mathieu Tremblay-Roy,\n\nMerci d'avoir postulé pour le poste Analyste des "
        "opérations chez Pharmacies Bérubé-Nadeau. Nous examinerons vos qualifications et "
        "communiquerons avec vous si votre profil correspond.\n\nCordialement,\n"
        "Ressources humaines – Pharmacies Bérubé-Nadeau",
    ),
    m(
        "49",
        "2025-11-05 15:11",
        "Pharmacies Bérubé-Nadeau <SecurityServices_NoReply@adp.com>",
        "Statut de votre candidature",
        ("rejection", C24, R24, 24, "other", "fr"),
        "Bonjour Mathieu,\n\nMerci pour l'intérêt que vous portez à Pharmacies Bérubé-Nadeau. "
        "Le poste d'analyste des opérations a été pourvu.\n\nNous vous souhaitons bonne chance "
        "dans votre recherche.\n\nRessources humaines",
    ),
    # --- 26: Institut de la pertinence des soins (Indeed, case study) -----------------------
    m(
        "50",
        "2025-11-24 20:17",
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyée : Analyste en pertinence clinique",
        ("confirmation", C26, R26, 26, "indeed", "fr"),
        None,
        "<html><body><p><b>Candidature envoyée</b></p><p>Analyste en pertinence clinique<br>"
        "Institut de la pertinence des soins – Montréal, QC</p><p>Les éléments suivants ont été "
        "envoyés à l'employeur : CV, lettre de présentation.</p><p>Suivez l'état de vos "
        'candidatures dans <a href="https://myjobs.indeed.com/applied">Mes emplois</a>.</p>'
        '<p style="color:#767676">© 2025 Indeed</p></body></html>',
    ),
    m(
        "51",
        "2025-12-01 09:32",
        "Raphaël Dion <rdion@pertinencesoins.org>",
        "IPS – étude de cas",
        ("assessment", C26, R26, 26, "direct", "fr"),
        "Bonjour Mathieu,\n\nMerci pour votre candidature au poste d'analyste en pertinence "
        "clinique. Comme prochaine étape, nous demandons à tous les candidats présélectionnés de "
        "réaliser une courte étude de cas (jeu de données anonymisées sur les imageries "
        "lombaires, 3 questions). Vous avez jusqu'au 8 décembre pour nous retourner vos réponses "
        "(max. 4 pages).\n\nRaphaël Dion\nChef, analyses et mesure\nInstitut de la pertinence des "
        "soins (IPS)",
        attach=[("Etude_de_cas_IPS.xlsx", "application/vnd.ms-excel", "data")],
    ),
    m(
        "52",
        "2025-12-18 14:08",
        "Raphaël Dion <rdion@pertinencesoins.org>",
        "Re: IPS – étude de cas",
        ("rejection", C26, R26, 26, "direct", "fr"),
        "Bonjour Mathieu,\n\nMerci pour la qualité de votre étude de cas, nous avons aimé votre "
        "approche de standardisation par âge. Nous avons toutefois retenu deux candidatures "
        "ayant une formation en épidémiologie clinique, plus proche de nos besoins actuels.\n\n"
        "Bonne fin d'année,\n\nRaphaël",
        **reply("51", "x@pertinencesoins.org"),
    ),
]

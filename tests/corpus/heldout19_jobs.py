"""Job mail of the nineteenth held-out corpus: Montréal, Québec City, Ottawa (never tuned on)."""

# ruff: noqa: E501  (hand-written mail keeps the line lengths its senders would use)

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

EDT, EST, CET = "-0400", "-0500", "+0100"

CB = "Caisse Boréal"
CB_AD = "Analyste de données principal(e)"
CB_BI = "Analyste BI - Gestion de patrimoine"
AM = "Alliance Mutuelle"
AM_R = "Conseiller(ère) en analytique d'affaires"
EL = "Énergie Laurentides"
EL_R = "Analyste, données et performance"
KA = "Kinetik Analytique"
KA_R = "Data Analyst"
PS = "Pivot Santé numérique"

MAIL: list[dict[str, Any]] = [
    # 1 Caisse Boréal (Mouvement Boréal des caisses coopératives), Workday: confirmation,
    # Teams interview, neutral-subject rejection
    m(
        "19001",
        "2025-09-03 08:12",
        "Mouvement Boréal <mouvementboreal@myworkday.com>",
        "Nous avons bien reçu votre candidature",
        ("confirmation", CB, CB_AD, 1, "workday", "fr"),
        html="""<html><body style="font-family:Arial;font-size:14px">
<p>Bonjour Élodie,</p>
<p>Merci de l'intérêt que vous portez au Mouvement Boréal des caisses coopératives du Québec.
Nous confirmons la réception de votre candidature pour le poste <b>Analyste de données
principal(e)</b> (R-2025-08831), Caisse Boréal, Montréal.</p>
<p>Notre équipe d'acquisition de talents analysera votre dossier. Seules les personnes retenues
pour la suite du processus seront contactées.</p>
<p>Vous pouvez suivre l'état de votre candidature dans votre
<a href="https://mouvementboreal.wd3.myworkdayjobs.com/fr-CA/Carrieres/userHome">espace candidat</a>.</p>
<p>Cordialement,<br>Acquisition de talents<br>Mouvement Boréal des caisses coopératives du Québec</p>
<p style="font-size:10px;color:#777">Ce courriel est généré automatiquement. Merci de ne pas y répondre.</p>
</body></html>""",
        tz=EDT,
    ),
    m(
        "19002",
        "2025-09-16 14:37",
        "Josée Lavallière <josee.lavalliere@mouvementboreal.coop>",
        "Disponibilités - échange de 45 minutes",
        ("interview", CB, CB_AD, 1, "direct", "fr"),
        text="""Bonjour Élodie,

Votre profil a retenu l'attention de l'équipe Analytique avancée et nous aimerions vous
rencontrer pour une première entrevue (45 minutes, sur Teams) pour le poste d'analyste de
données principale.

Seriez-vous disponible le mardi 23 septembre à 10 h ou le jeudi 25 septembre à 14 h?

Au plaisir,

Josée Lavallière
Conseillère principale, acquisition de talents
Mouvement Boréal des caisses coopératives du Québec
514 555-0143 poste 2210
""",
        tz=EDT,
    ),
    m(
        "19003",
        "2025-09-17 09:05",
        "Josée Lavallière <josee.lavalliere@mouvementboreal.coop>",
        "RE: Disponibilités - échange de 45 minutes",
        ("interview", CB, CB_AD, 1, "direct", "fr"),
        text="""Parfait, c'est noté pour jeudi 14 h. Je vous envoie l'invitation Teams dans la journée.

Josée

-----Message d'origine-----
De : Élodie Gagnon-Pham
Envoyé : 16 septembre 2025 21:02
Objet : RE: Disponibilités - échange de 45 minutes

Bonjour Josée, le jeudi 25 à 14 h me convient très bien. Merci!
""",
        tz=EDT,
        **reply("19002", "josee.lavalliere@mouvementboreal.coop"),
    ),
    m(
        "19004",
        "2025-09-17 11:20",
        "Josée Lavallière <josee.lavalliere@mouvementboreal.coop>",
        "Entrevue - Élodie Gagnon-Pham / Analytique avancée",
        ("interview", CB, CB_AD, 1, "direct", "fr"),
        text="""Rejoindre la réunion Microsoft Teams
https://teams.microsoft.com/l/meetup-join/19%3ameeting_boreal8831

Participants : Josée Lavallière, Marc-André Provencher (chef d'équipe, Analytique avancée)
""",
        ics={
            "style": "outlook",
            "start": "2025-09-25 14:00:00 -0400",
            "minutes": 45,
            "organizer": ("Josée Lavallière", "josee.lavalliere@mouvementboreal.coop"),
            "attendees": [("Marc-André Provencher", "ma.provencher@mouvementboreal.coop")],
            "uid": "040000008200E00074C5B7101A82E0080000000019004",
            "summary": "Entrevue - Élodie Gagnon-Pham / Analytique avancée",
            "location": "Réunion Microsoft Teams",
        },
        tz=EDT,
    ),
    m(
        "19005",
        "2025-10-09 16:48",
        "Mouvement Boréal <mouvementboreal@myworkday.com>",
        "Suivi de votre dossier - R-2025-08831",
        ("rejection", CB, CB_AD, 1, "workday", "fr"),
        html="""<html><body style="font-family:Arial;font-size:14px">
<p>Bonjour Élodie,</p>
<p>Nous vous remercions sincèrement du temps consacré à votre candidature et à vos échanges avec
notre équipe. Votre parcours et votre maîtrise de SQL et de Power BI ont été très appréciés.</p>
<p>Après mûre réflexion, nous avons choisi de poursuivre avec une autre personne dont le profil
correspond davantage aux besoins actuels de l'équipe.</p>
<p>Nous conserverons votre dossier et vous invitons à consulter régulièrement nos affichages.</p>
<p>Bonne continuation,<br>Acquisition de talents<br>Mouvement Boréal</p>
</body></html>""",
        tz=EDT,
    ),
    # 2 same employer, second role: confirmation, an online test, then nothing
    m(
        "19006",
        "2025-10-20 07:55",
        "Mouvement Boréal <mouvementboreal@myworkday.com>",
        "Nous avons bien reçu votre candidature",
        ("confirmation", CB, CB_BI, 2, "workday", "fr"),
        html="""<html><body style="font-family:Arial;font-size:14px">
<p>Bonjour Élodie,</p>
<p>Merci de l'intérêt que vous portez au Mouvement Boréal des caisses coopératives du Québec.
Nous confirmons la réception de votre candidature pour le poste <b>Analyste BI - Gestion de
patrimoine</b> (R-2025-09412), Caisse Boréal, Québec.</p>
<p>Seules les personnes retenues pour la suite du processus seront contactées.</p>
<p>Cordialement,<br>Acquisition de talents</p>
</body></html>""",
        tz=EDT,
    ),
    m(
        "19007",
        "2025-10-28 10:02",
        "Mouvement Boréal <mouvementboreal@myworkday.com>",
        "Étape suivante : questionnaire en ligne (R-2025-09412)",
        ("assessment", CB, CB_BI, 2, "workday", "fr"),
        html="""<html><body style="font-family:Arial;font-size:14px">
<p>Bonjour Élodie,</p>
<p>Dans le cadre du processus pour le poste Analyste BI - Gestion de patrimoine, nous vous
invitons à compléter une épreuve en ligne (raisonnement numérique et exercice Excel/SQL,
environ 60 minutes) d'ici le 4 novembre à 23 h 59.</p>
<p><a href="https://mouvementboreal.wd3.myworkdayjobs.com/fr-CA/Carrieres/assessment/9412">Commencer l'épreuve</a></p>
<p>Bonne chance!<br>Acquisition de talents</p>
</body></html>""",
        tz=EDT,
    ),
    # 3 Alliance Mutuelle (L'Alliance Mutuelle d'assurance générale du Québec), Taleo:
    # confirmation, interview, second interview by reply, offer in plain words, declined
    m(
        "19008",
        "2025-09-08 13:10",
        "Alliance Mutuelle - Carrières <alliancemutuelle@taleo.net>",
        "Accusé de réception - Conseiller(ère) en analytique d'affaires (2500417)",
        ("confirmation", AM, AM_R, 3, "taleo", "fr"),
        text="""Madame Gagnon-Pham,

Nous accusons réception de votre candidature pour le poste de Conseiller(ère) en analytique
d'affaires (numéro de référence 2500417) à L'Alliance Mutuelle d'assurance générale du Québec.

Nous vous remercions de l'intérêt manifesté envers notre organisation. Votre candidature sera
étudiée attentivement. Si votre profil correspond aux exigences du poste, un membre de
l'équipe Ressources humaines communiquera avec vous.

Pour consulter votre dossier : https://alliancemutuelle.taleo.net/careersection/2/mysubmissions.ftl

Ressources humaines
L'Alliance Mutuelle d'assurance générale du Québec
Ceci est un message automatique.
""",
        tz=EDT,
    ),
    m(
        "19009",
        "2025-09-22 15:31",
        "Nathalie Côté-Brisson <ncotebrisson@alliancemutuelle.qc.ca>",
        "Poste 2500417 - invitation à une rencontre",
        ("interview", AM, AM_R, 3, "direct", "fr"),
        text="""Bonjour Madame Gagnon-Pham,

À la suite de l'analyse de votre dossier, nous souhaitons vous rencontrer pour une entrevue
d'une heure à nos bureaux de Québec (2475, boulevard Laurier, 4e étage) ou en virtuel, selon
votre préférence, le mercredi 1er octobre à 9 h 30.

Merci de me confirmer votre présence par retour de courriel.

Nathalie Côté-Brisson, CRHA
Partenaire d'affaires RH
L'Alliance Mutuelle d'assurance générale du Québec
""",
        tz=EDT,
    ),
    m(
        "19010",
        "2025-10-03 11:44",
        "Nathalie Côté-Brisson <ncotebrisson@alliancemutuelle.qc.ca>",
        "RE: Poste 2500417 - invitation à une rencontre",
        ("interview", AM, AM_R, 3, "direct", "fr"),
        text="""Bonjour Élodie,

Merci encore pour mercredi, l'équipe a beaucoup apprécié. Nous aimerions vous présenter à
M. Sébastien Ruel, directeur Intelligence d'affaires, pour un deuxième échange de 30 minutes.
Est-ce que le vendredi 10 octobre à 13 h vous conviendrait?

Nathalie
""",
        tz=EDT,
        **reply("19009", "ncotebrisson@alliancemutuelle.qc.ca"),
    ),
    m(
        "19011",
        "2025-10-17 16:05",
        "Nathalie Côté-Brisson <ncotebrisson@alliancemutuelle.qc.ca>",
        "Bonne nouvelle!",
        ("offer", AM, AM_R, 3, "direct", "fr"),
        text="""Bonjour Élodie,

J'ai le plaisir de vous annoncer que nous aimerions vous accueillir dans l'équipe. Nous vous
proposons le poste de conseillère en analytique d'affaires, permanent, temps plein, à un
salaire annuel de 84 500 $, avec entrée en fonction le 17 novembre. Le télétravail est
possible trois jours par semaine.

Je vous appelle lundi pour en discuter; vous recevrez la lettre officielle ensuite.

Nathalie Côté-Brisson, CRHA
Partenaire d'affaires RH
""",
        tz=EDT,
    ),
    m(
        "19012",
        "2025-10-23 09:18",
        "Nathalie Côté-Brisson <ncotebrisson@alliancemutuelle.qc.ca>",
        "RE: Bonne nouvelle!",
        ("confirmation", AM, AM_R, 3, "direct", "fr"),
        text="""Bonjour Élodie,

Merci de m'avoir informée de votre décision. Nous la comprenons, même si nous sommes déçus :
la relocalisation à Québec était un enjeu réel. Je vous souhaite beaucoup de succès et
n'hésitez pas à revenir vers nous si votre situation change.

Cordialement,
Nathalie
""",
        st="declined",
        tz=EDT,
        **reply("19011", "ncotebrisson@alliancemutuelle.qc.ca"),
    ),
    # 4 Énergie Laurentides, SuccessFactors: confirmation, interview, reschedule, offer, DocuSign
    m(
        "19013",
        "2025-10-06 10:40",
        "Énergie Laurentides <noreply@successfactors.eu>",
        "Confirmation de candidature / Application confirmation",
        ("confirmation", EL, EL_R, 4, "other", "fr"),
        text="""Bonjour Élodie,

Merci d'avoir postulé au poste Analyste, données et performance (Réf. 41877) chez Énergie
Laurentides. Nous avons bien reçu votre candidature.

Hello Élodie, thank you for applying for the position Analyste, données et performance
(Req. 41877). We have received your application.

Équipe Talents | Talent team
Énergie Laurentides
""",
        tz=EDT,
    ),
    m(
        "19014",
        "2025-10-21 13:22",
        "Kevin Marchand <kevin.marchand@energielaurentides.com>",
        "Invitation : Entrevue - Analyste, données et performance",
        ("interview", EL, EL_R, 4, "direct", "fr"),
        text="""Bonjour Élodie,

Comme convenu au téléphone, voici l'invitation pour l'entrevue avec Mme Dufresne et moi-même.
Prévoyez une courte présentation (10 min) d'un projet d'analyse dont vous êtes fière.

Kevin Marchand
Conseiller, acquisition de talents
""",
        ics={
            "style": "outlook",
            "start": "2025-10-28 10:00:00 -0400",
            "minutes": 60,
            "organizer": ("Kevin Marchand", "kevin.marchand@energielaurentides.com"),
            "attendees": [("Isabelle Dufresne", "isabelle.dufresne@energielaurentides.com")],
            "uid": "040000008200E00074C5B7101A82E0080000000019014",
            "summary": "Entrevue - Analyste, données et performance - É. Gagnon-Pham",
            "location": "Siège social, 1200 rue Sherbrooke O., salle Outaouais",
        },
        tz=EDT,
    ),
    m(
        "19015",
        "2025-10-27 08:03",
        "Kevin Marchand <kevin.marchand@energielaurentides.com>",
        "Mis à jour : Entrevue - Analyste, données et performance",
        ("interview", EL, EL_R, 4, "direct", "fr"),
        text="""Bonjour Élodie,

Désolé du changement de dernière minute : Mme Dufresne est retenue en comité demain. Nous
déplaçons la rencontre au jeudi 30 octobre, même heure, même endroit.

Kevin
""",
        ics={
            "style": "outlook",
            "start": "2025-10-30 10:00:00 -0400",
            "minutes": 60,
            "sequence": 1,
            "organizer": ("Kevin Marchand", "kevin.marchand@energielaurentides.com"),
            "attendees": [("Isabelle Dufresne", "isabelle.dufresne@energielaurentides.com")],
            "uid": "040000008200E00074C5B7101A82E0080000000019014",
            "summary": "Entrevue - Analyste, données et performance - É. Gagnon-Pham",
            "location": "Siège social, 1200 rue Sherbrooke O., salle Outaouais",
        },
        tz=EDT,
    ),
    m(
        "19016",
        "2025-11-12 17:20",
        "Kevin Marchand <kevin.marchand@energielaurentides.com>",
        "Suite à nos échanges",
        ("offer", EL, EL_R, 4, "direct", "fr"),
        text="""Bonjour Élodie,

Au nom de toute l'équipe, je suis très heureux de vous confirmer que nous souhaitons retenir
votre candidature. Vous trouverez ci-joint la lettre d'offre : poste permanent, 88 000 $ par
année, 4 semaines de vacances, régime de retraite à prestations déterminées.

La lettre vous parviendra aussi par DocuSign pour signature. N'hésitez pas si vous avez des
questions.

Kevin Marchand
Conseiller, acquisition de talents
Énergie Laurentides
""",
        attach=[("Lettre_offre_EGP.pdf", "application/pdf", "%PDF-1.4 lettre d'offre")],
        tz=EST,
    ),
    m(
        "19017",
        "2025-11-14 09:41",
        "Énergie Laurentides via DocuSign <dse_NA3@docusign.net>",
        "Terminé : Lettre d'offre - Élodie Gagnon-Pham",
        ("offer", EL, EL_R, 4, "docusign", "fr"),
        html="""<html><body style="font-family:Helvetica">
<p>Tous les signataires ont terminé l'enveloppe.</p>
<p><b>Lettre d'offre - Élodie Gagnon-Pham</b></p>
<p>Expéditeur : Kevin Marchand, Énergie Laurentides</p>
<p><a href="https://na3.docusign.net/Signing/view">AFFICHER LE DOCUMENT TERMINÉ</a></p>
<p style="font-size:11px">Ne partagez pas ce courriel. DocuSign, Inc.</p>
</body></html>""",
        st="accepted",
        tz=EST,
    ),
    m(
        "19018",
        "2025-11-18 11:00",
        "Énergie Laurentides <noreply@successfactors.eu>",
        "Bienvenue chez Énergie Laurentides - vos formalités d'accueil",
        ("other_job", EL, EL_R, None, "other", "fr"),
        text="""Bonjour Élodie,

Bienvenue! Afin de préparer votre arrivée le 8 décembre, veuillez remplir les formulaires
d'intégration (TD1, TP-1015.3, dépôt direct) dans le portail d'accueil :
https://performancemanager.successfactors.eu/onboarding

Une vérification d'antécédents sera aussi effectuée par notre fournisseur.

Équipe Talents
""",
        tz=EST,
    ),
    m(
        "19019",
        "2025-11-20 14:12",
        "Kevin Marchand <kevin.marchand@energielaurentides.com>",
        "RE: Formulaires",
        ("other_job", EL, EL_R, None, "direct", "fr"),
        text="""Bien reçu, merci! Tout est complet de mon côté. Votre badge sera prêt le 8 au matin
à l'accueil.

Kevin

> Bonjour Kevin, ci-joint le formulaire signé pour le dépôt direct.
""",
        tz=EST,
    ),
    # 5 Kinetik Analytique, BambooHR + founder from gmail: confirmation, interview, short reply,
    # take-home, rejection
    m(
        "19020",
        "2025-09-10 19:03",
        "Kinetik Analytique <notifications@app.bamboohr.com>",
        "Thanks for applying to Kinetik Analytique",
        ("confirmation", KA, KA_R, 5, "bamboohr", "en"),
        text="""Hi Élodie,

Thank you for your interest in the Data Analyst position at Kinetik Analytique. We've
received your application and will be reviewing it soon.

All the best,
Kinetik Analytique
""",
        tz=EDT,
    ),
    m(
        "19021",
        "2025-09-12 22:17",
        "Raphaël Bédard <raph.bedard@gmail.com>",
        "quick chat?",
        ("interview", KA, KA_R, 5, "direct", "en"),
        text="""Hey Élodie,

Saw your application come through last night, love the transit ridership project on your
GitHub. Could we do a 30 min video call next week? I'm pretty flexible Mon-Wed afternoons.

Raph

--
Raphaël Bédard
Co-founder & CEO, Kinetik Analytique
kinetik.ai
""",
        tz=EDT,
    ),
    m(
        "19022",
        "2025-09-13 08:40",
        "Raphaël Bédard <raph.bedard@gmail.com>",
        "Re: quick chat?",
        ("interview", KA, KA_R, 5, "direct", "en"),
        text="""Thanks, Tuesday 3pm works. I'll send a Meet link.

R

On Sat, Sep 13, 2025 at 7:55 AM Élodie Gagnon-Pham wrote:
> Hi Raph, thanks! Tuesday at 3 or Wednesday at 2 would be great for me.
""",
        tz=EDT,
        **reply("19021", "raph.bedard@gmail.com"),
    ),
    m(
        "19023",
        "2025-09-17 17:58",
        "Raphaël Bédard <raph.bedard@gmail.com>",
        "Re: quick chat?",
        ("assessment", KA, KA_R, 5, "direct", "en"),
        text="""Great talking yesterday. As promised, here's the small exercise: a CSV of 3 months of
anonymized fleet telemetry, and three questions in the README. Should take 3-4 hours max,
no rush, send it back by next Friday. Notebook or slides, whatever you prefer.

https://drive.google.com/drive/folders/kinetik-exercise-2025

Raph
""",
        tz=EDT,
        **reply("19021", "raph.bedard@gmail.com"),
    ),
    m(
        "19024",
        "2025-10-02 12:26",
        "Raphaël Bédard <raph.bedard@gmail.com>",
        "Re: quick chat?",
        ("rejection", KA, KA_R, 5, "direct", "en"),
        text="""Hi Élodie,

Thanks so much for the exercise, the write-up on the seasonality was really clear. I'm going to
be straight with you: we ended up going with someone who has more embedded/IoT data
experience, which is where we're headed next quarter. Not an easy call.

I'd be happy to connect you with a couple of friends who are hiring analysts in Mile-Ex.

Raph
""",
        tz=EDT,
        **reply("19021", "raph.bedard@gmail.com"),
    ),
    # 6 Indeed: confirmation, viewed, then silence
    m(
        "19025",
        "2025-09-05 11:32",
        "Indeed Apply <indeedapply@indeed.com>",
        "Candidature envoyée : Analyste de données junior",
        (
            "confirmation",
            "Boulangeries Sainte-Croix",
            "Analyste de données junior",
            6,
            "indeed",
            "fr",
        ),
        html="""<html><body>
<h2>Votre candidature a été envoyée</h2>
<p><b>Analyste de données junior</b><br>Boulangeries Sainte-Croix inc. - Laval, QC</p>
<p>Vous recevrez un courriel si l'employeur vous contacte. Vous pouvez suivre vos candidatures dans
<a href="https://ca.indeed.com/myjobs">Mes emplois</a>.</p>
<p style="font-size:11px">© 2025 Indeed - Ne pas répondre à ce courriel</p>
</body></html>""",
        tz=EDT,
    ),
    m(
        "19026",
        "2025-09-09 09:14",
        "Indeed <no-reply@indeed.com>",
        "Votre candidature a été consultée",
        ("viewed", "Boulangeries Sainte-Croix", "Analyste de données junior", 6, "indeed", "fr"),
        html="""<html><body>
<p>Bonne nouvelle! L'employeur a consulté votre candidature.</p>
<p><b>Analyste de données junior</b> - Boulangeries Sainte-Croix inc.</p>
<p>Conseil : les employeurs répondent souvent en moins de deux semaines.</p>
</body></html>""",
        tz=EDT,
    ),
    # 7 LinkedIn Easy Apply, Ottawa: sent, viewed, rejection
    m(
        "19027",
        "2025-09-24 20:05",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Élodie, your application was sent to Nordvale Logistics",
        (
            "confirmation",
            "Nordvale Logistics",
            "Data Analyst, Network Planning",
            7,
            "linkedin",
            "en",
        ),
        html="""<html><body>
<p>Your application was sent to Nordvale Logistics</p>
<p><b>Data Analyst, Network Planning</b><br>Nordvale Logistics · Ottawa, ON (Hybrid)</p>
<p>Applied on September 24, 2025</p>
<p><a href="https://www.linkedin.com/jobs/view/4023118871">View job</a></p>
</body></html>""",
        tz=EDT,
    ),
    m(
        "19028",
        "2025-09-29 10:47",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Nordvale Logistics",
        ("viewed", "Nordvale Logistics", "Data Analyst, Network Planning", 7, "linkedin", "en"),
        html="""<html><body>
<p>Élodie, your application was viewed by Nordvale Logistics.</p>
<p><b>Data Analyst, Network Planning</b> · Ottawa, ON</p>
</body></html>""",
        tz=EDT,
    ),
    m(
        "19029",
        "2025-10-14 15:30",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application to Data Analyst, Network Planning at Nordvale Logistics",
        ("rejection", "Nordvale Logistics", "Data Analyst, Network Planning", 7, "linkedin", "en"),
        html="""<html><body>
<p>Nordvale Logistics</p>
<p>Thank you for your interest in the Data Analyst, Network Planning position at Nordvale
Logistics in Ottawa. Unfortunately, we will not be moving forward with your application, but we
appreciate your time and interest in Nordvale.</p>
<p>Regards,<br>Nordvale Logistics</p>
</body></html>""",
        tz=EDT,
    ),
    # 8 Jobillico: confirmation, HR invites by email, short reply, rejection
    m(
        "19030",
        "2025-09-11 12:02",
        "Jobillico <notification@jobillico.com>",
        "Votre candidature a bien été transmise",
        ("confirmation", "Groupe Véloce", "Analyste en intelligence d'affaires", 8, "other", "fr"),
        html="""<html><body>
<p>Bonjour Élodie,</p>
<p>Votre candidature pour l'offre <b>Analyste en intelligence d'affaires</b> a bien été transmise
à l'employeur <b>Groupe Véloce</b> (Boucherville).</p>
<p>Bonne chance dans vos démarches!<br>L'équipe Jobillico</p>
</body></html>""",
        tz=EDT,
    ),
    m(
        "19031",
        "2025-09-18 08:55",
        "Mélanie Roy <rh@groupeveloce.ca>",
        "Votre candidature - Analyste en intelligence d'affaires",
        ("interview", "Groupe Véloce", "Analyste en intelligence d'affaires", 8, "direct", "fr"),
        text="""Bonjour Élodie,

Merci pour ta candidature! J'aimerais planifier une entrevue téléphonique de 20 minutes avec
toi cette semaine. Est-ce que jeudi ou vendredi avant-midi te conviendrait?

Mélanie Roy
Coordonnatrice RH, Groupe Véloce
Transport et logistique depuis 1987
""",
        tz=EDT,
    ),
    m(
        "19032",
        "2025-09-18 13:41",
        "Mélanie Roy <rh@groupeveloce.ca>",
        "RE: Votre candidature - Analyste en intelligence d'affaires",
        ("interview", "Groupe Véloce", "Analyste en intelligence d'affaires", 8, "direct", "fr"),
        text="""Super, je t'appelle vendredi à 10 h au 514 555-0198.

Bonne journée!
Mélanie
""",
        tz=EDT,
        **reply("19031", "rh@groupeveloce.ca"),
    ),
    m(
        "19033",
        "2025-10-06 16:10",
        "Mélanie Roy <rh@groupeveloce.ca>",
        "RE: Votre candidature - Analyste en intelligence d'affaires",
        ("rejection", "Groupe Véloce", "Analyste en intelligence d'affaires", 8, "direct", "fr"),
        text="""Bonjour Élodie,

Merci encore pour ton temps lors de nos échanges. Les gestionnaires ont bien aimé ton
approche, mais ils ont arrêté leur choix sur une candidature à l'interne.

Je te souhaite bon succès dans ta recherche!
Mélanie
""",
        tz=EDT,
        **reply("19031", "rh@groupeveloce.ca"),
    ),
    # 9 Workopolis: confirmation, ghosted
    m(
        "19034",
        "2025-09-19 21:15",
        "Workopolis <noreply@workopolis.com>",
        "Application submitted: Data Analyst - Pharmacies Lavande",
        ("confirmation", "Pharmacies Lavande", "Data Analyst", 9, "other", "en"),
        html="""<html><body>
<p>Your application has been submitted!</p>
<p><b>Data Analyst</b><br>Pharmacies Lavande · Montréal, QC</p>
<p>Good luck! - The Workopolis team</p>
</body></html>""",
        tz=EDT,
    ),
    # 10 Québec public service competition (bassin), online exam, failed
    m(
        "19035",
        "2025-09-26 10:00",
        "Carrières - Fonction publique <ne-pas-repondre@carrieres.gouv.qc.ca>",
        "Inscription au processus de qualification 11520FP95750001",
        (
            "confirmation",
            "Ministère de l'Économie circulaire",
            "Agente ou agent de recherche et de planification socioéconomique",
            10,
            "other",
            "fr",
        ),
        text="""Bonjour,

Nous confirmons votre inscription au processus de qualification visant à constituer une
banque de personnes qualifiées (bassin de candidatures) pour des emplois d'agente ou d'agent
de recherche et de planification socioéconomique, ministère de l'Économie circulaire.

Numéro du processus : 11520FP95750001
Si vous êtes admissible, vous serez convoqué(e) à un examen en ligne.

Le Secrétariat du recrutement
Ce courriel est envoyé automatiquement; merci de ne pas y répondre.
""",
        tz=EDT,
    ),
    m(
        "19036",
        "2025-10-15 09:00",
        "Carrières - Fonction publique <ne-pas-repondre@carrieres.gouv.qc.ca>",
        "Convocation à l'examen en ligne - 11520FP95750001",
        (
            "assessment",
            "Ministère de l'Économie circulaire",
            "Agente ou agent de recherche et de planification socioéconomique",
            10,
            "other",
            "fr",
        ),
        text="""Bonjour,

Vous êtes convoqué(e) à l'examen en ligne (questionnaire d'évaluation des compétences, durée
maximale 90 minutes) du processus 11520FP95750001. L'examen sera accessible du 22 octobre 8 h
au 24 octobre 16 h dans votre dossier candidat.

Assurez-vous d'utiliser un ordinateur avec une connexion stable.

Le Secrétariat du recrutement
""",
        tz=EDT,
    ),
    m(
        "19037",
        "2025-11-19 10:00",
        "Carrières - Fonction publique <ne-pas-repondre@carrieres.gouv.qc.ca>",
        "Résultat - processus 11520FP95750001",
        (
            "rejection",
            "Ministère de l'Économie circulaire",
            "Agente ou agent de recherche et de planification socioéconomique",
            10,
            "other",
            "fr",
        ),
        text="""Bonjour,

Nous vous informons que vous n'avez pas obtenu la note de passage à l'examen du processus de
qualification 11520FP95750001. Par conséquent, votre nom ne sera pas inscrit à la banque de
personnes qualifiées.

Vous pourrez vous inscrire de nouveau à un prochain processus.

Le Secrétariat du recrutement
""",
        tz=EST,
    ),
    # 11 federal, GC Jobs: bilingual, confirmation, exam, interview, placed in pool on hold
    m(
        "19038",
        "2025-10-01 14:20",
        "GC Jobs / Emplois GC <no-reply-pas-de-reponse@psc-cfp.gc.ca>",
        "Application received / Candidature reçue - CODA-25-IA-0317",
        ("confirmation", "Canadian Open Data Agency", "Data Analyst (EC-04)", 11, "other", "en"),
        text="""(Le français suit)

Thank you for applying to selection process CODA-25-IA-0317, Data Analyst (EC-04),
Canadian Open Data Agency, Ottawa (Ontario). Your application has been received.
Communication for this process will be sent via email.

---

Merci d'avoir postulé au processus de sélection CODA-25-IA-0317, Analyste de données (EC-04),
Agence canadienne des données ouvertes, Ottawa (Ontario). Votre candidature a été reçue.
""",
        tz=EDT,
    ),
    m(
        "19039",
        "2025-10-29 11:05",
        "CODA Staffing / Dotation ACDO <coda.staffing-dotation.acdo@coda-acdo.gc.ca>",
        "CODA-25-IA-0317 - Written exam invitation / Invitation à l'examen écrit",
        ("assessment", "Canadian Open Data Agency", "Data Analyst (EC-04)", 11, "direct", "en"),
        text="""(Le français suit)

Hello,

You are invited to a written exam for process CODA-25-IA-0317 on November 6, 2025. The exam
will be unsupervised and sent by email at 9:00 a.m. (EST); you will have 3 hours to return it.
Please confirm your participation and your official language of choice by November 3.

Bonjour,

Vous êtes invité(e) à un examen écrit pour le processus CODA-25-IA-0317 le 6 novembre 2025.
Merci de confirmer votre participation et votre langue officielle de choix d'ici le 3 novembre.

CODA Staffing / Dotation ACDO
""",
        tz=EDT,
    ),
    m(
        "19040",
        "2025-12-03 15:45",
        "CODA Staffing / Dotation ACDO <coda.staffing-dotation.acdo@coda-acdo.gc.ca>",
        "CODA-25-IA-0317 - Interview / Entrevue",
        ("interview", "Canadian Open Data Agency", "Data Analyst (EC-04)", 11, "direct", "en"),
        text="""(Le français suit)

Hello Élodie,

Congratulations, you have passed the written exam. You are invited to an interview with the
assessment board on December 11 at 1:30 p.m. (EST) via MS Teams. The interview will also
include a reference check consent form. Please reply to confirm.

Bonjour Élodie,

Félicitations, vous avez réussi l'examen écrit. Vous êtes convoquée à une entrevue le
11 décembre à 13 h 30 (HNE) par MS Teams. Veuillez répondre pour confirmer.
""",
        tz=EST,
    ),
    m(
        "19041",
        "2026-01-21 10:12",
        "CODA Staffing / Dotation ACDO <coda.staffing-dotation.acdo@coda-acdo.gc.ca>",
        "CODA-25-IA-0317 - Status update / Mise à jour",
        ("confirmation", "Canadian Open Data Agency", "Data Analyst (EC-04)", 11, "direct", "en"),
        text="""(Le français suit)

Hello,

Thank you for your patience. Due to a hiring freeze announced by the department, appointments
from selection process CODA-25-IA-0317 are on hold until further notice. Candidates who met
all the essential qualifications will be informed when the process resumes.

Bonjour,

Merci de votre patience. En raison d'un gel de l'embauche, les nominations découlant du
processus CODA-25-IA-0317 sont suspendues jusqu'à nouvel ordre.
""",
        st="on_hold",
        tz=EST,
    ),
    # 12 City of Rideau Falls, Njoyn: confirmation, exam, rejection (en)
    m(
        "19042",
        "2025-10-08 16:30",
        "City of Rideau Falls <donotreply@njoyn.com>",
        "Application Confirmation - Business Intelligence Analyst (Competition 2025-214)",
        (
            "confirmation",
            "City of Rideau Falls",
            "Business Intelligence Analyst",
            12,
            "other",
            "en",
        ),
        text="""Dear Élodie Gagnon-Pham,

This is to confirm that we have received your application for Competition 2025-214,
Business Intelligence Analyst, Finance Department. This is a CUPE Local 4471 position.

Only candidates selected for further consideration will be contacted.

Human Resources | Ressources humaines
City of Rideau Falls | Ville de Rideau Falls
""",
        tz=EDT,
    ),
    m(
        "19043",
        "2025-10-24 09:30",
        "Priya Natarajan <priya.natarajan@rideaufalls.ca>",
        "Competition 2025-214 - Testing",
        ("assessment", "City of Rideau Falls", "Business Intelligence Analyst", 12, "direct", "en"),
        text="""Good morning,

You have been selected to participate in a practical test (Excel, SQL and a short written
component) for Competition 2025-214 on Thursday, November 6 at 9:00 a.m. at City Hall,
110 Laurier Avenue, Room 2B. Please bring photo ID. The test takes approximately 2 hours.

Please confirm your attendance by reply.

Priya Natarajan
HR Generalist, City of Rideau Falls
""",
        tz=EDT,
    ),
    m(
        "19044",
        "2025-11-27 14:02",
        "Priya Natarajan <priya.natarajan@rideaufalls.ca>",
        "Competition 2025-214",
        ("rejection", "City of Rideau Falls", "Business Intelligence Analyst", 12, "direct", "en"),
        text="""Dear Élodie,

Thank you for participating in the testing for Competition 2025-214. We regret to inform you
that you were not successful in obtaining the required pass mark and will not be considered
further in this competition.

We thank you for your interest in employment with the City of Rideau Falls.

Priya Natarajan
HR Generalist
""",
        tz=EST,
    ),
    # 13 ADP: confirmation, withdrawal acknowledged
    m(
        "19045",
        "2025-10-10 07:48",
        "Fromagerie Trois-Rivages <SecurityServices_NoReply@adp.com>",
        "Merci d'avoir postulé",
        (
            "confirmation",
            "Fromagerie Trois-Rivages",
            "Analyste, planification de la demande",
            13,
            "other",
            "fr",
        ),
        text="""Bonjour Élodie,

Merci d'avoir soumis votre candidature pour le poste Analyste, planification de la demande
chez Fromagerie Trois-Rivages inc. Nous examinons actuellement les candidatures reçues.

Recrutement - Fromagerie Trois-Rivages
Propulsé par ADP Workforce Now
""",
        tz=EDT,
    ),
    m(
        "19046",
        "2025-11-17 10:25",
        "Sylvie Gauthier <sgauthier@troisrivages.ca>",
        "RE: Retrait de ma candidature",
        (
            "confirmation",
            "Fromagerie Trois-Rivages",
            "Analyste, planification de la demande",
            13,
            "direct",
            "fr",
        ),
        text="""Bonjour Élodie,

Bien reçu, nous retirons votre candidature du processus. Félicitations pour votre nouveau
poste et au plaisir de se recroiser!

Sylvie Gauthier
Ressources humaines, Fromagerie Trois-Rivages

> Bonjour Madame Gauthier, je vous écris pour retirer ma candidature au poste d'analyste,
> planification de la demande, ayant accepté une offre ailleurs. Merci de votre considération.
""",
        st="withdrawn",
        tz=EST,
    ),
    # 14 Jobboom: confirmation, then the employer puts the posting on hold
    m(
        "19047",
        "2025-09-30 18:22",
        "Jobboom <ne-pas-repondre@jobboom.com>",
        "Confirmation : votre candidature a été envoyée",
        ("confirmation", "Coop Horizon Santé", "Analyste de données cliniques", 14, "other", "fr"),
        html="""<html><body>
<p>Bonjour Élodie,</p>
<p>Votre CV a été envoyé à l'employeur pour l'offre suivante :</p>
<p><b>Analyste de données cliniques</b><br>Sherbrooke</p>
<p>Employeur : Coop Horizon Santé</p>
<p>Jobboom</p>
</body></html>""",
        tz=EDT,
    ),
    m(
        "19048",
        "2025-10-20 13:15",
        "Coop Horizon Santé - RH <emplois@coophorizonsante.coop>",
        "Analyste de données cliniques - report du processus",
        ("confirmation", "Coop Horizon Santé", "Analyste de données cliniques", 14, "direct", "fr"),
        text="""Bonjour,

Nous tenons à vous informer que le processus de dotation pour le poste d'analyste de données
cliniques est mis sur pause jusqu'à l'adoption de notre budget 2026. Votre candidature demeure
active et nous communiquerons avec vous dès la reprise.

Merci de votre compréhension.
L'équipe RH, Coop Horizon Santé
""",
        st="on_hold",
        tz=EDT,
    ),
    # 15 Pivot Santé numérique, Lever: confirmation, interview, rejection; re-application (16)
    m(
        "19049",
        "2025-09-15 10:14",
        "Pivot Santé <no-reply@hire.lever.co>",
        "Thank you for your application to Pivot Santé numérique",
        ("confirmation", PS, "Product Data Analyst", 15, "lever", "en"),
        text="""Hi Élodie,

Thanks for applying to the Product Data Analyst role at Pivot Santé numérique. We're reviewing
your application and will be in touch if there's a match.

Best,
The Pivot team
""",
        tz=EDT,
    ),
    m(
        "19050",
        "2025-09-23 16:20",
        "Amira Haddad <amira@pivotsante.ca>",
        "Pivot x Élodie",
        ("interview", PS, "Product Data Analyst", 15, "direct", "en"),
        text="""Hi Élodie,

I'm the analytics lead at Pivot. I'd like to invite you to a first conversation about the
Product Data Analyst role. You can book 45 minutes here:
https://calendly.com/amira-pivot/45min

Talk soon,
Amira
""",
        tz=EDT,
    ),
    m(
        "19051",
        "2025-10-07 09:52",
        "Pivot Santé <no-reply@hire.lever.co>",
        "Following up on your application",
        ("rejection", PS, "Product Data Analyst", 15, "lever", "en"),
        text="""Hi Élodie,

Thank you for the time you spent talking with Amira. We were impressed by your experience with
healthcare datasets, but after careful consideration we've decided to move forward with
another candidate for the Product Data Analyst role.

We'd love to stay in touch as the team grows.

The Pivot team
""",
        tz=EDT,
    ),
    m(
        "19052",
        "2026-01-13 20:40",
        "Pivot Santé <no-reply@hire.lever.co>",
        "Thank you for your application to Pivot Santé numérique",
        ("confirmation", PS, "Analytics Engineer", 16, "lever", "en"),
        text="""Hi Élodie,

Thanks for applying to the Analytics Engineer role at Pivot Santé numérique. We're reviewing
your application and will be in touch if there's a match.

Best,
The Pivot team
""",
        tz=EST,
    ),
]

MAIL += [
    # 15 Pivot: the Calendly booking for Amira's conversation
    m(
        "19053",
        "2025-09-23 20:02",
        "Calendly <notifications@calendly.com>",
        "Confirmed: Élodie Gagnon-Pham and Amira Haddad on Friday, September 26, 2025",
        ("interview", PS, "Product Data Analyst", 15, "other", "en"),
        text="""Hi Élodie,

Your event has been scheduled.

Event: 45 Minute Meeting
Invitee: Amira Haddad
Date: 11:00am - 11:45am, Friday, September 26, 2025 (Eastern Time - US & Canada)
Location: Google Meet (details to follow)

Need to make changes? Cancel or Reschedule
""",
        ics={
            "start": "2025-09-26 11:00:00 -0400",
            "minutes": 45,
            "organizer": ("Amira Haddad", "amira@pivotsante.ca"),
            "uid": "calendly-amira-45min-19053@calendly.com",
            "summary": "Élodie Gagnon-Pham and Amira Haddad",
            "location": "Google Meet",
        },
        tz=EDT,
    ),
    # 35 Indeed: confirmation naming the employer once, then a message relayed by Indeed
    m(
        "19054",
        "2025-10-03 12:50",
        "Indeed Apply <indeedapply@indeed.com>",
        "Candidature envoyée",
        ("confirmation", "Assurances Champlain", "Analyste de données junior", 35, "indeed", "fr"),
        html="""<html><body>
<h2>Candidature envoyée</h2>
<p>Analyste de données junior</p>
<p>Québec, QC · Temps plein · Hybride</p>
<p style="font-size:12px;color:#666">Les renseignements suivants ont été transmis à Assurances Champlain :
CV (Elodie_GagnonPham_CV_2025.pdf), coordonnées, réponses aux questions de présélection.</p>
<p><a href="https://ca.indeed.com/myjobs">Suivre vos candidatures</a></p>
</body></html>""",
        tz=EDT,
    ),
    m(
        "19055",
        "2025-10-09 15:22",
        "Francine Lapointe via Indeed <francine-lapointe-7fd3a0b1c@indeedemail.com>",
        "Nouveau message concernant votre candidature",
        ("interview", "Assurances Champlain", "Analyste de données junior", 35, "indeed", "fr"),
        text="""Bonjour Élodie,

Merci pour votre intérêt envers notre poste d'analyste de données junior. Seriez-vous
disponible pour une entrevue téléphonique de 20 minutes mardi prochain, le 14 octobre, entre
9 h et 11 h? Le poste est basé à Québec, deux jours en présentiel par semaine.

Francine Lapointe
Conseillère en acquisition de talents
Assurances Champlain

Répondez directement à ce message pour répondre à Francine.
""",
        tz=EDT,
    ),
    # other job mail, alerts, outreach
    m(
        "19056",
        "2025-09-29 09:38",
        "Harborline Insurance <harborline@myworkday.com>",
        "Verify your candidate account",
        ("other_job", "Harborline Insurance Group", None, None, "workday", "en"),
        text="""Hi Élodie,

Please verify your email address to finish creating your candidate account at Harborline
Insurance Group: https://harborline.wd3.myworkdayjobs.com/verify?token=7b1e

This link expires in 24 hours.
""",
        tz=EDT,
    ),
    m(
        "19057",
        "2025-10-16 11:00",
        "Mouvement Boréal - Sondage <sondage@mouvementboreal.coop>",
        "Votre avis sur notre processus de recrutement",
        ("other_job", CB, None, None, "direct", "fr"),
        text="""Bonjour Élodie,

Vous avez récemment participé à un processus de recrutement au Mouvement Boréal. Votre
opinion compte! Répondez à notre sondage de 5 questions (2 minutes) :
https://sondage.mouvementboreal.coop/candidats

Merci,
Acquisition de talents
""",
        tz=EDT,
    ),
    m(
        "19058",
        "2025-11-07 20:00",
        "CIHM Careers <cihm@taleo.net>",
        "Reminder: your application is not complete",
        ("alert", "Canadian Institute for Health Measurement", None, None, "taleo", "en"),
        text="""Dear Élodie,

You started an application for Analyst, Population Health Data (Req 25-0977) but have not
submitted it. Draft applications are deleted after 30 days. Complete it here:
https://cihm.taleo.net/careersection/ext/mysubmissions.ftl

CIHM Talent Acquisition
""",
        tz=EST,
    ),
    m(
        "19059",
        "2025-10-20 13:40",
        "Derek Salonen <derek.salonen@arcfieldconsulting.ca>",
        "Bilingual Data Analyst - federal contracts (Ottawa/remote)",
        ("outreach", "Arcfield Consulting", "Bilingual Data Analyst", None, "direct", "en"),
        text="""Hi Élodie,

I lead the data practice at Arcfield Consulting. We deliver analytics projects for several
federal departments and are looking for a bilingual data analyst (reliability clearance
required, we sponsor it). Remote with occasional travel to Ottawa. Rate $85-95/h.

Would you be open to a short call next week?

Derek Salonen
Director, Data & Analytics
Arcfield Consulting Inc.
""",
        tz=EDT,
    ),
    m(
        "19060",
        "2026-02-24 10:15",
        "Mathilde Perrin via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Poste Data Analyst à Genève - cabinet de conseil",
        ("outreach", None, "Data Analyst", None, "linkedin", "fr"),
        text="""Bonjour Élodie,

J'ai vu que vous vous installiez prochainement à Genève. Je recrute pour un client, un cabinet
de conseil en stratégie basé à Genève, un(e) Data Analyst bilingue français/anglais. Seriez-
vous ouverte à en discuter?

Belle journée,
Mathilde Perrin
Consultante senior, Alpine Talent Recrutement
""",
        tz=CET,
    ),
]

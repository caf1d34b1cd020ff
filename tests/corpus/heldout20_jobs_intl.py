# ruff: noqa: E501
"""Job mail of the twentieth corpus, Belgium and France (a tuning corpus)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

S, W = "+0200", "+0100"

FED = "Fedrecrut"
EXP = "Expert achats publics (m/f/x)"
ECO = "ECOLIA - Intercommunale de gestion environnementale"
GAC = "Gestionnaire achats (H/F/X)"
MOB = "Mobilis Bruxelles"
PLO = "Procurement & Logistics Officer"
PNA = "Province de Namur"
CLA = "Coordinateur logistique (niveau A)"
HGL = "Hôpitaux du Grand Lyon"
AHO = "Acheteur hospitalier H/F"
PDN = "Les Paniers du Nord"
RAP = "Responsable approvisionnement"
MFA = "Mutualité Flandres-Artois"
ACM = "Acheteur / Acheteuse H/F"
ULR = "Université Lyon Rhône"
GMP = "Gestionnaire achats - marchés publics"

MAIL: list[dict[str, Any]] = [
    # 10 Federal selection office: registration, online test, oral, laureate in the reserve
    m(
        "20101",
        "2025-09-08 12:15",
        "Fedrecrut <noreply@fedrecrut.be>",
        "Votre inscription à la sélection AFG25117",
        ("confirmation", FED, EXP, 10, "other", "fr"),
        text="""Madame Favre,

Votre inscription à la sélection comparative AFG25117 - Expert achats publics (m/f/x) pour différents services publics fédéraux (constitution d'une réserve de recrutement) a bien été enregistrée.

Votre CV sera screené sur la base des critères mentionnés dans l'appel. Vous serez informée des prochaines étapes via votre compte « Mon Fedrecrut ».

Fedrecrut - Service public fédéral de recrutement et de sélection
Bd Bischoffsheim 15, 1000 Bruxelles
""",
        tz=S,
    ),
    m(
        "20102",
        "2025-09-30 10:00",
        "Fedrecrut <noreply@fedrecrut.be>",
        "AFG25117 - Invitation au test informatisé",
        ("assessment", FED, EXP, 10, "other", "fr"),
        text="""Madame Favre,

Suite au screening de votre CV, nous avons le plaisir de vous inviter au test informatisé (connaissances en marchés publics et raisonnement abstrait) de la sélection AFG25117.

Ce test peut être passé à distance jusqu'au 14 octobre 2025. Réservez un créneau via « Mon Fedrecrut ».

Le résultat du test est éliminatoire; seuls les candidats ayant obtenu au moins 12/20 seront invités à l'épreuve orale.

Fedrecrut
""",
        tz=S,
    ),
    m(
        "20103",
        "2025-10-24 15:41",
        "Fedrecrut <noreply@fedrecrut.be>",
        "AFG25117 - Résultat et épreuve suivante",
        ("interview", FED, EXP, 10, "other", "fr"),
        text="""Madame Favre,

Vous avez réussi le test informatisé (score: 15,5/20). Vous êtes invitée à l'entretien devant le jury de sélection, le jeudi 20 novembre 2025 à 10h30, dans nos locaux (Bd Bischoffsheim 15, 1000 Bruxelles) ou par visioconférence si vous résidez à l'étranger.

L'entretien dure environ 45 minutes et comporte une mise en situation.

Merci de confirmer votre présence via « Mon Fedrecrut ».
""",
        tz=S,
    ),
    m(
        "20104",
        "2025-12-05 09:30",
        "Fedrecrut <noreply@fedrecrut.be>",
        "AFG25117 - Votre résultat final",
        ("confirmation", FED, EXP, 10, "other", "fr"),
        text="""Madame Favre,

Nous avons le plaisir de vous annoncer que vous êtes lauréate de la sélection AFG25117 - Expert achats publics. Vous êtes classée 9e sur 31 lauréats.

Votre nom est inscrit dans la réserve de recrutement, valable deux ans. Les services publics qui ont des places vacantes feront appel aux lauréats dans l'ordre du classement; vous serez contactée le cas échéant.

Fedrecrut
""",
        st="on_hold",
        tz=W,
    ),
    # 11 ECOLIA intercommunale via Le Forem; interview (google invite), rejection
    m(
        "20105",
        "2025-09-16 18:22",
        "Le Forem <ne-pas-repondre@leforem.be>",
        "Votre candidature a été transmise",
        ("confirmation", ECO, GAC, 11, "other", "fr"),
        html="""<html><body>
<p>Bonjour,</p>
<p>Votre candidature pour l'offre <b>Gestionnaire achats (H/F/X)</b> (n° 4417280) a bien été transmise à l'employeur.</p>
<p>Employeur: ECOLIA SCRL - Liège</p>
<p>Consultez vos candidatures dans votre espace personnel sur <a href="https://www.leforem.be/particuliers/mon-espace">leforem.be</a>.</p>
<p>Le Forem - Service public wallon de l'emploi et de la formation</p>
</body></html>""",
        tz=S,
    ),
    m(
        "20106",
        "2025-10-09 11:00",
        "Recrutement ECOLIA <recrutement@ecolia-scrl.be>",
        "Invitation : Entretien - Gestionnaire achats @ mer. 22 oct. 2025 09:30 - 10:30 (CEST)",
        ("interview", ECO, GAC, 11, "direct", "fr"),
        text="""Vous avez été invitée à l'événement suivant.

Entretien - Gestionnaire achats
Quand: mer. 22 oct. 2025 09:30 - 10:30 (CEST)
Où: Rue du Bois Saint-Jean 15, 4102 Seraing (accueil bâtiment C)
Participants: recrutement@ecolia-scrl.be, noemie.favre@bluewin.ch

Merci de vous munir d'une pièce d'identité. Une épreuve écrite de 30 minutes précède l'entretien.
""",
        ics={
            "start": "2025-10-22 09:30:00 +0200",
            "organizer": ("Recrutement ECOLIA", "recrutement@ecolia-scrl.be"),
            "uid": "5k2q0c9d1b7f8e@google.com",
            "summary": "Entretien - Gestionnaire achats",
            "location": "Rue du Bois Saint-Jean 15, 4102 Seraing",
            "description": "Épreuve écrite puis entretien avec le jury.",
        },
        tz=S,
    ),
    m(
        "20107",
        "2025-11-07 14:12",
        "Recrutement ECOLIA <recrutement@ecolia-scrl.be>",
        "Procédure de recrutement - suite",
        ("rejection", ECO, GAC, 11, "direct", "fr"),
        text="""Madame,

Nous vous remercions d'avoir participé à notre procédure de recrutement. Le jury a souligné la clarté de votre présentation et votre bonne connaissance des procédures d'achat.

Le choix du jury s'est cependant porté sur un autre candidat, qui entrera en fonction prochainement. Nous nous permettons de conserver votre candidature dans notre réserve pendant un an.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Service du Personnel
ECOLIA SCRL
""",
        tz=W,
    ),
    # 12 Mobilis Bruxelles via LinkedIn, viewed, ghosted (English)
    m(
        "20108",
        "2025-10-03 21:44",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Noémie, your application was sent to Mobilis Bruxelles",
        ("confirmation", MOB, PLO, 12, "linkedin", "en"),
        html="""<html><body>
<p>Your application was sent to Mobilis Bruxelles</p>
<p><b>Procurement &amp; Logistics Officer</b><br>Mobilis Bruxelles &middot; Brussels Region, Belgium (Hybrid)</p>
<p>Applied on October 3, 2025</p>
<p><a href="https://www.linkedin.com/jobs/view/4120087731/">View job</a></p>
<p style="font-size:11px">You are receiving Jobs notification emails. &copy; 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p>
</body></html>""",
        tz=S,
    ),
    m(
        "20109",
        "2025-10-08 09:03",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Mobilis Bruxelles",
        ("viewed", MOB, PLO, 12, "linkedin", "en"),
        html="""<html><body>
<p>Noémie, your application was viewed</p>
<p>Mobilis Bruxelles viewed your application for <b>Procurement &amp; Logistics Officer</b>.</p>
<p><a href="https://www.linkedin.com/jobs/view/4120087731/">View job</a></p>
</body></html>""",
        tz=S,
    ),
    # 13 Province de Namur, direct mail; written test, rejection
    m(
        "20110",
        "2025-10-10 10:18",
        "Service Recrutement <recrutement@province-namur.be>",
        "Accusé de réception",
        ("confirmation", PNA, CLA, 13, "direct", "fr"),
        text="""Madame,

Nous accusons bonne réception de votre candidature au poste de coordinateur logistique (niveau A) pour le Service provincial des Bâtiments.

Une épreuve écrite sera organisée dans le courant du mois de novembre. Vous recevrez une convocation en temps utile.

Pour le Collège provincial,
La Directrice générale

Province de Namur - Place Saint-Aubain 2 - 5000 Namur
""",
        tz=S,
    ),
    m(
        "20111",
        "2025-11-03 16:40",
        "Service Recrutement <recrutement@province-namur.be>",
        "Convocation - épreuve écrite du 18 novembre",
        ("assessment", PNA, CLA, 13, "direct", "fr"),
        text="""Madame,

Vous êtes convoquée à l'épreuve écrite du recrutement de coordinateur logistique (niveau A), le mardi 18 novembre 2025 à 9h00, Maison administrative provinciale, rue Martine Bourtonbourt 2, 5000 Namur (salle du Conseil).

Durée: 3 heures. Matière: gestion des stocks, législation sur les marchés publics (loi du 17 juin 2016), rédaction d'une note. Calculatrice autorisée.

Les candidats ayant obtenu 60 % seront invités à l'épreuve orale.

Service Recrutement
""",
        tz=W,
    ),
    m(
        "20112",
        "2025-12-12 11:05",
        "Service Recrutement <recrutement@province-namur.be>",
        "Résultats - recrutement coordinateur logistique",
        ("rejection", PNA, CLA, 13, "direct", "fr"),
        text="""Madame,

Nous vous informons que vous avez obtenu 54 % à l'épreuve écrite du 18 novembre. Le minimum requis pour accéder à l'épreuve orale étant fixé à 60 %, nous ne sommes malheureusement pas en mesure de poursuivre la procédure avec vous.

Vous pouvez consulter votre copie sur rendez-vous.

Service Recrutement - Province de Namur
""",
        tz=W,
    ),
    # 14 Hôpitaux du Grand Lyon via Talentsoft; interview; rejection
    m(
        "20113",
        "2025-09-26 14:00",
        "Hôpitaux du Grand Lyon <noreply@talent-soft.com>",
        "Confirmation de candidature - Acheteur hospitalier H/F",
        ("confirmation", HGL, AHO, 14, "other", "fr"),
        text="""Bonjour Noémie Favre,

Nous avons bien reçu votre candidature pour l'offre Acheteur hospitalier H/F (réf. 2025-ACH-0412) - Direction des achats, Lyon 3e.

Nous étudions attentivement chaque candidature et reviendrons vers vous dans les meilleurs délais.

La Direction du personnel et des affaires sociales
Hôpitaux du Grand Lyon
""",
        tz=S,
    ),
    m(
        "20114",
        "2025-10-13 09:27",
        "Claire Mounier <claire.mounier@hgl-sante.fr>",
        "Votre candidature au poste d'acheteur - visio",
        ("interview", HGL, AHO, 14, "direct", "fr"),
        text="""Bonjour Madame Favre,

Votre profil nous intéresse pour le poste d'acheteur hospitalier (segment dispositifs médicaux). Je vous propose un premier entretien en visio de 45 minutes le lundi 20 octobre à 10h ou le mardi 21 à 16h.

Pouvez-vous m'indiquer vos disponibilités? Petite question également: seriez-vous prête à vous installer à Lyon?

Bien cordialement,
Claire Mounier
Responsable du pôle achats médicaux
""",
        tz=S,
    ),
    m(
        "20115",
        "2025-10-13 13:02",
        "Claire Mounier <claire.mounier@hgl-sante.fr>",
        "RE: Votre candidature au poste d'acheteur - visio",
        ("interview", HGL, AHO, 14, "direct", "fr"),
        text="""Parfait, mardi 21 à 16h alors. Lien Teams à suivre.

CM

> Bonjour Madame Mounier, le mardi 21 à 16h me convient. Oui, un déménagement à Lyon est tout à fait envisageable.
""",
        headers=reply("20114", "claire.mounier@hgl-sante.fr"),
        tz=S,
    ),
    m(
        "20116",
        "2025-11-04 17:33",
        "Hôpitaux du Grand Lyon <noreply@talent-soft.com>",
        "Suite donnée à votre candidature",
        ("rejection", HGL, AHO, 14, "other", "fr"),
        text="""Bonjour Noémie Favre,

Nous vous remercions pour l'intérêt que vous portez aux Hôpitaux du Grand Lyon et pour le temps consacré à nos échanges.

Nous sommes au regret de vous informer que votre candidature n'a pas été retenue pour l'offre Acheteur hospitalier H/F. Nous conservons néanmoins votre CV dans notre vivier.

La Direction du personnel
""",
        tz=W,
    ),
    # 15 Les Paniers du Nord SCIC via Welcome to the Jungle; founder writes from gmail
    m(
        "20117",
        "2025-10-20 20:51",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Ta candidature chez Les Paniers du Nord a bien été envoyée",
        ("confirmation", PDN, RAP, 15, "other", "fr"),
        html="""<html><body>
<p>Bravo Noémie !</p>
<p>Ta candidature pour le poste <b>Responsable approvisionnement</b> chez <b>Les Paniers du Nord</b> (Lille) a bien été envoyée.</p>
<p>Suis l'avancée de ta candidature dans ton espace.</p>
<p>À très vite,<br>L'équipe Welcome to the Jungle</p>
</body></html>""",
        tz=S,
    ),
    m(
        "20118",
        "2025-10-23 08:14",
        "Thibault Delannoy <thibault.delannoy@gmail.com>",
        "Ta candidature",
        ("interview", PDN, RAP, 15, "direct", "fr"),
        text="""Bonjour Noémie,

Merci pour ta candidature, ton parcours chez un distributeur alimentaire nous parle beaucoup. On se cale un appel de 30 min pour faire connaissance? Je suis dispo mardi 28 à 15h ou mercredi 29 à 11h.

A bientôt,
Thibault

--
Thibault Delannoy
Cofondateur - Les Paniers du Nord SCIC
lespaniersdunord.fr - 06 71 22 48 90
""",
        tz=S,
    ),
    m(
        "20119",
        "2025-10-23 12:40",
        "Thibault Delannoy <thibault.delannoy@gmail.com>",
        "Re: Ta candidature",
        ("interview", PDN, RAP, 15, "direct", "fr"),
        text="""Top, mardi 15h. Je t'appelle sur ton portable.

Le jeu. 23 oct. 2025 à 12:31, Noémie Favre <noemie.favre@bluewin.ch> a écrit :
> Bonjour Thibault, mardi 15h me va très bien. Mon numéro: +41 79 384 21 07.
""",
        headers=reply("20118", "thibault.delannoy@gmail.com"),
        tz=S,
    ),
    m(
        "20120",
        "2025-11-06 19:02",
        "Thibault Delannoy <thibault.delannoy@gmail.com>",
        "Re: Ta candidature",
        ("rejection", PDN, RAP, 15, "direct", "fr"),
        text="""Bonjour Noémie,

Merci encore pour l'échange et pour le cas pratique, vraiment solide. On a longuement hésité, mais on part finalement sur quelqu'un déjà installé dans la métropole lilloise et qui connaît nos producteurs. Je suis désolé, c'était serré.

Je te souhaite le meilleur pour la suite, et si tu passes par Lille, le café est pour nous.

Thibault
""",
        headers=reply("20119", "thibault.delannoy@gmail.com"),
        tz=W,
    ),
    # 16 Cabinet de recrutement for Mutualité Flandres-Artois (client named later); Cadremploi
    m(
        "20121",
        "2025-11-10 10:05",
        "Cadremploi <candidature@cadremploi.fr>",
        "Votre candidature a bien été envoyée",
        ("confirmation", MFA, ACM, 16, "other", "fr"),
        html="""<html><body>
<p>Bonjour Noémie,</p>
<p>Votre candidature pour l'offre <b>Acheteur / Acheteuse H/F</b> publiée par <b>Cabinet Vauban Conseil</b> (Lille - 59) a bien été envoyée au recruteur.</p>
<p>Bonne chance !<br>L'équipe Cadremploi</p>
</body></html>""",
        tz=W,
    ),
    m(
        "20122",
        "2025-11-17 14:48",
        "Hélène Vasseur <h.vasseur@vauban-conseil.fr>",
        "Poste d'acheteur - Lille",
        ("interview", MFA, ACM, 16, "agency", "fr"),
        text="""Bonjour Madame Favre,

J'ai bien reçu votre candidature via Cadremploi et souhaiterais échanger avec vous par téléphone jeudi 20 novembre à 17h30.

Pour votre information, notre client est la Mutualité Flandres-Artois, mutuelle santé de 600 collaborateurs; le poste est rattaché à la direction des services généraux (achats hors santé, flotte automobile, fournitures).

Bien à vous,
Hélène Vasseur
Consultante - Cabinet Vauban Conseil
""",
        tz=W,
    ),
    m(
        "20123",
        "2025-12-15 09:12",
        "Hélène Vasseur <h.vasseur@vauban-conseil.fr>",
        "Point sur votre candidature",
        ("confirmation", MFA, ACM, 16, "agency", "fr"),
        text="""Bonjour Madame Favre,

Un point rapide: notre client a décidé de geler le recrutement jusqu'à l'adoption de son budget 2026, courant février. Je reviens vers vous dès que j'ai du nouveau; votre candidature reste en tête de ma short-list.

Bonnes fêtes de fin d'année,
Hélène Vasseur
""",
        st="on_hold",
        tz=W,
    ),
    # 17 Université Lyon Rhône via APEC: ghosted
    m(
        "20124",
        "2025-11-24 13:31",
        "Apec <no-reply@apec.fr>",
        "Confirmation de votre candidature",
        ("confirmation", ULR, GMP, 17, "other", "fr"),
        text="""Bonjour Noémie Favre,

Nous vous confirmons l'envoi de votre candidature à l'offre « Gestionnaire achats - marchés publics » (réf. 178042817W) de l'entreprise Université Lyon Rhône.

Retrouvez toutes vos candidatures dans votre espace Apec.

L'équipe Apec
""",
        tz=W,
    ),
]

CMO = "CHU Meuse-Ourthe"
HYD = "HYDROBRU - Intercommunale bruxelloise de l'eau"
MLH = "Métropole Lilloise Habitat"

MAIL += [
    # 23 CHU Meuse-Ourthe via SmartRecruiters; forwarded confirmation; interview; ghosted after
    m(
        "20125",
        "2025-12-02 16:20",
        "CHU Meuse-Ourthe <noreply@smartrecruiters.com>",
        "Merci pour votre candidature !",
        (
            "confirmation",
            CMO,
            "Gestionnaire de flux logistiques (H/F/X)",
            23,
            "smartrecruiters",
            "fr",
        ),
        html="""<html><body>
<p>Bonjour Noémie,</p>
<p>Merci d'avoir postulé pour le poste <b>Gestionnaire de flux logistiques (H/F/X)</b> chez CHU Meuse-Ourthe (Liège).</p>
<p>Nous examinons votre candidature et reviendrons vers vous prochainement.</p>
<p>Bien cordialement,<br>L'équipe recrutement</p>
<p style="font-size:10px">Powered by SmartRecruiters</p>
</body></html>""",
        to="Noémie Favre <noemie.favre.ch@gmail.com>",
        tz=W,
    ),
    m(
        "20126",
        "2025-12-02 16:31",
        "Noémie Favre <noemie.favre.ch@gmail.com>",
        "Fwd: Merci pour votre candidature !",
        (
            "confirmation",
            CMO,
            "Gestionnaire de flux logistiques (H/F/X)",
            23,
            "smartrecruiters",
            "fr",
        ),
        text="""(pour garder une trace dans ma boîte principale)

---------- Forwarded message ---------
De : CHU Meuse-Ourthe <noreply@smartrecruiters.com>
Date: mar. 2 déc. 2025 à 16:20
Subject: Merci pour votre candidature !
To: <noemie.favre.ch@gmail.com>

Bonjour Noémie,

Merci d'avoir postulé pour le poste Gestionnaire de flux logistiques (H/F/X) chez CHU Meuse-Ourthe (Liège).

Nous examinons votre candidature et reviendrons vers vous prochainement.

L'équipe recrutement
""",
        tz=W,
    ),
    m(
        "20127",
        "2025-12-18 10:45",
        "Jean-Luc Lejeune <jl.lejeune@chumo.be>",
        "Gestionnaire de flux - entretien par visio",
        ("interview", CMO, "Gestionnaire de flux logistiques (H/F/X)", 23, "direct", "fr"),
        text="""Bonjour Madame Favre,

Je suis responsable de la logistique hospitalière au CHU (sites du Sart-Tilman et de Chênée). Votre candidature m'a été transmise. Pourriez-vous vous libérer pour une visio le lundi 5 janvier à 14h?

Nous gérons environ septante points de livraison par jour sur les deux sites, j'aimerais entendre votre expérience en la matière.

Bien à vous,
Jean-Luc Lejeune
Chef de service Logistique
""",
        tz=W,
    ),
    m(
        "20128",
        "2025-12-18 15:03",
        "Jean-Luc Lejeune <jl.lejeune@chumo.be>",
        "RE: Gestionnaire de flux - entretien par visio",
        ("interview", CMO, "Gestionnaire de flux logistiques (H/F/X)", 23, "direct", "fr"),
        text="""Merci, c'est noté. Lien Webex: https://chumo.webex.com/meet/jl.lejeune

JLL
""",
        headers=reply("20127", "jl.lejeune@chumo.be"),
        tz=W,
    ),
    # 24 HYDROBRU via Actiris: rejection
    m(
        "20129",
        "2025-10-28 09:02",
        "Actiris <noreply@actiris.brussels>",
        "Confirmation de votre candidature",
        ("confirmation", HYD, "Acheteur junior (m/f/x)", 24, "other", "fr"),
        text="""Bonjour,

Vous avez postulé à l'offre « Acheteur junior (m/f/x) » (réf. 5521874) de l'employeur HYDROBRU, Bruxelles.

Votre candidature a été transmise. Bonne chance!

Actiris - Office régional bruxellois de l'emploi
""",
        tz=W,
    ),
    m(
        "20130",
        "2025-11-21 13:40",
        "Jobs HYDROBRU <jobs@hydrobru.brussels>",
        "Votre candidature - réf. 5521874",
        ("rejection", HYD, "Acheteur junior (m/f/x)", 24, "direct", "fr"),
        text="""Madame,

Nous avons reçu plus de septante candidatures pour ce poste et avons apprécié votre intérêt pour HYDROBRU. La maîtrise du néerlandais (niveau B2) étant requise pour cette fonction, nous ne pouvons malheureusement pas retenir votre candidature.

Nous vous souhaitons bonne chance dans vos recherches.

Service RH - HYDROBRU
""",
        tz=W,
    ),
    # 25 Métropole Lilloise Habitat via Indeed: ghosted
    m(
        "20131",
        "2026-01-07 21:30",
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyée : Chargé(e) des achats et de la logistique",
        ("confirmation", MLH, "Chargé(e) des achats et de la logistique", 25, "indeed", "fr"),
        html="""<html><body>
<p><b>Candidature envoyée</b></p>
<p>Chargé(e) des achats et de la logistique<br>Métropole Lilloise Habitat - Lille (59)</p>
<p>Les éléments suivants ont été envoyés à l'employeur: CV.</p>
<p>Indeed</p>
</body></html>""",
        tz=W,
    ),
]

MAIL += [
    # 12 Mobilis Bruxelles: the hiring manager writes after the LinkedIn "viewed" (English), then silence
    m(
        "20132",
        "2025-10-14 10:20",
        "Pieter Claes <pieter.claes@mobilis.brussels>",
        "Procurement & Logistics Officer - quick call?",
        ("interview", MOB, PLO, 12, "direct", "en"),
        text="""Dear Noémie,

Thanks for your interest in the role. Your profile looks interesting, especially the tender work. Would you have time for a 30-minute call next week? Tuesday 21 at 3pm or Thursday 23 at 10am would work on my side.

Kind regards,
Pieter Claes
Head of Procurement Operations
MOBILIS - Brussels Intercommunal Transport Company
""",
        tz=S,
    ),
    m(
        "20133",
        "2025-10-14 16:02",
        "Pieter Claes <pieter.claes@mobilis.brussels>",
        "RE: Procurement & Logistics Officer - quick call?",
        ("interview", MOB, PLO, 12, "direct", "en"),
        text="""Great - Tuesday 3pm it is. I'll call you on the number in your CV.

Pieter

> Thanks, Tuesday 3pm works for me.
""",
        headers=reply("20132", "pieter.claes@mobilis.brussels"),
        tz=S,
    ),
]

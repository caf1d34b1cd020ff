# ruff: noqa: E501, RUF100
"""Corpus 139, job mail part two (data only): see heldout139.py."""

from __future__ import annotations

from typing import Any

from heldout139_jobs import (
    AR,
    ARR,
    DSP,
    DSP2,
    EV,
    EVR,
    GO,
    GOR,
    KA,
    KAR,
    KP,
    KPR,
    LE,
    LER,
    MQ,
    MQR,
    OD,
    ODR,
    TL,
    TLR,
    XP,
    XPR,
    A,
    J,
    ics,
    m,
    reply,
)

# --- Arméa Assurances (13): Taleo, acknowledgement then a templated no ------------------------------

_ar1 = m(
    "k5sa2",
    "2025-10-13 22:05",
    "Arméa Assurances - Recrutement <noreply@taleo.net>",
    "Arméa Assurances - Accusé de réception de votre candidature",
    A("confirmation", AR, ARR, 13, "taleo"),
    """*** Ceci est un message automatique, merci de ne pas y répondre ***

Madame Le Bihan,

Nous avons bien reçu votre candidature au poste de Technicien(ne) paie H/F (Réf. 2500354) à
Nantes et vous remercions de l'intérêt que vous portez à Arméa Assurances.

Votre candidature va être étudiée avec attention par nos équipes. Nous reviendrons vers vous dans
les meilleurs délais.

Vous pouvez à tout moment consulter l'état de vos candidatures en vous connectant à votre
compte :
https://armea.taleo.net/careersection/ext_fr/mysubmissions.ftl?lang=fr_FR

Cordialement,

La Direction des Ressources Humaines
Arméa Assurances Mutuelles - Société d'assurance mutuelle à cotisations variables
Entreprise régie par le Code des assurances

------------------------------------------------------------
Dear candidate, this is an automatic message. Please do not reply.
""",
)

_ar2 = m(
    "u8ew4",
    "2025-11-25 09:00",
    "Arméa Assurances - Recrutement <noreply@taleo.net>",
    "Votre candidature - Réf. 2500354",
    A("rejection", AR, ARR, 13, "taleo"),
    """Madame Le Bihan,

Vous avez bien voulu nous faire part de votre intérêt pour le poste de Technicien(ne) paie H/F
(Réf. 2500354), et nous vous en remercions.

Après une étude approfondie de votre dossier, nous sommes au regret de vous informer que nous ne
pouvons donner une suite favorable à votre candidature.

Nous conservons votre profil dans notre base de données et ne manquerons pas de vous recontacter
si une opportunité correspondant à votre parcours se présentait.

Nous vous souhaitons pleine réussite dans vos recherches.

La Direction des Ressources Humaines
Arméa Assurances
""",
)

# --- Kalipaie (14): WTTJ, a start-up on tutoiement, an exercise, an offer she declines ------------

_kp1 = m(
    "y2ff9",
    "2025-10-20 20:41",
    "Welcome to the Jungle <no-reply@welcometothejungle.com>",
    "Ta candidature a bien été envoyée à Kalipaie 🚀",
    A("confirmation", KP, KPR, 14, "other"),
    html="""<html><body style="font-family:'Work Sans',Arial,sans-serif;background:#fff;color:#212121">
<div style="max-width:560px;margin:auto;padding:24px">
<img src="https://cdn.welcometothejungle.com/wttj-front/production/assets/images/logos/wttj-yellow.png" alt="Welcome to the Jungle" width="120">
<h1 style="font-size:24px">C'est envoyé !</h1>
<p>Hello Gwenaëlle,</p>
<p>Ta candidature pour le poste <b>Expert·e paie / Payroll Specialist (full remote)</b> chez
<b>Kalipaie</b> a bien été transmise à l'équipe de recrutement.</p>
<p>Et maintenant ? L'entreprise va étudier ton profil. Tu peux suivre l'avancement de ta
candidature depuis ton espace.</p>
<p><a href="https://www.welcometothejungle.com/fr/me/applications?utm_medium=email&amp;utm_source=transactional" style="background:#ffcd00;color:#000;padding:10px 16px;text-decoration:none;border-radius:4px">Suivre ma candidature</a></p>
<p style="font-size:13px">Kalipaie · Logiciel de paie SaaS · 45 salariés · Nantes / Remote</p>
<p style="font-size:11px;color:#999">Welcome to the Jungle - 18 rue du Faubourg du Temple, 75011 Paris.
<a href="https://www.welcometothejungle.com/fr/me/settings/notifications">Gérer mes notifications</a></p>
</div></body></html>""",
)

_kp2 = m(
    "i0hb7",
    "2025-10-23 11:17",
    "Inès Garnier <ines@kalipaie.example>",
    "Kalipaie x Gwenaëlle",
    A("interview", KP, KPR, 14, "direct"),
    """Hello Gwenaëlle,

Merci pour ta candidature ! Je suis Inès, Head of People chez Kalipaie.

Ton profil nous plaît beaucoup : on cherche justement quelqu'un qui a "fait de la vraie paie" en
cabinet, sur beaucoup de conventions différentes, pour accompagner nos clients au paramétrage et
challenger notre équipe produit.

Je te propose un premier call de 45 min mardi 28/10 à 17h30 (je sais que tu es en poste, donc
j'ai pris un créneau en fin de journée). Je t'envoie l'invit Google Meet, dis-moi si ça te va.

À mardi j'espère !
Inès

--
Inès Garnier · Head of People · Kalipaie
La paie, enfin simple. · kalipaie.example
""",
    ics=ics(
        "5k2q8t0b3v1d7c9e6a4f@google.com",
        "2025-10-28 17:30",
        "Kalipaie x Gwenaëlle - call découverte",
        ("Inès Garnier", "ines@kalipaie.example"),
        minutes=45,
        location="https://meet.google.com/xkr-pqdn-vzt",
        description="Rejoindre avec Google Meet : https://meet.google.com/xkr-pqdn-vzt",
    ),
)

_kp3 = m(
    "o3ck1",
    "2025-10-29 09:48",
    "Inès Garnier <ines@kalipaie.example>",
    "Re: Kalipaie x Gwenaëlle",
    A("assessment", KP, KPR, 14, "direct"),
    """Hello Gwenaëlle,

Merci pour hier, c'était top d'échanger avec toi (et bravo pour l'anecdote du STC à 23h un 31
décembre 😅).

Comme promis, voici le petit exercice, pas plus de 2h de ton temps promis :
- 3 bulletins exportés de Kalipaie (CCN Syntec, HCR, commerce de détail) contenant quelques
  anomalies ;
- l'idée : les auditer, nous dire ce qui cloche et comment tu l'expliquerais au client.

Tout est ici : https://kalipaie.notion.site/Exercice-Payroll-Specialist-2025-7d1c9a
Tu peux nous renvoyer ta réponse (doc, slides, ce que tu veux) d'ici lundi 3/11.

Belle journée,
Inès
""",
    **reply(_kp2["id"]),
)

_kp4 = m(
    "t7ah3",
    "2025-11-07 15:02",
    "Inès Garnier <ines@kalipaie.example>",
    "Dernière étape : échange avec Thomas",
    A("interview", KP, KPR, 14, "direct"),
    """Hello Gwenaëlle,

Ton retour sur l'exercice a beaucoup plu à l'équipe (Paul, notre PM paie, a adoré ta remarque
sur la réduction générale et le plafond des heures sup 👌).

Dernière étape : un échange avec Thomas, notre CEO et co-fondateur, jeudi 13/11 à 18h en visio.
C'est plutôt un échange sur ta vision, tes envies, et tes questions sur la boîte.

Invit ci-jointe !
Inès
""",
    ics=ics(
        "0a9d6e3c1b7f5k2q8t4v@google.com",
        "2025-11-13 18:00",
        "Gwenaëlle <> Thomas (Kalipaie)",
        ("Inès Garnier", "ines@kalipaie.example"),
        minutes=45,
        location="https://meet.google.com/hwd-mnbc-qas",
        attendees=[("Thomas Bréhault", "thomas@kalipaie.example")],
    ),
)

_kp5 = m(
    "l1xo6",
    "2025-11-20 20:55",
    "Thomas Bréhault <thomas.brehault@gmail.com>",
    "Proposition",
    A("offer", KP, KPR, 14, "direct"),
    """Salut Gwenaëlle,

Je t'écris de mon adresse perso, je suis en déplacement et sans accès au VPN ce soir, mais je ne
voulais pas attendre demain : on aimerait vraiment que tu rejoignes Kalipaie !

Ce qu'on te propose :
- CDI, statut cadre, forfait jours
- 38 k€ bruts annuels fixes + 1 500 BSPCE (vesting 4 ans)
- 100 % remote, avec un séminaire par trimestre à Nantes (frais pris en charge)
- mutuelle prise en charge à 100 %, matériel au choix
- démarrage idéalement début janvier, mais on s'adaptera à ton préavis

Inès t'envoie la lettre de proposition officielle demain matin. Prends le temps d'y réfléchir
et appelle-moi si tu as la moindre question (06 •• •• •• 58).

À très vite j'espère,
Thomas

Cc : Inès
""",
    cc="Inès Garnier <ines@kalipaie.example>",
)

_kp6 = m(
    "n8gr0",
    "2025-11-27 10:32",
    "Thomas Bréhault <thomas.brehault@gmail.com>",
    "Re: Proposition",
    A("offer", KP, KPR, 14, "direct"),
    """Hello Gwenaëlle,

Merci pour ton retour honnête, et pour avoir pris le temps de nous expliquer ton choix.

Dommage pour nous, mais je comprends complètement : avec deux enfants, la question de la
visibilité et du package compte, et on n'est pas en mesure d'aller plus haut sur le fixe
aujourd'hui. Ta décision de décliner est tout à fait légitime.

Si dans un an ou deux tu as envie de l'aventure SaaS, la porte reste grande ouverte.

Belle continuation,
Thomas

Le mer. 26 nov. 2025 à 22:08, Gwenaëlle Le Bihan <gwenaelle.lebihan35@gmail.com> a écrit :
> Bonsoir Thomas,
>
> Merci encore, à toi et à Inès, pour ce processus vraiment agréable. Après beaucoup de
> réflexion, je ne vais pas donner suite à votre proposition : l'écart de rémunération avec ma
> situation actuelle et le passage au forfait jours sont difficiles à concilier avec ma
> situation familiale en ce moment.
>
> Je vous souhaite le meilleur pour la suite de Kalipaie.
> Gwenaëlle
""",
    st="declined",
    cc="Inès Garnier <ines@kalipaie.example>",
    **reply(_kp5["id"], "<CAF3kq9Nnw4Kp+Ht2@mail.gmail.com>"),
)

# --- Goélette (15): WTTJ both ways ----------------------------------------------------------------

_go1 = m(
    "a3pn5",
    "2025-10-21 21:02",
    "Welcome to the Jungle <no-reply@welcometothejungle.com>",
    "Ta candidature a bien été envoyée à Goélette 🚀",
    A("confirmation", GO, GOR, 15, "other"),
    html="""<html><body style="font-family:'Work Sans',Arial,sans-serif;color:#212121">
<div style="max-width:560px;margin:auto;padding:24px">
<img src="https://cdn.welcometothejungle.com/wttj-front/production/assets/images/logos/wttj-yellow.png" alt="Welcome to the Jungle" width="120">
<h1 style="font-size:24px">C'est envoyé !</h1>
<p>Hello Gwenaëlle,</p>
<p>Ta candidature pour le poste <b>Office &amp; HR Admin</b> chez <b>Goélette</b> a bien été
transmise à l'équipe de recrutement.</p>
<p><a href="https://www.welcometothejungle.com/fr/me/applications?utm_medium=email">Suivre ma candidature</a></p>
<p style="font-size:13px">Goélette · EdTech · 30 salariés · Nantes</p>
<p style="font-size:11px;color:#999"><a href="https://www.welcometothejungle.com/fr/me/settings/notifications">Gérer mes notifications</a></p>
</div></body></html>""",
)

_go2 = m(
    "g6mu2",
    "2025-11-04 12:26",
    "Goélette <no-reply@welcometothejungle.com>",
    "Ta candidature chez Goélette",
    A("rejection", GO, GOR, 15, "other"),
    """Hello Gwenaëlle,

Merci beaucoup pour l'intérêt que tu portes à Goélette et pour le temps passé sur ta
candidature !

On a reçu énormément de profils très chouettes pour ce poste d'Office & HR Admin. Après pas mal
de discussions, on a décidé de ne pas aller plus loin avec ta candidature : on cherche quelqu'un
présent tous les jours dans nos locaux de l'île de Nantes, et plus orienté office management que
paie.

On te souhaite plein de belles choses pour la suite, et qui sait, peut-être à bientôt !

L'équipe Goélette 🌊

--
Ce message t'a été envoyé via Welcome to the Jungle.
""",
)

# --- Lemaître Expertise (16): Indeed, an Indeed skills test, a no in Indeed's messaging ----------

_le1 = m(
    "c4yi8",
    "2025-10-27 12:10",
    "Indeed <indeedapply@indeed.com>",
    "Candidature envoyée : Collaborateur paie H/F",
    A("confirmation", LE, LER, 16, "indeed"),
    html="""<html><body style="font-family:'Noto Sans',Helvetica,Arial,sans-serif;color:#2d2d2d">
<table width="520" align="center"><tr><td>
<img src="https://www.indeed.com/images/indeed-logo-mail.png" alt="Indeed" width="90">
<p style="font-size:20px;font-weight:bold">Candidature envoyée</p>
<p>Collaborateur paie H/F<br>Lemaître Expertise - Saint-Malo (35)</p>
<p>Prochaine étape : l'employeur pourrait vous demander de passer une évaluation. Surveillez votre
boîte de réception.</p>
<p><a href="https://fr.indeed.com/myjobs?from=appsent_mail&amp;tk=1hb0v4">Voir vos candidatures</a></p>
<p style="font-size:11px;color:#767676">© 2025 Indeed</p>
</td></tr></table></body></html>""",
)

_le2 = m(
    "m0zs3",
    "2025-10-28 08:44",
    "Indeed <assessments-noreply@indeed.com>",
    "Lemaître Expertise vous invite à passer une évaluation",
    A("assessment", LE, LER, 16, "indeed"),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#2d2d2d">
<table width="520" align="center"><tr><td>
<p>Bonjour Gwenaëlle,</p>
<p><b>Lemaître Expertise</b> vous invite à passer l'évaluation suivante dans le cadre de votre
candidature au poste de <b>Collaborateur paie H/F</b> :</p>
<p style="background:#f3f2f1;padding:12px"><b>Gestion de la paie</b><br>Durée estimée : 20 minutes ·
À compléter avant le 4 nov. 2025</p>
<p>Vos résultats seront partagés avec l'employeur.</p>
<p><a href="https://fr.indeed.com/assessments/start?id=ia-8d3f1c2b&amp;from=email" style="background:#2557a7;color:#fff;padding:10px 14px;text-decoration:none;border-radius:8px">Commencer l'évaluation</a></p>
<p style="font-size:11px;color:#767676">© 2025 Indeed · <a href="https://fr.indeed.com/settings/email">Paramètres des e-mails</a></p>
</td></tr></table></body></html>""",
)

_le3 = m(
    "q9bk6",
    "2025-11-12 17:31",
    "Lemaître Expertise via Indeed <messages-noreply@indeed.com>",
    "Vous avez reçu un nouveau message",
    A("rejection", LE, LER, 16, "indeed"),
    """Nouveau message de Lemaître Expertise concernant votre candidature : Collaborateur paie H/F

"Bonjour Madame Le Bihan,
Merci pour votre candidature et pour le temps consacré à l'évaluation, que vous avez très bien
réussie. Nous avons toutefois décidé de poursuivre avec d'autres candidats, dont le profil est
plus orienté vers la tenue comptable et le juridique que nous recherchons en complément de la
paie. Nous vous souhaitons une bonne continuation.
Cordialement, Élodie Lemaître"

Répondre sur Indeed : https://fr.indeed.com/conversations/c-71f0a2e9?from=email

Pour votre sécurité, ne communiquez jamais d'informations bancaires à un employeur.
© 2025 Indeed
""",
)

# --- Dornic Services Partagés, comptabilité (17): Workday in English, withdrawn in January -------

_d5 = m(
    "h8wc0",
    "2025-11-02 09:00",
    "Groupe Dornic <dornicgroup@myworkday.com>",
    "Don't forget to complete your application",
    J("alert", "workday", DSP, DSP2, lang="en"),
    """Hi Gwenaëlle,

You started an application for Comptable fournisseurs H/F (R-004388) but haven't submitted it
yet. Your progress has been saved.

Pick up where you left off:
https://dornicgroup.wd3.myworkday.com/Dornic_Careers/job/Cesson-Svign/Comptable-fournisseurs-H-F_R-004388/apply

This job posting may close soon.

Dornic Group Talent Acquisition
""",
)

_d6 = m(
    "s2ql4",
    "2025-11-03 07:48",
    "Groupe Dornic <dornicgroup@myworkday.com>",
    "Thank you for applying - Comptable fournisseurs H/F",
    A("confirmation", DSP, DSP2, 17, "workday", "en"),
    """Hi Gwenaëlle,

Thank you for your interest in Dornic Group. We have received your application for:

Job: Comptable fournisseurs H/F
Requisition: R-004388
Company: Dornic Services Partagés SAS
Location: Cesson-Sévigné, France

We will review your application and get back to you if your qualifications match the
requirements of the position. You can check the status of your application at any time on our
careers site.

Best regards,
Dornic Group Talent Acquisition

This is an automated message. Please do not reply to this email.
""",
)

_d7 = m(
    "x5jt1",
    "2026-01-13 19:22",
    "Groupe Dornic <dornicgroup@myworkday.com>",
    "Confirmation du retrait de votre candidature",
    A("confirmation", DSP, DSP2, 17, "workday"),
    """Bonjour Gwenaëlle,

Nous vous confirmons le retrait de votre candidature au poste Comptable fournisseurs H/F
(R-004388), effectué le 13/01/2026 depuis votre espace candidat.

Nous vous remercions de l'intérêt que vous avez porté au Groupe Dornic et vous souhaitons pleine
réussite dans vos projets.

L'équipe Talent Acquisition
Groupe Dornic
""",
    st="withdrawn",
)

# --- Mutuelle Ker Avel (18): Talentsoft tenant "kavel-recrute", a case study, the offer she takes -

_ka0 = m(
    "b1ug7",
    "2025-11-04 22:30",
    "Mutuelle Ker Avel <noreply@talent-soft.com>",
    "Activez votre compte candidat",
    J("other_job", "other", KA),
    """Bonjour,

Vous venez de créer votre compte candidat sur le site emploi de la Mutuelle Ker Avel.

Pour l'activer, cliquez sur le lien ci-dessous (valable 48 heures) :
https://kavel-recrute.talent-soft.com/activation.aspx?token=9f3c1d7a0b2e4c6f8a1b3d5e7f9a0c2e

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.

Mutuelle Ker Avel - Site carrières
""",
)

_ka1 = m(
    "j7ep2",
    "2025-11-04 22:52",
    "Mutuelle Ker Avel <noreply@talent-soft.com>",
    "Accusé de réception de votre candidature - Réf. 2025-RH-0412",
    A("confirmation", KA, KAR, 18, "other"),
    html="""<html><body style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#1f2d4f">
<table width="620" align="center"><tr><td>
<img src="https://kavel-recrute.talent-soft.com/Handlers/Image.ashx?imagetype=logo" alt="Mutuelle Ker Avel - Votre santé, notre engagement" width="200">
<p>Madame LE BIHAN,</p>
<p>Nous avons bien reçu votre candidature pour l'offre <b>2025-RH-0412 - Gestionnaire paie et
administration du personnel H/F</b> (Rennes - CDI) et nous vous remercions de l'intérêt que vous
portez à notre mutuelle.</p>
<p>Votre dossier va être étudié avec la plus grande attention. Si votre profil correspond à nos
besoins, nous vous contacterons prochainement.</p>
<p>Vous pouvez suivre l'état de votre candidature dans votre espace candidat.</p>
<p>Bien cordialement,<br>Le service Recrutement</p>
<p style="font-size:10px;color:#888">Mutuelle Ker Avel, mutuelle soumise aux dispositions du livre II du Code de la
mutualité, immatriculée au répertoire SIRENE sous le n° 000 000 000. Siège social : 12 rue de
Châtillon, 35000 Rennes.<br>Conformément au RGPD, vos données sont conservées 2 ans.
Site propulsé par Cegid Talentsoft.</p>
</td></tr></table></body></html>""",
)

_ka2 = m(
    "w3db9",
    "2025-11-17 17:02",
    "Aurélie Montfort <a.montfort@keravel-mutuelle.example>",
    "Votre candidature a retenu notre attention",
    A("interview", KA, KAR, 18, "direct"),
    """Bonjour Madame Le Bihan,

Votre candidature au poste de gestionnaire paie et administration du personnel a retenu notre
attention et je vous en remercie.

Je vous propose un premier échange en visio (Teams) d'une trentaine de minutes le vendredi 21
novembre à 12h30, pour vous présenter le poste et la Mutuelle et faire plus ample connaissance.
Une invitation Teams vous parvient avec ce message.

Si ce créneau ne vous convient pas, n'hésitez pas à m'en proposer un autre.

Bien cordialement,

Aurélie Montfort
Chargée de recrutement et de développement RH
Mutuelle Ker Avel
02 99 •• •• 52
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000A7D3E6F1A254DC01000000000000000010000000D41",
        "2025-11-21 12:30",
        "Échange visio - Gestionnaire paie ADP - G. Le Bihan",
        ("Aurélie Montfort", "a.montfort@keravel-mutuelle.example"),
        style="outlook",
        minutes=30,
        location="Réunion Microsoft Teams",
        description="Réunion Microsoft Teams\nRejoindre : https://teams.microsoft.com/l/meetup-join/19%3ameeting_NzQ5ZjE0@thread.v2/0\nID de réunion : 374 118 902 55",
    ),
)

_ka3 = m(
    "p6nf3",
    "2025-11-24 14:44",
    "Aurélie Montfort <a.montfort@keravel-mutuelle.example>",
    "Cas pratique paie – à nous retourner avant le 1er décembre",
    A("assessment", KA, KAR, 18, "direct"),
    """Bonjour Gwenaëlle,

Suite à notre échange de vendredi, je vous transmets comme convenu le cas pratique préparé par
Hélène Tanguy, notre DRH.

Il s'agit d'établir les bulletins de novembre de trois salariés fictifs (dont une entrée en
cours de mois, un arrêt maladie avec maintien de salaire et subrogation, et un départ avec
solde de tout compte), puis de répondre à quelques questions sur la DSN événementielle. Le
fichier Excel contient les données et les taux utiles (convention collective de la mutualité).

Merci de nous le retourner au plus tard le lundi 1er décembre. Comptez environ 2 heures.

Bon courage !

Aurélie Montfort
Chargée de recrutement et de développement RH
Mutuelle Ker Avel
""",
    attach=[
        (
            "Cas_pratique_paie_KerAvel_2025.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "PK cas pratique paie - 3 salaries - novembre 2025",
        )
    ],
    **reply(_ka2["id"]),
)

_ka4 = m(
    "d0yr5",
    "2025-12-01 21:03",
    "Aurélie Montfort <a.montfort@keravel-mutuelle.example>",
    "RE: Cas pratique paie – à nous retourner avant le 1er décembre",
    A("assessment", KA, KAR, 18, "direct"),
    """Bien reçu, merci Gwenaëlle ! Je transmets à Hélène et je reviens vers vous très vite.

Aurélie

Envoyé depuis Outlook pour Android
""",
    **reply(_ka3["id"], "<AM0PR07MB6Gw1kqP9@AM0PR07MB.eurprd07.prod.outlook.com>"),
)

_ka5 = m(
    "k3io8",
    "2025-12-05 10:15",
    "Aurélie Montfort <a.montfort@keravel-mutuelle.example>",
    "Entretien final – Mutuelle Ker Avel",
    A("interview", KA, KAR, 18, "direct"),
    """Bonjour Gwenaëlle,

Votre cas pratique a été très apprécié (Hélène a notamment relevé la qualité de vos
explications sur la subrogation). Nous aimerions vous rencontrer pour un entretien final avec
Hélène Tanguy, DRH, et Marc Jégou, directeur administratif et financier :

Mardi 16 décembre 2025 à 9h30, au siège - 12 rue de Châtillon, Rennes (accueil au rez-de-chaussée)

Prévoyez environ 1h30, avec une courte présentation de votre parcours. L'invitation suit.

À bientôt,
Aurélie
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000B2E4F7A1C765DC01000000000000000010000000E92",
        "2025-12-16 09:30",
        "Entretien final - Gestionnaire paie - Gwenaëlle Le Bihan",
        ("Aurélie Montfort", "a.montfort@keravel-mutuelle.example"),
        style="outlook",
        minutes=90,
        location="Siège Mutuelle Ker Avel - 12 rue de Châtillon, Rennes - salle Aber",
        attendees=[
            ("Hélène Tanguy", "h.tanguy@keravel-mutuelle.example"),
            ("Marc Jégou", "m.jegou@keravel-mutuelle.example"),
        ],
    ),
)

_ka6 = m(
    "v9ca1",
    "2026-01-08 18:10",
    "Hélène Tanguy <h.tanguy@keravel-mutuelle.example>",
    "Promesse d'embauche",
    A("offer", KA, KAR, 18, "direct"),
    """Madame,

Suite à nos différents échanges, j'ai le plaisir de vous confirmer notre souhait de vous accueillir
au sein de la Mutuelle Ker Avel en qualité de gestionnaire paie et administration du personnel,
en contrat à durée indéterminée, à compter du 2 mars 2026.

Vous trouverez en pièce jointe votre promesse d'embauche, qui précise les conditions de votre
engagement : statut technicien, classe E de la convention collective de la Mutualité,
rémunération annuelle brute de 35 100 € versée sur 13 mois, 35 heures hebdomadaires avec deux
jours de télétravail, période d'essai de 2 mois renouvelable une fois.

Je vous remercie de bien vouloir me faire part de votre réponse avant le 15 janvier. Dès
réception de votre accord, nous vous adresserons votre contrat de travail pour signature
électronique.

Je me réjouis de vous compter prochainement parmi nous.

Hélène Tanguy
Directrice des ressources humaines
Mutuelle Ker Avel
""",
    attach=[
        (
            "Promesse_embauche_GLeBihan.pdf",
            "application/pdf",
            "%PDF-1.4\n% Promesse d'embauche - G. Le Bihan - Mutuelle Ker Avel\n%%EOF\n",
        )
    ],
    cc="Aurélie Montfort <a.montfort@keravel-mutuelle.example>",
)

_ka7 = m(
    "f2lw6",
    "2026-01-09 11:26",
    "Hélène Tanguy <h.tanguy@keravel-mutuelle.example>",
    "RE: Promesse d'embauche",
    A("offer", KA, KAR, 18, "direct"),
    """Bonjour Gwenaëlle,

Je suis ravie de votre retour positif, toute l'équipe sera heureuse de vous accueillir le 2 mars !

Le service RH vous adresse dans les prochains jours votre contrat de travail via DocuSign. Bon
courage pour l'annonce de votre départ au cabinet et pour la fin de votre préavis.

Bien à vous,

Hélène Tanguy
DRH - Mutuelle Ker Avel

-----Message d'origine-----
De : Gwenaëlle Le Bihan <gwenaelle.lebihan35@gmail.com>
Envoyé : vendredi 9 janvier 2026 08:04
À : Hélène Tanguy <h.tanguy@keravel-mutuelle.example>
Cc : Aurélie Montfort <a.montfort@keravel-mutuelle.example>
Objet : Re: Promesse d'embauche

Madame Tanguy,

Je vous remercie pour cette proposition, que j'accepte avec grand plaisir. Vous trouverez
ci-joint la promesse d'embauche datée et signée.

Bien cordialement,
Gwenaëlle Le Bihan
""",
    st="accepted",
    **reply(_ka6["id"], "<CAF3kq9Q8mPr5+aW0@mail.gmail.com>"),
)

_ka8 = m(
    "r0go4",
    "2026-01-14 10:03",
    "Hélène Tanguy via Docusign <dse@eumail.docusign.net>",
    "Veuillez signer votre document : Contrat de travail CDI - Gwenaëlle Le Bihan",
    A("offer", KA, KAR, 18, "docusign"),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#eaeaea">
<table width="640" align="center" style="background:#fff"><tr><td style="padding:24px">
<img src="https://eu.docusign.net/Member/Images/email/docusign-logo.png" alt="Docusign" width="116">
<div style="background:#1e4ca1;color:#fff;padding:24px;text-align:center">
<p style="font-size:18px">Hélène Tanguy vous a envoyé un document à consulter et signer.</p>
<a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=4e1c8b9d-0f3a-4c2e-9b7d-6a5f1e2d3c4b&amp;acct=7b1f" style="background:#ffc820;color:#000;padding:10px 20px;text-decoration:none">CONSULTER LE DOCUMENT</a>
</div>
<p><b>Hélène Tanguy</b><br>h.tanguy@keravel-mutuelle.example</p>
<p>Bonjour Gwenaëlle,<br>Veuillez trouver ci-joint votre contrat de travail à signer électroniquement.
Bien cordialement, le service RH de la Mutuelle Ker Avel.</p>
<p style="font-size:11px;color:#666"><b>Ne partagez pas cet e-mail</b><br>Cet e-mail contient un lien sécurisé vers
Docusign. Merci de ne pas partager cet e-mail, ce lien ou ce code d'accès avec d'autres personnes.</p>
<p style="font-size:11px;color:#666">À propos de Docusign : signez des documents électroniquement en quelques minutes.
C'est sûr et sécurisé.</p>
</td></tr></table></body></html>""",
    st="accepted",
)

_ka9 = m(
    "e4xh7",
    "2026-01-15 07:41",
    "Docusign <dse@eumail.docusign.net>",
    "Complété : Contrat de travail CDI - Gwenaëlle Le Bihan",
    A("offer", KA, KAR, 18, "docusign"),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#eaeaea">
<table width="640" align="center" style="background:#fff"><tr><td style="padding:24px">
<img src="https://eu.docusign.net/Member/Images/email/docusign-logo.png" alt="Docusign" width="116">
<div style="background:#1e4ca1;color:#fff;padding:24px;text-align:center">
<p style="font-size:18px">Votre document a été complété</p>
<a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=9c2d7e1f-3b4a-4d5c-8e6f-0a1b2c3d4e5f&amp;acct=7b1f" style="background:#ffc820;color:#000;padding:10px 20px;text-decoration:none">AFFICHER LE DOCUMENT COMPLÉTÉ</a>
</div>
<p>Tous les signataires ont complété « Contrat de travail CDI - Gwenaëlle Le Bihan ».</p>
<p style="font-size:11px;color:#666">Ce message a été envoyé par Docusign pour le compte de Mutuelle Ker Avel.</p>
</td></tr></table></body></html>""",
    st="accepted",
    attach=[
        (
            "Contrat_CDI_GLeBihan_signe.pdf",
            "application/pdf",
            "%PDF-1.4\n% Contrat de travail CDI - signe\n%%EOF\n",
        )
    ],
)

_ka10 = m(
    "z8kb2",
    "2026-02-12 14:20",
    "Mutuelle Ker Avel - Ressources humaines <rh@keravel-mutuelle.example>",
    "Préparer votre arrivée le 2 mars",
    J("other_job", "direct", KA, KAR),
    """Bonjour Gwenaëlle,

Votre arrivée approche et nous nous en réjouissons ! Pour préparer au mieux votre intégration,
merci de nous transmettre avant le 20 février, via le lien sécurisé ci-dessous :

- copie de votre pièce d'identité et de votre carte Vitale
- RIB
- attestation de votre précédent employeur pour la portabilité de la prévoyance, le cas échéant
- le formulaire d'adhésion à la complémentaire santé collective

https://rh.keravel-mutuelle.example/onboarding/GLB2026

Programme de votre première journée : accueil à 9h00 par Aurélie, petit-déjeuner d'équipe,
remise du matériel informatique, puis après-midi avec votre binôme Stéphanie sur Silae et notre
SIRH.

À très bientôt,
Le service RH
""",
)

# --- ExternaPaie (19): HelloWork, a visio booked then cancelled, then the end -------------------------

_xp1 = m(
    "u1sd0",
    "2025-11-17 20:37",
    "HelloWork <noreply@hellowork.com>",
    "Votre candidature a bien été envoyée !",
    A("confirmation", XP, XPR, 19, "other"),
    html="""<html><body style="font-family:Arial,sans-serif;background:#f4f4f7">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:24px">
<img src="https://www.hellowork.com/img/mail/logo-hw.png" alt="HelloWork" width="140">
<h1 style="font-size:20px;color:#1b1464">Bonjour Gwenaëlle,</h1>
<p>Votre candidature a bien été transmise au recruteur pour l'offre :</p>
<table style="border:1px solid #e3e3ea;width:100%"><tr><td style="padding:12px">
<strong>Gestionnaire de paie multi-conventions (100 % télétravail) H/F</strong><br>
EXTERNAPAIE<br>
Télétravail total · CDI · Temps plein<br>
<span style="color:#777">Candidature envoyée le 17/11/2025 à 20:36</span>
</td></tr></table>
<p><a href="https://www.hellowork.com/fr-fr/candidat/candidatures.html?utm_source=transac">Suivre mes candidatures</a></p>
<p style="font-size:11px;color:#999">HelloWork SAS - Rennes. <a href="https://www.hellowork.com/fr-fr/candidat/preferences-email.html">Gérer mes e-mails</a></p>
</td></tr></table></body></html>""",
)

_XP_UID = "3h7c0q2w9e5r1t8y6u4i@google.com"

_xp2 = m(
    "i5pa3",
    "2025-11-21 09:27",
    "Julie Marchand <julie.marchand@externapaie.example>",
    "Entretien visio – Gestionnaire de paie multi-conventions",
    A("interview", XP, XPR, 19, "direct"),
    """Bonjour Gwenaëlle,

Merci pour votre candidature via HelloWork. Votre expérience multi-conventions en cabinet
correspond tout à fait à ce que nous recherchons pour notre équipe 100 % à distance (nous gérons
la paie de 320 TPE et PME clientes, 11 gestionnaires répartis partout en France).

Seriez-vous disponible vendredi 28 novembre à 10h00 pour un entretien en visio d'une heure avec
moi et Franck, notre responsable de production ? Je vous envoie l'invitation Google Meet.

Cordialement,

Julie Marchand
Responsable RH - ExternaPaie
""",
    ics=ics(
        _XP_UID,
        "2025-11-28 10:00",
        "Entretien Gwenaëlle Le Bihan - ExternaPaie",
        ("Julie Marchand", "julie.marchand@externapaie.example"),
        minutes=60,
        location="https://meet.google.com/uvt-kjre-nbw",
        attendees=[("Franck Olivier", "franck.olivier@externapaie.example")],
    ),
)

_xp3 = m(
    "l7ty4",
    "2025-11-26 18:49",
    "Julie Marchand <julie.marchand@externapaie.example>",
    "Annulé : Entretien Gwenaëlle Le Bihan - ExternaPaie",
    A("interview", XP, XPR, 19, "direct"),
    """Bonjour Gwenaëlle,

Je suis vraiment désolée de vous prévenir si tard : nous sommes contraints d'annuler notre
entretien de vendredi. Nous venons d'apprendre la perte d'un de nos plus gros clients et la
direction a décidé de geler les recrutements le temps de réorganiser les portefeuilles.

Je reviens vers vous dès que j'en sais plus. Encore toutes mes excuses si vous aviez posé votre
matinée.

Julie Marchand
Responsable RH - ExternaPaie
""",
    ics=ics(
        _XP_UID,
        "2025-11-28 10:00",
        "Entretien Gwenaëlle Le Bihan - ExternaPaie",
        ("Julie Marchand", "julie.marchand@externapaie.example"),
        minutes=60,
        method="CANCEL",
        sequence=1,
    ),
)

_xp4 = m(
    "b4rf9",
    "2025-12-04 11:58",
    "Julie Marchand <julie.marchand@externapaie.example>",
    "Point sur votre candidature",
    A("rejection", XP, XPR, 19, "direct"),
    """Bonjour Gwenaëlle,

Comme promis, je reviens vers vous : la direction a confirmé la fermeture du poste de
gestionnaire de paie pour les prochains mois. Je suis donc au regret de clôturer votre
candidature, sans avoir pu vous rencontrer, ce que je regrette sincèrement.

Je vous souhaite le meilleur pour la suite de vos recherches.

Julie Marchand
Responsable RH - ExternaPaie
""",
    **reply(_xp3["id"]),
)

# --- Maison Queffélec (20): a cabinet de recrutement that names its client late ------------------

_mq0 = m(
    "t3ki0",
    "2025-11-10 08:31",
    "Erwan Morvan via LinkedIn <inmail-hit-reply@linkedin.com>",
    "Responsable paie – acteur régional de la distribution (Nantes)",
    J("outreach", "linkedin", None, MQR),
    html="""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif">
<table width="512" align="center"><tr><td>
<p><b>Erwan Morvan</b> · Associé chez Morvan &amp; Associés - Recrutement cadres et agents de maîtrise</p>
<p>Bonjour Gwenaëlle,</p>
<p>J'accompagne un acteur régional de la distribution spécialisée (900 collaborateurs, une
trentaine de magasins dans l'Ouest, siège à Nantes) dans le recrutement de son/sa Responsable
paie. Le poste encadre deux gestionnaires, pilote la paie sous ADP et la DSN et travaille en
direct avec la DRH.</p>
<p>Votre parcours en cabinet et votre double compétence Silae / ADP m'ont interpellé. Seriez-vous
ouverte à un échange téléphonique confidentiel cette semaine ?</p>
<p>Bien à vous,<br>Erwan</p>
<p><a href="https://www.linkedin.com/messaging/thread/2-ZTk4OTU1/?trk=eml-inmail">Répondre</a></p>
<p style="font-size:11px;color:#999">Ce message InMail vous a été envoyé par Erwan Morvan.
<a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Se désabonner</a> · LinkedIn Ireland Unlimited Company</p>
</td></tr></table></body></html>""",
)

_mq1 = m(
    "g9ow5",
    "2025-11-12 12:05",
    "Erwan Morvan <e.morvan@morvan-associes.example>",
    "Notre échange de jeudi",
    J("outreach", "agency", None, MQR),
    """Bonjour Gwenaëlle,

Merci pour votre réponse sur LinkedIn. Comme convenu, je vous appellerai jeudi 13 novembre à
12h30 au 06 •• •• •• 41. Comptez une demi-heure.

Je vous joins la fiche de poste anonymisée ; je vous dirai de vive voix de qui il s'agit si vous
souhaitez aller plus loin.

Bien à vous,

Erwan Morvan
Associé
Morvan & Associés - Cabinet de recrutement
3 quai de Versailles, 44000 Nantes
""",
    attach=[
        (
            "Fiche_poste_Responsable_paie_anonyme.pdf",
            "application/pdf",
            "%PDF-1.4\n% Responsable paie - distribution specialisee - Nantes\n%%EOF\n",
        )
    ],
)

_mq2 = m(
    "n1vc7",
    "2025-11-20 18:44",
    "Erwan Morvan <e.morvan@morvan-associes.example>",
    "Présentation de votre candidature – Responsable paie (Maison Queffélec)",
    A("confirmation", MQ, MQR, 20, "agency"),
    """Bonjour Gwenaëlle,

Suite à notre entretien de lundi au cabinet, je vous confirme que j'ai présenté ce jour votre
candidature à mon client, Maison Queffélec (maison, déco et arts de la table, siège à
Saint-Herblain), pour le poste de Responsable paie.

Comme indiqué, votre dossier est présenté avec deux autres candidates. Je pense avoir un retour
de la DRH, Mme Catherine Bodiguel, d'ici une dizaine de jours.

Merci de ne pas contacter directement l'entreprise d'ici là.

Bien à vous,
Erwan Morvan
Morvan & Associés
""",
)

_mq_ooo = m(
    "j0nu1",
    "2025-12-22 17:12",
    "Erwan Morvan <e.morvan@morvan-associes.example>",
    "Réponse automatique : Re: Entretien chez Maison Queffélec – mardi 9 décembre",
    J("other_job", "agency", MQ, MQR),
    """Bonjour,

Le cabinet est fermé du 22 décembre au 4 janvier inclus. Je prendrai connaissance de votre
message à mon retour le lundi 5 janvier.

Pour toute urgence, vous pouvez contacter le standard au 02 40 •• •• 00.

Belles fêtes de fin d'année,
Erwan Morvan
""",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
)

_mq3 = m(
    "s6ep8",
    "2025-12-03 09:20",
    "Erwan Morvan <e.morvan@morvan-associes.example>",
    "Entretien chez Maison Queffélec – mardi 9 décembre",
    A("interview", MQ, MQR, 20, "agency"),
    """Bonjour Gwenaëlle,

Bonne nouvelle : Mme Bodiguel souhaite vous rencontrer ! Entretien le mardi 9 décembre à 14h00 au
siège de Maison Queffélec, 14 rue du Chêne Lassé, 44800 Saint-Herblain, avec elle et le
directeur administratif et financier, M. Thibault Rialland.

Je vous envoie l'invitation pour bloquer le créneau ; on se cale un point de préparation la
veille si vous voulez.

Bien à vous,
Erwan
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000C6A8B0D2E176DC01000000000000000010000000F53",
        "2025-12-09 14:00",
        "Entretien Maison Queffélec - Responsable paie - G. Le Bihan",
        ("Erwan Morvan", "e.morvan@morvan-associes.example"),
        style="outlook",
        minutes=90,
        location="Maison Queffélec - 14 rue du Chêne Lassé, Saint-Herblain",
    ),
)

_mq4 = m(
    "c2ae6",
    "2026-01-06 10:41",
    "Erwan Morvan <e.morvan@morvan-associes.example>",
    "RE: Entretien chez Maison Queffélec – mardi 9 décembre",
    A("rejection", MQ, MQR, 20, "agency"),
    """Bonjour Gwenaëlle,

Meilleurs vœux pour 2026, et merci pour votre message de décembre.

J'ai enfin eu le retour de Maison Queffélec : ils ont retenu une candidate interne, gestionnaire
de paie chez eux depuis six ans, qui s'était positionnée tardivement. Votre entretien avait
pourtant été très bien perçu, la DRH a apprécié votre rigueur et votre pédagogie ; c'est
vraiment le facteur interne qui a fait la différence.

Je suis sincèrement désolé de ne pas vous apporter une meilleure nouvelle. Je reste en contact
avec vous pour de prochaines missions.

Bien à vous,
Erwan Morvan
Morvan & Associés
""",
    **reply(_mq3["id"], "<CAF3kq9Rk2Lw7=nE1@mail.gmail.com>"),
)

# --- Ty Laouen (21): Beetween, "retenu notre attention", an interview moved, then silence --------

_tl1 = m(
    "h4jq3",
    "2025-12-01 22:18",
    "Association Ty Laouen <no-reply@beetween.com>",
    "Confirmation de réception de votre candidature",
    A("confirmation", TL, TLR, 21, "other"),
    """Bonjour Gwenaëlle Le Bihan,

Nous vous remercions pour votre candidature au poste de Gestionnaire paie (CCN 66) H/F - CDI -
Rennes.

Celle-ci a bien été enregistrée et sera étudiée avec attention par notre équipe.

L'association Ty Laouen accompagne depuis 1962 plus de 600 enfants et adultes en situation de
handicap en Ille-et-Vilaine (IME, ESAT, foyers de vie, SESSAD).

Cordialement,
Le service Ressources Humaines

Cet e-mail a été envoyé automatiquement depuis la plateforme Beetween. Merci de ne pas y répondre.
""",
)

_tl2 = m(
    "y1wl0",
    "2025-12-04 16:30",
    "Recrutement Ty Laouen <recrutement@tylaouen.example>",
    "Votre candidature",
    A("viewed", TL, TLR, 21, "direct"),
    """Madame,

Votre candidature a retenu notre attention. Gaëlle Prigent, notre directrice administrative et
financière, reviendra vers vous très prochainement pour convenir d'un entretien.

Cordialement,

Service RH
Association Ty Laouen - Siège social
""",
)

_TL_UID = "040000008200E00074C5B7101A82E00800000000D9B1C3E5F487DC01000000000000000010000000A64"

_tl3 = m(
    "o5bi2",
    "2025-12-08 11:52",
    "Gaëlle Prigent <g.prigent@tylaouen.example>",
    "Entretien – gestionnaire paie",
    A("interview", TL, TLR, 21, "direct"),
    """Bonjour Madame Le Bihan,

Je vous propose de nous rencontrer le lundi 15 décembre à 14h00 au siège de l'association, 7
allée de la Prévalaye à Rennes, pour échanger sur le poste de gestionnaire paie. Seront
présentes Mme Hamon, notre responsable RH, et moi-même.

Le poste couvre la paie de nos 420 salariés (CCN du 15 mars 1966) sur Cegid, en binôme avec une
collègue, ainsi que les déclarations sociales et le suivi des absences.

Merci de me confirmer votre disponibilité.

Gaëlle Prigent
Directrice administrative et financière
Association Ty Laouen
""",
    ics=ics(
        _TL_UID,
        "2025-12-15 14:00",
        "Entretien Mme Le Bihan - gestionnaire paie",
        ("Gaëlle Prigent", "g.prigent@tylaouen.example"),
        style="outlook",
        minutes=60,
        location="Siège Ty Laouen - 7 allée de la Prévalaye, Rennes",
    ),
)

_tl4 = m(
    "k8ug5",
    "2025-12-11 08:37",
    "Gaëlle Prigent <g.prigent@tylaouen.example>",
    "Entretien reporté au jeudi 18/12",
    A("interview", TL, TLR, 21, "direct"),
    """Bonjour Madame Le Bihan,

Je suis contrainte de reporter notre entretien de lundi (conseil d'administration extraordinaire
convoqué le même jour). Je vous propose le jeudi 18 décembre à 10h00, même lieu. L'invitation est
mise à jour.

Avec toutes mes excuses,

Gaëlle Prigent
Directrice administrative et financière
Association Ty Laouen
""",
    ics=ics(
        _TL_UID,
        "2025-12-18 10:00",
        "Entretien Mme Le Bihan - gestionnaire paie (REPORTÉ)",
        ("Gaëlle Prigent", "g.prigent@tylaouen.example"),
        style="outlook",
        minutes=60,
        location="Siège Ty Laouen - 7 allée de la Prévalaye, Rennes",
        sequence=1,
    ),
    **reply(_tl3["id"]),
)

_tl5 = m(
    "w6fx8",
    "2026-01-06 09:02",
    "Gaëlle Prigent <g.prigent@tylaouen.example>",
    "Réponse automatique : Suite entretien du 18/12",
    J("other_job", "direct", TL, TLR),
    """Bonjour,

Je suis absente jusqu'au lundi 12 janvier inclus. En cas d'urgence, merci de contacter le
secrétariat de direction au 02 99 •• •• 20.

Cordialement,
Gaëlle Prigent
""",
    headers={"Auto-Submitted": "auto-replied"},
)

# --- Océane Distribution (22): Cadremploi, never heard of again -----------------------------------

_od1 = m(
    "f0mz6",
    "2025-12-08 21:15",
    "Cadremploi <ne-pas-repondre@cadremploi.fr>",
    "Votre candidature a bien été transmise",
    A("confirmation", OD, ODR, 22, "other"),
    html="""<html><body style="font-family:Arial,sans-serif;color:#222">
<table width="600" align="center"><tr><td>
<img src="https://www.cadremploi.fr/static/img/mail/logo-cadremploi.png" alt="Cadremploi" width="150">
<p>Bonjour Gwenaëlle,</p>
<p>Votre candidature au poste de <b>Contrôleur de gestion sociale H/F</b> chez
<b>Océane Distribution</b> (Nantes - 44) a bien été transmise au recruteur.</p>
<p>Astuce : les candidats qui complètent leur profil ont 2 fois plus de chances d'être contactés.</p>
<p><a href="https://www.cadremploi.fr/espace-candidat/mes-candidatures?utm_source=mail_transac">Voir mes candidatures</a></p>
<p style="font-size:11px;color:#888">Cadremploi - Groupe Figaro Classifieds.
<a href="https://www.cadremploi.fr/espace-candidat/alertes">Gérer mes e-mails</a></p>
</td></tr></table></body></html>""",
)

# --- Evanor again (23): the same role reposted, then her withdrawal ------------------------------

_ev3 = m(
    "a9xr4",
    "2026-01-05 21:40",
    "Evanor <noreply@smartrecruiters.com>",
    "Merci pour votre candidature chez Evanor",
    A("confirmation", EV, EVR, 23, "smartrecruiters"),
    html="""<html><body style="font-family:Arial,sans-serif;color:#333">
<table width="600" align="center"><tr><td>
<img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/EvanorSCA/logo.png" alt="Evanor" height="48">
<p>Bonjour Gwenaëlle,</p>
<p>Merci d'avoir postulé au poste <b>Gestionnaire de paie H/F – Saint-Malo</b>.</p>
<p>Notre équipe Ressources Humaines étudie votre candidature. Si votre profil correspond à nos
attentes, nous vous contacterons pour la suite du processus.</p>
<p>Cordialement,<br>L'équipe Recrutement Evanor</p>
<p style="font-size:11px;color:#888">Evanor SCA - Coopérative agricole à capital variable.<br>
Powered by <a href="https://www.smartrecruiters.com">SmartRecruiters</a></p>
</td></tr></table></body></html>""",
)

_ev4 = m(
    "e3cp9",
    "2026-01-07 13:58",
    "Anthony Le Goff <anthony.legoff@evanor.example>",
    "Votre candidature – Gestionnaire de paie Saint-Malo",
    A("viewed", EV, EVR, 23, "direct"),
    """Bonjour Madame Le Bihan,

Je suis chargé de recrutement chez Evanor. Le poste de gestionnaire de paie de notre site de
Saint-Malo (pôle viandes, environ 650 salariés) est de nouveau ouvert suite au départ de la
collaboratrice recrutée à l'automne, et votre candidature a retenu notre attention.

Je vous appellerai cette semaine pour un premier échange, si cela vous convient.

Cordialement,

Anthony Le Goff
Chargé de recrutement - DRH Groupe
Evanor - Coopérative agricole
""",
)

_ev5 = m(
    "i2hn1",
    "2026-01-12 16:20",
    "Anthony Le Goff <anthony.legoff@evanor.example>",
    "RE: Votre candidature – Gestionnaire de paie Saint-Malo",
    A("confirmation", EV, EVR, 23, "direct"),
    """Bonjour Madame Le Bihan,

Bien noté, merci de nous avoir prévenus rapidement. Je retire donc votre candidature du
processus.

Félicitations pour votre nouveau poste et bonne continuation !

Cordialement,
Anthony Le Goff
Evanor

-----Message d'origine-----
De : Gwenaëlle Le Bihan <gwenaelle.lebihan35@gmail.com>
Envoyé : lundi 12 janvier 2026 12:47
À : Anthony Le Goff
Objet : Re: Votre candidature – Gestionnaire de paie Saint-Malo

Bonjour Monsieur Le Goff,

Merci pour votre appel de jeudi. Je viens d'accepter une proposition à Rennes et je préfère
retirer ma candidature pour ne pas vous faire perdre de temps.

Bien cordialement,
Gwenaëlle Le Bihan
""",
    st="withdrawn",
    **reply(_ev4["id"], "<CAF3kq9Sx0Te4+bM3@mail.gmail.com>"),
)

# --- Alerts, nudges, outreach and other job mail ---------------------------------------------------

_al_indeed1 = m(
    "r5bd3",
    "2025-09-09 07:05",
    "Indeed <alert@indeed.com>",
    "12 nouveaux emplois : gestionnaire paie à Rennes (35)",
    J("alert", "indeed"),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="560" align="center"><tr><td>
<p>Nouveaux emplois correspondant à votre recherche <b>gestionnaire paie</b> à <b>Rennes (35)</b></p>
<p><a href="https://fr.indeed.com/rc/clk?jk=a81f2c&amp;from=ja"><b>Gestionnaire de paie H/F</b></a><br>Cabinet Le Gall &amp; Associés - Rennes (35)<br>30 000 € - 34 000 € par an<br><i>Postuler facilement</i></p>
<p><a href="https://fr.indeed.com/rc/clk?jk=b9231d&amp;from=ja"><b>Technicien paie et administration du personnel (H/F)</b></a><br>Groupe Hospitalier Privé Ouest - Saint-Grégoire (35)</p>
<p><a href="https://fr.indeed.com/rc/clk?jk=c00e47&amp;from=ja"><b>Assistant RH / paie - CDD 6 mois</b></a><br>Laiterie du Val de Vilaine - Vitré (35)<br><i>Recrutement urgent</i></p>
<p><a href="https://fr.indeed.com/jobs?q=gestionnaire+paie&amp;l=Rennes+%2835%29&amp;from=ja">Voir les 9 autres offres</a></p>
<p style="font-size:11px;color:#767676">Vous recevez cette alerte emploi parce que vous vous êtes abonné(e) aux alertes Indeed.
<a href="https://fr.indeed.com/alert/unsubscribe?id=9f2c">Se désabonner</a></p>
</td></tr></table></body></html>""",
)

_al_hw1 = m(
    "d7si6",
    "2025-09-24 06:45",
    "HelloWork <alertes@hellowork.com>",
    "Gwenaëlle, 8 nouvelles offres « Gestionnaire de paie » près de Rennes",
    J("alert", "other"),
    html="""<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center"><tr><td>
<img src="https://www.hellowork.com/img/mail/logo-hw.png" alt="HelloWork" width="140">
<p>Votre alerte : <b>Gestionnaire de paie</b> · Rennes (35) + 30 km · CDI</p>
<ul>
<li><a href="https://www.hellowork.com/fr-fr/emplois/61301122.html?utm_source=alerte">Gestionnaire de paie H/F</a> - Cabinet Le Gall &amp; Associés - Rennes</li>
<li><a href="https://www.hellowork.com/fr-fr/emplois/61302278.html?utm_source=alerte">Gestionnaire paie et RH H/F</a> - Ateliers de la Flume - Pacé</li>
<li><a href="https://www.hellowork.com/fr-fr/emplois/61305590.html?utm_source=alerte">Chargé(e) de paie</a> - Maison de retraite Les Tilleuls - Chartres-de-Bretagne</li>
</ul>
<p><a href="https://www.hellowork.com/fr-fr/emploi/recherche.html?k=gestionnaire+de+paie&amp;l=Rennes">Voir toutes les offres</a></p>
<p style="font-size:11px;color:#999"><a href="https://www.hellowork.com/fr-fr/candidat/alertes.html">Modifier ou supprimer cette alerte</a></p>
</td></tr></table></body></html>""",
    headers={
        "List-Unsubscribe": "<https://www.hellowork.com/fr-fr/candidat/alertes/unsubscribe?a=71c2>"
    },
)

_al_ft = m(
    "m8ho2",
    "2025-09-30 08:10",
    "France Travail <ne-pas-repondre@francetravail.fr>",
    "De nouvelles offres correspondent à votre recherche",
    J("alert", "other"),
    """Bonjour Gwenaëlle,

5 nouvelles offres correspondent à votre recherche enregistrée « Gestionnaire de paie -
Ille-et-Vilaine » :

- Gestionnaire paie (H/F) - 35 - CESSON SEVIGNE - CDI
- Comptable / gestionnaire paie (H/F) - 35 - DOL DE BRETAGNE - CDI
- Assistant(e) paie (H/F) - 35 - RENNES - CDD 4 mois
- Gestionnaire de paie et administration du personnel (H/F) - 35 - FOUGERES - CDI
- Technicien(ne) paie (H/F) - 35 - SAINT-MALO - CDI

Consultez-les sur https://candidat.francetravail.fr/offres/recherche?alerte=8812

France Travail
Pour ne plus recevoir ces alertes, rendez-vous dans votre espace personnel.
""",
)

_al_li1 = m(
    "q4fy7",
    "2025-10-03 18:20",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    "« gestionnaire de paie » : Evanor - Gestionnaire paie et plus encore",
    J("alert", "linkedin"),
    html="""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif">
<table width="512" align="center"><tr><td>
<p>Votre alerte emploi pour <b>gestionnaire de paie</b> à <b>Nantes et périphérie</b></p>
<p><b>Gestionnaire paie</b><br>Evanor · Plérin · Candidature simplifiée</p>
<p><b>Gestionnaire de paie confirmé H/F</b><br>Groupe Ouest Santé · Nantes · 2 anciens élèves de votre école travaillent ici</p>
<p><b>Payroll Specialist France</b><br>Northbay Software · Télétravail · En recrutement actif</p>
<p><a href="https://www.linkedin.com/comm/jobs/search?keywords=gestionnaire%20de%20paie&amp;trk=eml-job_alert">Voir toutes les offres</a></p>
<p style="font-size:11px;color:#999">Vous recevez des alertes emploi. <a href="https://www.linkedin.com/comm/jobs/alerts">Gérer les alertes</a> ·
LinkedIn Ireland Unlimited Company</p>
</td></tr></table></body></html>""",
)

_al_et = m(
    "k1ci5",
    "2025-10-14 07:30",
    "Emploi Territorial <ne-pas-repondre@emploi-territorial.fr>",
    "Alerte : 3 nouvelles offres",
    J("alert", "other"),
    """Bonjour,

Votre alerte « Paie - carrière / Ille-et-Vilaine, Côtes-d'Armor » a trouvé 3 nouvelles offres :

- Gestionnaire paie et carrières (h/f) - COMMUNE DE BRUZ - Rédacteur / Adjoint administratif
- Assistant RH (h/f) - CENTRE COMMUNAL D'ACTION SOCIALE DE SAINT-MALO - Adjoint administratif
- Chargé de la paie et du temps de travail (h/f) - DEPARTEMENT D'ILLE-ET-VILAINE - Rédacteur

https://www.emploi-territorial.fr/alertes/

Emploi Territorial
""",
)

_al_apec = m(
    "v3kn0",
    "2025-10-20 06:58",
    "Apec <offres@apec.fr>",
    "Vos offres du jour : Responsable paie, Responsable ADP…",
    J("alert", "other"),
    html="""<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center"><tr><td>
<img src="https://www.apec.fr/files/live/mounts/images/logo-apec-mail.png" alt="Apec" width="100">
<p>Bonjour Gwenaëlle,</p><p>4 offres correspondent à votre alerte « Responsable paie - Bretagne / Pays de la Loire ».</p>
<p><b>Responsable paie H/F</b> - GROUPE MARITIME ATLANTIQUE - Lorient - 45-50 k€</p>
<p><b>Responsable administration du personnel et paie H/F</b> - CONFIDENTIEL - Nantes - 42-48 k€</p>
<p><b>Contrôleur de gestion sociale H/F</b> - OCEANE DISTRIBUTION - Nantes</p>
<p><a href="https://www.apec.fr/candidat/recherche-emploi.html/emploi?alerte=55102">Voir les offres</a></p>
<p style="font-size:11px;color:#777"><a href="https://www.apec.fr/candidat/mon-espace/mes-alertes.html">Gérer mes alertes</a></p>
</td></tr></table></body></html>""",
)

_al_indeed2 = m(
    "a6uw8",
    "2025-10-15 07:04",
    "Indeed <alert@indeed.com>",
    "Collaborateur paie, Gestionnaire de paie et 7 autres emplois à Saint-Malo (35)",
    J("alert", "indeed"),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="560" align="center"><tr><td>
<p><a href="https://fr.indeed.com/rc/clk?jk=d11f0e&amp;from=ja"><b>Collaborateur paie H/F</b></a><br>Lemaître Expertise - Saint-Malo (35)<br><i>Nouveau</i></p>
<p><a href="https://fr.indeed.com/rc/clk?jk=e7a2b3&amp;from=ja"><b>Gestionnaire de paie</b></a><br>Hôtel Thalasso Côte d'Émeraude - Dinard (35)</p>
<p><a href="https://fr.indeed.com/jobs?q=paie&amp;l=Saint-Malo+%2835%29&amp;from=ja">Voir tous les emplois</a></p>
<p style="font-size:11px;color:#767676"><a href="https://fr.indeed.com/alert/unsubscribe?id=1a7e">Se désabonner</a></p>
</td></tr></table></body></html>""",
)

_out_li = m(
    "g2zv4",
    "2025-10-28 19:12",
    "Pauline Héry via LinkedIn <inmail-hit-reply@linkedin.com>",
    "Opportunité Responsable paie – Vannes",
    J("outreach", "linkedin", None, "Responsable paie"),
    """Bonjour Gwenaëlle,

Je suis consultante chez Talentis Ouest, cabinet spécialisé dans les fonctions RH et finance.
Je recherche pour un client industriel du Morbihan (1 200 salariés) un(e) Responsable paie
pour encadrer une équipe de 4 personnes, avec un projet de migration vers un nouveau SIRH en
2026.

Votre profil correspond bien aux attentes ; auriez-vous 20 minutes pour en parler ?

Pauline Héry
Talentis Ouest

Répondre : https://www.linkedin.com/messaging/thread/2-NDcxMjQw/
---
Ce message InMail vous a été envoyé par Pauline Héry. LinkedIn Ireland Unlimited Company.
""",
)

_al_wttj = m(
    "z5no3",
    "2025-11-09 10:00",
    "Welcome to the Jungle <hello@welcometothejungle.com>",
    "Les jobs de la semaine rien que pour toi 👀",
    J("alert", "other"),
    html="""<html><body style="font-family:'Work Sans',Arial,sans-serif">
<div style="max-width:560px;margin:auto">
<img src="https://cdn.welcometothejungle.com/wttj-front/production/assets/images/logos/wttj-yellow.png" alt="Welcome to the Jungle" width="120">
<p>Hello Gwenaëlle, voici les offres qui collent à tes recherches :</p>
<p><b>Payroll Manager</b> · Hoplia · Full remote</p>
<p><b>Chargé·e de paie & ADP</b> · Brizh Mobility · Nantes</p>
<p><b>People Ops Specialist</b> · Kalipaie · Full remote</p>
<p><a href="https://www.welcometothejungle.com/fr/jobs?utm_source=newsletter_jobs">Voir plus d'offres</a></p>
<p style="font-size:11px;color:#999"><a href="https://www.welcometothejungle.com/fr/me/settings/notifications">Se désinscrire</a></p>
</div></body></html>""",
)

_al_cadre = m(
    "l6ri1",
    "2025-11-26 07:15",
    "Cadremploi <alertes@cadremploi.fr>",
    "Nouvelles offres : contrôleur de gestion sociale",
    J("alert", "other"),
    """Bonjour Gwenaëlle,

Voici les nouvelles offres correspondant à votre alerte « contrôleur de gestion sociale - Nantes » :

> Contrôleur de gestion sociale H/F - Océane Distribution - Nantes (44) - 40-45 K€
> Responsable paie et SIRH H/F - Groupe Hôtelier Atlantique - Nantes (44) - 45-50 K€
> Chargé de reporting social H/F - Banque Côte d'Iroise... voir l'offre

Voir toutes les offres : https://www.cadremploi.fr/emploi/liste_offres?alerte=30417

Cadremploi
Se désabonner : https://www.cadremploi.fr/espace-candidat/alertes
""",
)

_al_indeed_nudge = m(
    "u9xe5",
    "2025-12-02 19:30",
    "Indeed <donotreply@match.indeed.com>",
    "Vous n'avez pas terminé votre candidature",
    J("alert", "indeed", "Laiterie du Val de Vilaine", "Gestionnaire ADP H/F"),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="520" align="center"><tr><td>
<p>Bonjour Gwenaëlle,</p>
<p>Vous avez commencé à postuler à l'offre <b>Gestionnaire ADP H/F</b> chez <b>Laiterie du Val de
Vilaine</b> (Vitré) mais vous n'avez pas terminé.</p>
<p><a href="https://fr.indeed.com/viewjob?jk=f92b71&amp;from=resume_apply_mail">Reprendre ma candidature</a></p>
<p style="font-size:11px;color:#767676">© 2025 Indeed · <a href="https://fr.indeed.com/settings/email">Se désabonner</a></p>
</td></tr></table></body></html>""",
)

_al_indeed3 = m(
    "b8tg0",
    "2025-12-10 07:02",
    "Indeed <alert@indeed.com>",
    "Gestionnaire de paie en télétravail : nouveaux emplois",
    J("alert", "indeed"),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="560" align="center"><tr><td>
<p><a href="https://fr.indeed.com/rc/clk?jk=f1e2d3&amp;from=ja"><b>Gestionnaire de paie H/F - Télétravail</b></a><br>Paie Directe Conseil - Télétravail</p>
<p><a href="https://fr.indeed.com/rc/clk?jk=a4b5c6&amp;from=ja"><b>Gestionnaire paie externalisée</b></a><br>Cabinet Aubépine Conseil - Télétravail partiel à Nantes</p>
<p style="font-size:11px;color:#767676"><a href="https://fr.indeed.com/alert/unsubscribe?id=3c4d">Se désabonner</a></p>
</td></tr></table></body></html>""",
)

_out_proxim = m(
    "e1gu2",
    "2025-12-15 11:40",
    "Proxim'Intérim Vitré <vitre@proxim-interim.example>",
    "Mission assistante paie 3 mois – Vitré",
    J("outreach", "agency", None, "Assistante paie (intérim)"),
    """Bonjour Madame,

Nous recherchons pour l'un de nos clients, entreprise agroalimentaire à Vitré, une assistante
paie en intérim pour 3 mois à partir du 5 janvier (remplacement congé maternité). 35h, 15,50 €
de l'heure + IFM + ICCP.

Votre profil présent sur notre CVthèque pourrait correspondre. Êtes-vous disponible ? Merci de
nous rappeler au 02 99 •• •• 70 ou de répondre à ce mail.

L'équipe Proxim'Intérim Vitré
""",
)

_cdg1 = m(
    "p1ak7",
    "2025-11-20 11:00",
    "Centre de Gestion d'Ille-et-Vilaine <concours@cdg-ille-et-vilaine.example>",
    "Concours de rédacteur territorial 2026 : ouverture des pré-inscriptions",
    J("other_job", "other"),
    """Madame, Monsieur,

Le Centre de Gestion de la fonction publique territoriale d'Ille-et-Vilaine organise, pour les
collectivités de la région Bretagne, le concours de rédacteur territorial (catégorie B) au titre
de la session 2026.

Pré-inscriptions en ligne : du 2 décembre 2025 au 14 janvier 2026
Date limite de dépôt des dossiers : 22 janvier 2026
Épreuves écrites d'admissibilité : 9 avril 2026

Spécialités : administration générale ; action sociale ; ressources humaines et finances
(note d'analyse de dossier).

La réussite au concours permet l'inscription sur une liste d'aptitude ; le lauréat doit ensuite
être recruté par une collectivité pour être nommé stagiaire.

Informations et pré-inscription : https://www.cdg-ille-et-vilaine.example/concours

Service Concours et examens
Centre de Gestion d'Ille-et-Vilaine
""",
)

_cdg2 = m(
    "h7cr3",
    "2025-12-12 22:41",
    "Centre de Gestion d'Ille-et-Vilaine <concours@cdg-ille-et-vilaine.example>",
    "Accusé de pré-inscription – Rédacteur territorial 2026 (externe)",
    J("other_job", "other"),
    """Madame LE BIHAN Gwenaëlle,

Votre pré-inscription au concours externe de rédacteur territorial, session 2026, spécialité
« ressources humaines et finances », a bien été enregistrée sous le numéro R26-E-01873.

ATTENTION : la pré-inscription ne vaut pas inscription. Votre dossier d'inscription, imprimé et
signé, accompagné des pièces justificatives, doit nous parvenir au plus tard le 22 janvier 2026
(cachet de la poste faisant foi) ou être déposé dans votre espace sécurisé.

Service Concours et examens
Centre de Gestion d'Ille-et-Vilaine
""",
)

_hw_survey = m(
    "s9dl5",
    "2025-10-10 14:00",
    "HelloWork <avis@hellowork.com>",
    "Votre avis compte : comment s'est passée votre candidature ?",
    J("other_job", "other", "Transports Guégan"),
    html="""<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center"><tr><td>
<p>Bonjour Gwenaëlle,</p>
<p>Il y a quelques semaines, vous avez postulé chez <b>TRANSPORTS GUEGAN</b>. Aidez les autres
candidats en notant votre expérience de recrutement (2 minutes, anonyme).</p>
<p>⭐⭐⭐⭐⭐ <a href="https://www.hellowork.com/fr-fr/avis/candidature?c=tg35&amp;utm_source=survey">Donner mon avis</a></p>
<p style="font-size:11px;color:#999"><a href="https://www.hellowork.com/fr-fr/candidat/preferences-email.html">Gérer mes e-mails</a></p>
</td></tr></table></body></html>""",
)

_al_li2 = m(
    "t0yb6",
    "2026-01-20 18:05",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    "Nouvelles offres « responsable paie » à Rennes",
    J("alert", "linkedin"),
    html="""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif">
<table width="512" align="center"><tr><td>
<p>Votre alerte emploi pour <b>responsable paie</b> à <b>Rennes</b></p>
<p><b>Responsable paie et administration du personnel</b><br>Groupe Dornic · Cesson-Sévigné · Candidature simplifiée</p>
<p><b>Payroll Team Lead</b><br>Veltra Systems · Rennes (hybride)</p>
<p><a href="https://www.linkedin.com/comm/jobs/search?keywords=responsable%20paie&amp;trk=eml-job_alert">Voir toutes les offres</a></p>
<p style="font-size:11px;color:#999"><a href="https://www.linkedin.com/comm/jobs/alerts">Gérer les alertes</a></p>
</td></tr></table></body></html>""",
)

_al_hw2 = m(
    "c3wi9",
    "2026-01-26 06:47",
    "HelloWork <alertes@hellowork.com>",
    "Gwenaëlle, 5 nouvelles offres « Gestionnaire de paie » près de Rennes",
    J("alert", "other"),
    html="""<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center"><tr><td>
<p>Votre alerte : <b>Gestionnaire de paie</b> · Rennes (35) + 30 km · CDI</p>
<ul>
<li><a href="https://www.hellowork.com/fr-fr/emplois/63010021.html?utm_source=alerte">Gestionnaire de paie H/F</a> - Polyclinique du Blosne - Rennes</li>
<li><a href="https://www.hellowork.com/fr-fr/emplois/63011840.html?utm_source=alerte">Gestionnaire paie confirmé H/F</a> - Groupe Dornic - Cesson-Sévigné</li>
</ul>
<p style="font-size:11px;color:#999"><a href="https://www.hellowork.com/fr-fr/candidat/alertes.html">Modifier ou supprimer cette alerte</a></p>
</td></tr></table></body></html>""",
    headers={
        "List-Unsubscribe": "<https://www.hellowork.com/fr-fr/candidat/alertes/unsubscribe?a=71c2>"
    },
)

_rv2 = m(
    "o6mf0",
    "2026-02-16 20:09",
    "Jean-Yves Rivoal <jy.rivoal@orange.fr>",
    "Cabinet Rivoal - poste au pôle social",
    J("outreach", "direct", "Cabinet Rivoal", "Gestionnaire de paie"),
    """Bonsoir Madame Le Bihan,

Vous m'aviez écrit en septembre pour une candidature spontanée. Une de mes collaboratrices du
pôle social part en Vendée au printemps et je pense à vous pour la remplacer : portefeuille
d'environ 220 bulletins, Silae, 4 jours par semaine possibles.

Seriez-vous toujours intéressée ? Je serais ravi d'en discuter autour d'un café à Dinard ou à
Rennes.

Bien à vous,
Jean-Yves Rivoal
Cabinet Rivoal - Dinard
""",
)

MAIL: list[dict[str, Any]] = [
    _ar1,
    _ar2,
    _kp1,
    _kp2,
    _kp3,
    _kp4,
    _kp5,
    _kp6,
    _go1,
    _go2,
    _le1,
    _le2,
    _le3,
    _d5,
    _d6,
    _d7,
    _ka0,
    _ka1,
    _ka2,
    _ka3,
    _ka4,
    _ka5,
    _ka6,
    _ka7,
    _ka8,
    _ka9,
    _ka10,
    _xp1,
    _xp2,
    _xp3,
    _xp4,
    _mq0,
    _mq1,
    _mq2,
    _mq_ooo,
    _mq3,
    _mq4,
    _tl1,
    _tl2,
    _tl3,
    _tl4,
    _tl5,
    _od1,
    _ev3,
    _ev4,
    _ev5,
    _al_indeed1,
    _al_hw1,
    _al_ft,
    _al_li1,
    _al_et,
    _al_apec,
    _al_indeed2,
    _out_li,
    _al_wttj,
    _al_cadre,
    _al_indeed_nudge,
    _al_indeed3,
    _out_proxim,
    _cdg1,
    _cdg2,
    _hw_survey,
    _al_li2,
    _al_hw2,
    _rv2,
]

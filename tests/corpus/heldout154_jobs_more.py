# ruff: noqa: E501, RUF100
"""Corpus 154, job mail part two (data only): see heldout154.py.

Applications 12 to 21 (the agency and the cabinet naming their clients late among them), then
the job mail that belongs to no application: alerts, Hublo missions, outreach, nudges, surveys."""

from __future__ import annotations

from typing import Any

from heldout154_jobs import (
    AJ,
    AJR,
    AV,
    AVR,
    CL,
    CLR,
    ML,
    MLR,
    ND,
    NDR,
    NE,
    NER,
    OX,
    OXR,
    PE,
    PER,
    PV,
    PVR,
    TI,
    TIR,
    A,
    J,
    ics,
    m,
    re_,
)

_LR = "Laëtitia Roux <laetitia.roux@soinsrelais.example>"
_SRI_SIG = """Laëtitia Roux
Chargée de recrutement santé
Soins Relais Intérim – Agence de Saint-Nazaire
12 avenue de la République, 44600 Saint-Nazaire – 02 40 •• •• 63
Intérim médical et paramédical · Recrutement CDI / CDD"""

# --- Polyclinique de l'Estuaire (12), through Soins Relais Intérim ------------------------

_pe0 = m(
    "ak3z",
    "2025-10-29 12:14",
    _LR,
    "Poste IDE de jour en CDI – Saint-Nazaire",
    J("outreach", "agency", None, PER),
    text="""Bonjour Maëlle,

Je me permets de vous contacter après avoir consulté votre profil sur la CVthèque HelloWork.

Pour l'un de nos clients, un établissement de santé privé MCO de la région nazairienne, je
recherche un(e) IDE en CDI sur un poste de jour (8h–16h ou 10h–18h, pas de nuit), en service de
médecine polyvalente. Rémunération selon la CCN FHP avec reprise d'ancienneté, prime
d'installation, parking gratuit.

Seriez-vous disponible pour un échange téléphonique de 15 minutes cette semaine ? Je peux vous
appeler en fin de matinée si cela vous convient mieux compte tenu de vos nuits.

Belle journée,

"""
    + _SRI_SIG
    + "\n",
)

_pe1 = m(
    "bm7r",
    "2025-11-06 13:40",
    _LR,
    "RE: Poste IDE de jour en CDI – Saint-Nazaire",
    A("confirmation", PE, PER, 12, "agency"),
    text="""Bonjour Maëlle,

Merci pour notre échange de ce midi. Comme convenu, je vous confirme avoir présenté votre
candidature à notre client, la Polyclinique de l'Estuaire à Saint-Nazaire, pour le poste d'IDE
en médecine polyvalente (CDI, jour).

Je reviens vers vous dès que j'ai le retour de Mme Perrot, directrice des soins.

Bonne fin de journée,

"""
    + _SRI_SIG
    + """

De : Maëlle Guillou-Benhamou <maelle.guillou.benhamou@gmail.com>
Envoyé : jeudi 30 octobre 2025 09:12
À : Laëtitia Roux
Objet : Re: Poste IDE de jour en CDI – Saint-Nazaire

Bonjour,
Oui, volontiers, jeudi prochain vers 12h30 ?
Maëlle
""",
    **re_(_pe0),
)

_pe2 = m(
    "cw0e",
    "2025-11-13 16:25",
    _LR,
    "Entretien Polyclinique de l'Estuaire – jeudi 20/11 10h",
    A("interview", PE, PER, 12, "agency"),
    text="""Bonjour Maëlle,

Bonne nouvelle : Mme Perrot souhaite vous rencontrer le jeudi 20 novembre à 10h00 à la
Polyclinique (accueil principal, demander la direction des soins). Je vous ai envoyé une
invitation.

Pensez à prendre votre diplôme et votre dernier bulletin de salaire, elle pourra aborder la
reprise d'ancienneté.

Tenez-moi au courant après l'entretien !
Laëtitia
""",
    ics=ics(
        "6s1qk0r8v2bm4ja9xw3d7ylc5e@google.com",
        "2025-11-20 10:00",
        "Entretien Polyclinique de l'Estuaire – Maëlle Guillou-Benhamou",
        ("Laëtitia Roux", "laetitia.roux@soinsrelais.example"),
        location="Polyclinique de l'Estuaire, 9 rue Albert-de-Mun, Saint-Nazaire",
        description="Entretien avec Mme Perrot, directrice des soins. Contact agence : 02 40 •• •• 63",
    ),
)

_pe3 = m(
    "dn5t",
    "2025-12-04 11:58",
    _LR,
    "Retour Polyclinique de l'Estuaire",
    A("rejection", PE, PER, 12, "agency"),
    text="""Bonjour Maëlle,

J'ai eu Mme Perrot ce matin. Elle a beaucoup apprécié votre entretien et votre expérience en
chirurgie, mais la Polyclinique a finalement retenu une candidate disponible immédiatement, sans
préavis, le service devant être renforcé dès janvier.

Je suis désolée de ne pas avoir de meilleure nouvelle. Si vous le souhaitez, je garde votre
dossier actif pour d'autres postes de jour sur Nantes et Saint-Nazaire.

Bien à vous,
Laëtitia
""",
)

# --- Laboratoires Avelune (13), through Praxis Santé Conseil ------------------------------

_av0 = m(
    "eq2h",
    "2025-11-12 19:03",
    "Olivier Daniélou via LinkedIn <inmail-hit-reply@linkedin.com>",
    "Infirmière de recherche clinique – opportunité confidentielle (Angers)",
    J("outreach", "linkedin", None, AVR),
    html="""<html><body style="font-family:-apple-system,Segoe UI,Arial,sans-serif;color:#191919">
<table width="512" align="center"><tr><td>
<p style="color:#666;font-size:12px">InMail · Olivier Daniélou, Consultant senior santé chez Praxis Santé Conseil</p>
<p>Bonjour Maëlle,</p>
<p>Je suis consultant chez Praxis Santé Conseil, cabinet spécialisé dans le recrutement des professionnels
de santé. J'accompagne un laboratoire pharmaceutique français dans le recrutement d'un(e)
<b>Infirmier(e) de recherche clinique</b> pour son unité de pharmacologie clinique (essais de phase I) à Angers.</p>
<p>Poste de jour, CDI, statut agent de maîtrise, environnement très protocolisé : votre expérience en chirurgie et
votre rigueur pourraient vraiment correspondre.</p>
<p>Seriez-vous ouverte à en discuter ?</p>
<p>Olivier</p>
<p><a href="https://www.linkedin.com/messaging/thread/2-YTk4NzQyZmMt/?trk=eml-inmail-reply" style="background:#0a66c2;color:#fff;padding:8px 14px;border-radius:16px;text-decoration:none">Répondre</a></p>
<p style="font-size:11px;color:#666">Vous avez reçu un InMail. <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=inmail">Se désabonner</a><br>
LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p>
</td></tr></table></body></html>""",
)

_OD = "Olivier Daniélou <o.danielou@praxis-sante-conseil.example>"
_PX_SIG = """Olivier Daniélou
Consultant senior – Santé & Life Sciences
Praxis Santé Conseil · Cabinet de recrutement
Nantes · Rennes · Angers – 06 •• •• •• 18"""

_av1 = m(
    "fr6x",
    "2025-11-17 18:30",
    _OD,
    "Suite à notre échange – poste IRC Angers",
    J("outreach", "agency", None, AVR),
    text="""Bonjour Maëlle,

Merci pour notre échange téléphonique de ce midi. Comme promis, vous trouverez en pièce jointe
la fiche de poste anonymisée.

En résumé : infirmier(e) de recherche clinique en unité de phase I (volontaires sains et
patients), 35h en journée du lundi au vendredi ; quelques nuits par an lors des études dites
« first-in-human », récupérées et majorées. Salaire selon expérience, autour de 34–37 k€.

Le nom de notre client vous sera communiqué dès qu'il aura validé la présentation de votre
candidature (il tient à la confidentialité de ce recrutement). Je vous confirme que je ne
transmets rien sans votre accord.

Bien à vous,

"""
    + _PX_SIG
    + "\n",
    attach=[
        (
            "Fiche_poste_IRC_Angers_confidentiel.pdf",
            "application/pdf",
            "%PDF-1.4\n% Fiche de poste - Infirmier(e) de recherche clinique - unite de phase I - Angers\n%%EOF\n",
        )
    ],
)

_av2 = m(
    "gs1b",
    "2025-11-25 09:47",
    _OD,
    "Présentation de votre candidature – Laboratoires Avelune",
    A("confirmation", AV, AVR, 13, "agency"),
    text="""Bonjour Maëlle,

Je peux désormais lever la confidentialité : notre client est Laboratoires Avelune, et plus
précisément leur Unité de Pharmacologie Clinique d'Angers (UPCA).

Comme convenu, j'ai présenté ce matin votre candidature à Dr Hélène Varin, responsable de
l'unité, avec ma note de synthèse. Je pense avoir un retour d'ici la fin de semaine prochaine.

Bien à vous,

"""
    + _PX_SIG
    + "\n",
    **re_(_av1),
)

_av3 = m(
    "hu8d",
    "2025-12-08 14:05",
    "Hélène Varin <h.varin@avelune-labs.example>",
    "Entretien – IRC Unité de Pharmacologie Clinique",
    A("interview", AV, AVR, 13, "direct"),
    text="""Bonjour Madame,

Olivier Daniélou m'a transmis votre candidature et je vous remercie de votre intérêt pour
l'UPCA. Je vous propose un entretien en visioconférence le vendredi 12 décembre à 17h30, avec
Mme Solène Martineau, infirmière coordinatrice des essais.

Vous trouverez le lien Teams dans l'invitation.

Cordialement,

Dr Hélène Varin
Responsable de l'Unité de Pharmacologie Clinique d'Angers
Laboratoires Avelune
""",
    cc=_OD,
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000B9A8C7D6E5F4DA01000000000000000010000000AVL12",
        "2025-12-12 17:30",
        "Entretien IRC UPCA – Mme Guillou-Benhamou",
        ("Varin Hélène", "h.varin@avelune-labs.example"),
        style="outlook",
        minutes=60,
        location="Réunion Microsoft Teams",
        description="Rejoindre : https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ1MmUw%40thread.v2/0",
        attendees=[("Martineau Solène", "s.martineau@avelune-labs.example")],
    ),
)

# --- Ensemble scolaire Les Tilleuls (14) -----------------------------------------------

_ti1 = m(
    "iv4k",
    "2025-09-30 10:26",
    "Secrétariat de direction – Les Tilleuls <secretariat@lestilleuls-sevre.example>",
    "RE: Candidature infirmière scolaire",
    A("confirmation", TI, TIR, 14, "direct"),
    text="""Madame,

Nous accusons réception de votre candidature, que nous transmettons à M. Lebreton, chef
d'établissement coordinateur. Il ne manquera pas de revenir vers vous.

Bien cordialement,

Corinne Pichon
Secrétariat de direction
Ensemble scolaire Les Tilleuls – école, collège, lycée – Rezé

-----Message d'origine-----
De : Maëlle Guillou-Benhamou
Envoyé : lundi 29 septembre 2025 21:55
Objet : Candidature infirmière scolaire

Monsieur le Directeur,

J'ai vu sur le site de la DDEC votre annonce pour un poste d'infirmière scolaire à mi-temps et
je me permets de vous adresser ma candidature. Infirmière depuis sept ans, j'ai aussi été
référente éducation thérapeutique dans mon service.

Je vous prie d'agréer, Monsieur, mes salutations respectueuses.
Maëlle Guillou-Benhamou
""",
)

_ti2 = m(
    "jx9n",
    "2025-10-30 12:07",
    "Hervé Lebreton <direction@lestilleuls-sevre.example>",
    "Votre candidature",
    A("rejection", TI, TIR, 14, "direct"),
    text="""Madame,

Je vous remercie pour l'intérêt que vous avez porté à notre établissement.

Nous avons reçu de nombreuses candidatures pour ce poste et notre choix s'est porté sur une
infirmière ayant déjà exercé en milieu scolaire, disponible dès la rentrée de novembre.

Je vous souhaite pleine réussite dans vos projets.

Hervé Lebreton
Chef d'établissement coordinateur
Ensemble scolaire Les Tilleuls
""",
)

# --- Naval Estuaire Industries (15): Indeed, viewed, ghosted ---------------------------

_ne1 = m(
    "kz0p",
    "2025-10-15 22:48",
    "Indeed Apply <indeedapply@indeed.com>",
    "Candidature envoyée : Infirmier(e) en santé au travail - Service médical H/F",
    A("confirmation", NE, NER, 15, "indeed"),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#2d2d2d">
<div style="max-width:560px;margin:auto;padding:24px">
<img src="https://fr.indeed.com/images/indeed-logo.png" alt="Indeed" width="96">
<h2 style="font-size:20px">Candidature envoyée</h2>
<p>Votre candidature a bien été transmise à <b>NEI - Naval Estuaire Industries</b>.</p>
<div style="border:1px solid #e4e2e0;border-radius:8px;padding:12px">
<b>Infirmier(e) en santé au travail - Service médical H/F</b><br>NEI - Naval Estuaire Industries – 44600 Saint-Nazaire<br>
<span style="color:#595959">CDI · Horaires de journée · Repos le week-end</span></div>
<p>Vous recevrez des nouvelles de l'employeur par e-mail ou dans <a href="https://myjobs.indeed.com/applied?from=ia_email">Mes emplois</a>.</p>
<p style="font-size:12px;color:#767676">© 2025 Indeed · Ne répondez pas à cet e-mail.</p>
</div></body></html>""",
)

_ne2 = m(
    "la5q",
    "2025-10-27 14:33",
    "Indeed <no-reply@indeed.com>",
    "Votre candidature a été consultée par NEI - Naval Estuaire Industries",
    A("viewed", NE, NER, 15, "indeed"),
    text="""Maëlle,

Bonne nouvelle ! NEI - Naval Estuaire Industries a consulté votre candidature pour le poste
Infirmier(e) en santé au travail - Service médical H/F.

Voir le statut : https://myjobs.indeed.com/applied?from=status_email_viewed&hl=fr

Indeed
""",
)

# --- Néphro-Ouest Dialyse (16): HelloWork -------------------------------------------------

_nd1 = m(
    "mb2s",
    "2025-09-18 21:36",
    "HelloWork <candidature@hellowork.com>",
    "Votre candidature a bien été envoyée",
    A("confirmation", ND, NDR, 16, "other"),
    text="""Bonjour Maëlle,

Votre candidature a bien été envoyée au recruteur pour l'offre :

Infirmier en hémodialyse H/F – poste de jour
Néphro-Ouest Dialyse – Angers (49)
CDI · Temps plein

Le recruteur reviendra vers vous s'il souhaite poursuivre le processus.

À bientôt sur HelloWork !
https://www.hellowork.com/fr-fr/candidat/candidatures.html
""",
)

_nd2 = m(
    "nc8u",
    "2025-10-02 10:15",
    "HelloWork <candidature@hellowork.com>",
    "Réponse du recruteur à votre candidature",
    A("rejection", ND, NDR, 16, "other"),
    html="""<html><body style="font-family:Arial,sans-serif;background:#f5f5f7">
<div style="max-width:580px;margin:auto;background:#fff;padding:24px 28px;font-size:15px">
<img src="https://www.hellowork.com/img/mail/logo-hellowork.png" alt="HelloWork" width="130">
<p>Bonjour Maëlle,</p>
<p>Le recruteur <b>Néphro-Ouest Dialyse</b> a répondu à votre candidature pour l'offre <b>Infirmier en hémodialyse H/F – poste de jour</b>.</p>
<blockquote style="border-left:3px solid #ccc;padding-left:12px;color:#444">Madame, nous vous remercions pour votre candidature.
Après étude, nous avons privilégié des profils disposant déjà d'une expérience en néphrologie ou en
hémodialyse, notre planning ne permettant pas d'assurer une formation longue cet hiver. Nous vous souhaitons
une bonne continuation. L'équipe RH</blockquote>
<p>Ne vous découragez pas : <a href="https://www.hellowork.com/fr-fr/emploi/recherche.html?k=infirmier&amp;l=Angers">de nouvelles offres vous attendent</a>.</p>
<p style="font-size:11px;color:#8c8c8c">HelloWork SAS – 2 rue de la Mabilais, 35000 Rennes</p>
</div></body></html>""",
)

# --- Clinique Les Ajoncs (17): staffsanté, the directrice des soins on orange.fr ----------

_aj1 = m(
    "od3w",
    "2025-11-03 20:52",
    "staffsanté <noreply@staffsante.fr>",
    "Candidature envoyée – IDE SSR polyvalent (85)",
    A("confirmation", AJ, AJR, 17, "other"),
    text="""Bonjour Maëlle,

Votre candidature pour l'annonce « IDE SSR polyvalent – CDI jour – La Roche-sur-Yon (85) »
publiée par Clinique Les Ajoncs a bien été envoyée.

L'établissement vous contactera directement s'il souhaite vous rencontrer.

Retrouvez toutes vos candidatures dans votre espace : https://www.staffsante.fr/candidat/candidatures

L'équipe staffsanté
""",
)

_aj2 = m(
    "pe7y",
    "2025-11-10 13:18",
    "Sandrine Gaborit <sandrine.gaborit@orange.fr>",
    "Votre candidature IDE",
    A("interview", AJ, AJR, 17, "direct"),
    text="""Bonjour Madame,

Je suis la directrice des soins de la Clinique Les Ajoncs, à La Roche-sur-Yon. J'ai bien reçu
votre CV via staffsanté et il a retenu toute mon attention.

Pourriez-vous m'appeler au 06 •• •• •• 07, ou me dire quand vous joindre, pour un premier
entretien téléphonique ? Je vous écris depuis ma messagerie personnelle, la nôtre étant en
panne depuis la migration informatique de vendredi.

Cordialement,
Sandrine Gaborit
Directrice des soins – Clinique Les Ajoncs (SSR)

Envoyé depuis mon mobile Orange
""",
)

# --- Clinlink Ouest (18): APEC --------------------------------------------------------

_cl1 = m(
    "qf1a",
    "2025-10-09 12:55",
    "Apec <ne-pas-repondre@apec.fr>",
    "Votre candidature a bien été envoyée",
    A("confirmation", CL, CLR, 18, "other"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1e1e1e">
<div style="max-width:600px;margin:auto">
<img src="https://www.apec.fr/files/live/sites/apec/files/mail/logo-apec.png" alt="Apec" height="40">
<p>Bonjour Maëlle,</p>
<p>Votre candidature à l'offre <b>Attaché de recherche clinique junior H/F</b> (réf. 176482931W) de la société <b>CLINLINK OUEST</b> – Nantes (44) a bien été envoyée.</p>
<p>Suivez vos candidatures dans votre <a href="https://www.apec.fr/candidat/mon-espace/mes-candidatures.html">espace candidat</a>.</p>
<p>Besoin d'aide pour préparer vos entretiens ? Les consultants Apec vous accompagnent gratuitement.</p>
<p style="font-size:11px;color:#777">Apec – Association pour l'emploi des cadres. Message automatique, merci de ne pas répondre.</p>
</div></body></html>""",
)

_cl2 = m(
    "rg6c",
    "2025-10-24 11:40",
    "Aurélie Janvier <recrutement@clinlink-ouest.example>",
    "Votre candidature ARC junior – Clinlink Ouest",
    A("rejection", CL, CLR, 18, "direct"),
    text="""Bonjour Madame Guillou-Benhamou,

Merci pour votre candidature au poste d'attaché(e) de recherche clinique junior.

Votre profil infirmier est vraiment intéressant pour nous : la connaissance du terrain
hospitalier est une vraie valeur ajoutée dans la relation avec les centres investigateurs, et
votre lettre était très convaincante.

Cependant, pour ce poste, le promoteur pour lequel nous intervenons exige une première
expérience de monitoring ou, a minima, un DU de recherche clinique. Nous ne pouvons donc pas
donner suite à votre candidature pour le moment.

Si vous envisagez de suivre un DU (Nantes et Angers en proposent), n'hésitez pas à nous
recontacter ensuite : nous serions ravis d'étudier à nouveau votre profil.

Bien cordialement,

Aurélie Janvier
Chargée RH & recrutement
Clinlink Ouest – CRO indépendante
""",
)

# --- MédiLigne (19): LinkedIn ------------------------------------------------------------

_ml1 = m(
    "sh0e",
    "2025-12-01 21:19",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Maëlle, votre candidature a été envoyée à MédiLigne",
    A("confirmation", ML, MLR, 19, "linkedin"),
    text="""Votre candidature a été envoyée à MédiLigne

Infirmier(e) de téléconsultation (H/F)
MédiLigne · Nantes, Pays de la Loire, France (Hybride)
Candidature envoyée le 1 déc. 2025

Voir l'offre : https://www.linkedin.com/jobs/view/4339210044/?trk=eml-jobs_application_sent

Se désabonner : https://www.linkedin.com/comm/psettings/email-unsubscribe
LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.
""",
)

_ml2 = m(
    "ti5g",
    "2025-12-04 09:51",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Votre candidature a été consultée par MédiLigne",
    A("viewed", ML, MLR, 19, "linkedin"),
    text="""MédiLigne a consulté votre candidature

Infirmier(e) de téléconsultation (H/F) · Nantes (Hybride)

Voir la candidature : https://www.linkedin.com/jobs/view/4339210044/?trk=eml-jobs_application_viewed

© 2025 LinkedIn Ireland Unlimited Company
""",
)

_ml3 = m(
    "uj9i",
    "2025-12-19 15:07",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Votre candidature pour Infirmier(e) de téléconsultation chez MédiLigne",
    A("rejection", ML, MLR, 19, "linkedin"),
    html="""<html><body style="font-family:-apple-system,Segoe UI,Arial,sans-serif;color:#191919">
<table width="512" align="center"><tr><td>
<p style="font-size:18px">Votre candidature pour Infirmier(e) de téléconsultation</p>
<p>Merci de l'intérêt que vous portez à MédiLigne. Malheureusement, nous avons décidé de ne pas donner suite
à votre candidature. Nous vous encourageons à postuler à nouveau à de futures offres qui correspondent à votre profil.</p>
<p>Cordialement,<br>L'équipe recrutement de MédiLigne</p>
<p><a href="https://www.linkedin.com/jobs/search/?keywords=infirmi%C3%A8re&amp;location=Nantes&amp;trk=eml-jobs_rejection">Voir des offres similaires</a></p>
<p style="font-size:11px;color:#666">Cet e-mail a été envoyé via LinkedIn au nom de MédiLigne.</p>
</td></tr></table></body></html>""",
)

# --- Prévention Santé Travail Vendée (20): Indeed, Teams, after the interview ------------

_pv1 = m(
    "vk4m",
    "2025-11-07 07:55",
    "Indeed Apply <indeedapply@indeed.com>",
    "Candidature envoyée : Infirmier en Santé au Travail (IDEST) - CDD 6 mois H/F",
    A("confirmation", PV, PVR, 20, "indeed"),
    text="""Candidature envoyée

Votre candidature a bien été transmise à PSTV.

Infirmier en Santé au Travail (IDEST) - CDD 6 mois H/F
PSTV - 85000 La Roche-sur-Yon
CDD · Temps plein · Du lundi au vendredi

Suivre votre candidature : https://myjobs.indeed.com/applied?from=ia_email

© 2025 Indeed
""",
)

_pv2 = m(
    "wl8o",
    "2025-11-21 12:02",
    "Bertrand Chauvet <b.chauvet@pstv.example>",
    "Candidature IDEST – CDD La Roche-sur-Yon",
    A("interview", PV, PVR, 20, "direct"),
    text="""Bonjour Madame,

Suite à votre candidature sur Indeed, je vous propose un entretien en visioconférence le
jeudi 27 novembre à 17h30 pour le remplacement de six mois (congé maternité) sur notre centre
de La Roche-sur-Yon.

Cordialement,

Bertrand Chauvet
Responsable du pôle infirmier
Prévention Santé Travail Vendée (PSTV) – SPSTI
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000E7D6C5B4A3F2DA01000000000000000010000000PSTV27",
        "2025-11-27 17:30",
        "Entretien IDEST CDD - Mme Guillou-Benhamou",
        ("Chauvet Bertrand", "b.chauvet@pstv.example"),
        style="outlook",
        minutes=45,
        location="Microsoft Teams",
        description="Lien de la réunion : https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZDEyNjc4%40thread.v2/0",
    ),
)

_pv3 = m(
    "xm3r",
    "2025-12-05 09:44",
    "Bertrand Chauvet <b.chauvet@pstv.example>",
    "Suite à votre entretien",
    A("rejection", PV, PVR, 20, "direct"),
    text="""Bonjour Madame,

Je vous remercie pour notre échange de la semaine dernière.

Compte tenu de la durée du remplacement et de la distance avec Nantes, nous avons retenu la
candidature d'une infirmière résidant à proximité, ce qui nous semblait plus réaliste pour les
interventions en entreprise sur le secteur.

Votre expérience nous a toutefois convaincus de votre intérêt pour la santé au travail, et je
vous souhaite de trouver rapidement le poste qui vous convient.

Cordialement,
Bertrand Chauvet
PSTV
""",
    **re_(_pv2),
)

# --- Oxalis Santé Domicile (21): Workable -------------------------------------------------

_OXW = "Oxalis Santé Domicile <noreply@candidates.workablemail.com>"

_ox1 = m(
    "yn7t",
    "2025-12-10 22:14",
    _OXW,
    "Merci pour votre candidature - Infirmier(e) conseil diabétologie",
    A("confirmation", OX, OXR, 21, "workable"),
    text="""Bonjour Maëlle,

Merci pour votre candidature au poste d'Infirmier(e) conseil diabétologie à Nantes. Notre
équipe l'examinera avec attention et nous reviendrons vers vous rapidement.

Cordialement,
Oxalis Santé Domicile

---
Prestataire de santé à domicile – perfusion, nutrition, insulinothérapie par pompe.
Envoyé via Workable : https://apply.workable.com/oxalis-sante-domicile/
""",
)

_ox2 = m(
    "zo2v",
    "2025-12-17 11:30",
    _OXW,
    "Oxalis Santé Domicile - Invitation à un entretien",
    A("interview", OX, OXR, 21, "workable"),
    text="""Bonjour Maëlle,

Nous aimerions échanger avec vous par téléphone au sujet du poste d'Infirmier(e) conseil
diabétologie. Camille Fortin, responsable de l'agence de Nantes, vous appellera le lundi
22 décembre à 11h00 (30 minutes).

Si ce créneau ne vous convient pas, vous pouvez en choisir un autre :
https://apply.workable.com/oxalis-sante-domicile/j/4E1C7A90B2/interview/reschedule

Cordialement,
Camille Fortin
Oxalis Santé Domicile
""",
    reply_to="Camille Fortin <c.fortin@oxalis-sante.example>",
    ics=ics(
        "workable-4e1c7a90b2-interview-88213@workable.com",
        "2025-12-22 11:00",
        "Entretien téléphonique - Infirmier(e) conseil diabétologie - Maëlle Guillou-Benhamou",
        ("Camille Fortin", "c.fortin@oxalis-sante.example"),
        minutes=30,
        location="Téléphone",
    ),
)

_ox3 = m(
    "ap6x",
    "2026-01-07 15:50",
    _OXW,
    "Votre candidature chez Oxalis Santé Domicile",
    A("rejection", OX, OXR, 21, "workable"),
    text="""Bonjour Maëlle,

Nous avons été ravis d'échanger avec vous avant les fêtes et vous remercions du temps accordé.

Après réflexion, nous avons décidé de poursuivre avec un(e) candidat(e) déjà formé(e) à la mise
en place des pompes à insuline et des capteurs de glycémie, ce qui est essentiel pour démarrer
rapidement sur le secteur.

Nous vous souhaitons le meilleur pour la suite.

Camille Fortin
Oxalis Santé Domicile
""",
    reply_to="Camille Fortin <c.fortin@oxalis-sante.example>",
)

# --- Job mail that belongs to no application --------------------------------------------

_al01 = m(
    "bq1z",
    "2025-09-02 22:31",
    "Indeed <alert@indeed.com>",
    "Votre alerte emploi a été créée : infirmier jour - Nantes (44)",
    J("alert", "indeed"),
    text="""Votre alerte emploi est prête

Nous vous enverrons les nouvelles offres correspondant à « infirmier jour » à Nantes (44)
(dans un rayon de 50 km) chaque jour.

Voici déjà quelques offres :

Infirmier / Infirmière Diplômé(e) d'État H/F - Clinique - Nantes (44)
Infirmier(e) de nuit - EHPAD - Rezé (44) - Nouveau
IDE pool de remplacement - jour - Saint-Herblain (44)

Voir toutes les offres : https://fr.indeed.com/emplois?q=infirmier+jour&l=Nantes+%2844%29&from=ja_created
Gérer vos alertes : https://fr.indeed.com/alerts?from=ja_created
""",
    headers={"List-Unsubscribe": "<https://fr.indeed.com/alerts/unsubscribe?id=a8f2c1>"},
)

_al02 = m(
    "cr5b",
    "2025-09-08 07:12",
    "HelloWork <alertes@hellowork.com>",
    "12 nouvelles offres : Infirmier coordinateur - Pays de la Loire",
    J("alert", "other"),
    html="""<html><body style="font-family:Arial,sans-serif">
<h3>12 nouvelles offres pour votre recherche « Infirmier coordinateur »</h3>
<ul>
<li><a href="https://www.hellowork.com/fr-fr/emplois/66012331.html?utm_source=alerte">Infirmier Coordinateur H/F (IDEC)</a> – Bel Âge – Angers (49)</li>
<li><a href="https://www.hellowork.com/fr-fr/emplois/66018774.html?utm_source=alerte">Infirmier(e) coordinateur(trice) SSIAD</a> – Aide et Soins Mauges – Cholet (49)</li>
<li><a href="https://www.hellowork.com/fr-fr/emplois/66020011.html?utm_source=alerte">IDEC - Résidence seniors</a> – Nantes (44)</li>
<li>… et 9 autres offres</li>
</ul>
<p><a href="https://www.hellowork.com/fr-fr/candidat/alertes.html">Modifier mon alerte</a> · <a href="https://www.hellowork.com/fr-fr/candidat/alertes/desinscription.html?id=3321">Me désinscrire</a></p>
</body></html>""",
)

_al03 = m(
    "ds9f",
    "2025-09-14 18:00",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    "« infirmière santé au travail » : 9 nouvelles offres à Nantes",
    J("alert", "linkedin"),
    text="""Vos offres d'emploi correspondant à : infirmière santé au travail · Nantes

Infirmier(e) en santé au travail (H/F)
SANTE AU TRAVAIL LOIRE ESTUAIRE · Nantes
https://www.linkedin.com/comm/jobs/view/4288110203/?trk=eml-job_alert

Infirmière de santé au travail – service autonome
Loire Agro Industries · Ancenis-Saint-Géréon
https://www.linkedin.com/comm/jobs/view/4288301157/?trk=eml-job_alert

IDEST – CDD 6 mois
PSTV · La Roche-sur-Yon
https://www.linkedin.com/comm/jobs/view/4290017336/?trk=eml-job_alert

Voir les 9 offres : https://www.linkedin.com/comm/jobs/search?keywords=infirmi%C3%A8re%20sant%C3%A9%20au%20travail

Gérer les alertes : https://www.linkedin.com/comm/jobs/alerts
Se désabonner : https://www.linkedin.com/comm/psettings/email-unsubscribe
""",
)

_al04 = m(
    "et3h",
    "2025-09-24 14:20",
    "Hublo <no-reply@hublo.com>",
    "3 nouvelles missions près de chez vous",
    J("alert", "other"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Bonjour Maëlle,</p>
<p>De nouvelles missions correspondant à votre profil <b>IDE</b> sont disponibles :</p>
<table cellpadding="6" style="border-collapse:collapse">
<tr style="background:#eef6ff"><td>Sam. 27/09</td><td>7h00 – 19h00</td><td>Chirurgie orthopédique</td><td>Clinique Erdre &amp; Loire – Nantes</td></tr>
<tr><td>Dim. 28/09</td><td>19h00 – 7h00</td><td>Médecine</td><td>EHPAD Le Clos Fleuri – Orvault</td></tr>
<tr style="background:#eef6ff"><td>Mer. 01/10</td><td>13h30 – 21h00</td><td>SSR</td><td>Centre de rééducation du Sillon – Savenay</td></tr>
</table>
<p><a href="https://app.hublo.com/missions?utm_source=email&amp;utm_campaign=new_missions" style="background:#2e5bff;color:#fff;padding:8px 14px;text-decoration:none">Je postule</a></p>
<p style="font-size:11px;color:#888">Hublo – la plateforme de remplacement des établissements de santé. <a href="https://app.hublo.com/settings/notifications">Notifications</a></p>
</body></html>""",
)

_al05 = m(
    "fu7j",
    "2025-10-03 19:15",
    "Apec <ne-pas-repondre@apec.fr>",
    "Votre inscription à l'atelier « Réussir sa reconversion professionnelle »",
    J("other_job", "other"),
    text="""Bonjour Maëlle,

Votre inscription à l'atelier en ligne « Réussir sa reconversion professionnelle » est
confirmée.

Date : mardi 14 octobre 2025, de 18h00 à 19h30
Format : classe virtuelle (le lien vous sera envoyé la veille)
Animé par : un consultant Apec des Pays de la Loire

Pour annuler : https://www.apec.fr/candidat/mon-espace/mes-ateliers.html

À bientôt,
L'Apec
""",
)

_al06 = m(
    "gv2l",
    "2025-10-04 08:30",
    "France Travail <ne-pas-repondre@francetravail.fr>",
    "De nouvelles offres correspondent à votre recherche",
    J("alert", "other"),
    text="""Bonjour,

4 nouvelles offres correspondent à votre recherche « Infirmier / Infirmière » – Loire-Atlantique,
Maine-et-Loire – Contrat : CDI, CDD.

- Infirmier / Infirmière de bloc opératoire (H/F) – 44 - SAINT-NAZAIRE
- Infirmier / Infirmière en santé au travail (H/F) – 44 - NANTES
- Infirmier / Infirmière coordinateur(trice) (H/F) – 49 - SAUMUR
- Infirmier / Infirmière scolaire (H/F) – 44 - REZE

Consulter les offres : https://candidat.francetravail.fr/offres/recherche?alerte=7F21C

Pour ne plus recevoir ces offres, modifiez vos alertes dans votre espace personnel.
""",
)

_al07 = m(
    "hw6n",
    "2025-10-12 19:02",
    "Indeed <no-reply@indeed.com>",
    "Vous n'avez pas terminé votre candidature",
    J("alert", "indeed", "Crèches Pitchoun'Ouest", "Infirmier(e) puériculture - Multi-accueil"),
    text="""Maëlle, votre candidature est presque terminée

Infirmier(e) puériculture - Multi-accueil H/F
Crèches Pitchoun'Ouest - 44000 Nantes

Il ne vous reste que quelques étapes. Terminez votre candidature avant que l'offre expire.

Continuer : https://fr.indeed.com/viewjob?jk=4b7e9a0c2d1f8e63&from=ia_resume_nudge

Indeed
""",
)

_al08 = m(
    "ix0p",
    "2025-10-18 07:40",
    "Apec <alertes@apec.fr>",
    "3 nouvelles offres pour votre recherche « recherche clinique »",
    J("alert", "other"),
    text="""Bonjour Maëlle,

3 nouvelles offres correspondent à votre alerte « recherche clinique – Pays de la Loire » :

Attaché de recherche clinique H/F – CDD 12 mois – Angers (49)
Coordinateur d'études cliniques H/F – Nantes (44)
Clinical Research Associate H/F – Home-based Ouest

Voir les offres : https://www.apec.fr/candidat/recherche-emploi.html/emploi?alerte=91832

Gérer mes alertes : https://www.apec.fr/candidat/mon-espace/mes-alertes.html
""",
)

_al09 = m(
    "jy4r",
    "2025-10-22 09:05",
    "Hublo <no-reply@hublo.com>",
    "La Clinique Erdre & Loire vous propose une mission",
    J("outreach", "other", "Clinique Erdre & Loire", "IDE – Chirurgie (vacation de jour)"),
    text="""Bonjour Maëlle,

La Clinique Erdre & Loire vous a sélectionnée pour une mission :

Poste : IDE – Chirurgie viscérale
Date : vendredi 31 octobre 2025, 7h00 – 19h00
Lieu : Clinique Erdre & Loire, Nantes
Message de l'établissement : « Bonjour Maëlle, vous aviez fait une vacation chez nous en juin,
l'équipe serait ravie de vous revoir ! »

Accepter ou refuser : https://app.hublo.com/missions/proposals/58112?utm_source=email

Hublo
""",
)

_al10 = m(
    "kz8t",
    "2025-10-31 06:00",
    "FHF Emploi <alertes@fhf.fr>",
    "Nouvelles offres : Infirmier(e) – Pays de la Loire",
    J("alert", "other"),
    text="""Nouvelles offres correspondant à votre alerte « Infirmier(e) – Pays de la Loire – jour »

• IDE – Consultations externes – Centre hospitalier Sèvre-et-Maine (44)
• IDE – Hôpital de jour – CH Atlantique-Brière (44)
• Infirmier(e) – Équipe mobile de gériatrie – Hôpital local du Layon (49)
• IDE en santé au travail du personnel – CH Yon-Bocage (85)

Voir les offres : https://emploi.fhf.fr/offres?alerte=PDL-IDE-JOUR

Se désinscrire : https://emploi.fhf.fr/candidat/alertes
""",
)

_al11 = m(
    "la1v",
    "2025-11-08 10:10",
    "staffsanté <newsletter@staffsante.fr>",
    "Les offres de la semaine en Pays de la Loire",
    J("alert", "other"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h2 style="color:#00897b">Les offres de la semaine</h2>
<p>Infirmier(e) – Pays de la Loire</p>
<ol>
<li><a href="https://www.staffsante.fr/offre-emploi/ide-ssr-polyvalent-85?utm_source=nl">IDE SSR polyvalent – CDI jour</a> – La Roche-sur-Yon (85)</li>
<li><a href="https://www.staffsante.fr/offre-emploi/ide-dialyse-49?utm_source=nl">IDE dialyse</a> – Cholet (49)</li>
<li><a href="https://www.staffsante.fr/offre-emploi/ide-psychiatrie-44?utm_source=nl">IDE psychiatrie adulte</a> – Blain (44)</li>
</ol>
<p>Et aussi : <i>« Quitter les nuits : 5 métiers infirmiers en horaires de jour »</i> – <a href="https://www.staffsante.fr/blog/quitter-les-nuits?utm_source=nl">lire l'article</a></p>
<p style="font-size:11px;color:#888"><a href="https://www.staffsante.fr/desinscription?nl=1">Se désinscrire</a></p>
</body></html>""",
    headers={"List-Unsubscribe": "<https://www.staffsante.fr/desinscription?nl=1>"},
)

_al12 = m(
    "mb5x",
    "2025-11-15 11:22",
    "Medi'Missions Nantes <nantes@medimissions-interim.example>",
    "Missions de nuit bien rémunérées – Nantes / Saint-Nazaire",
    J("outreach", "agency", None, "IDE en intérim (nuits)"),
    text="""Bonjour Maëlle,

Votre profil d'IDE en chirurgie nous intéresse ! Nous recherchons des infirmier(e)s pour des
missions d'intérim de nuit en cliniques et EHPAD sur Nantes et Saint-Nazaire, dès décembre :

- taux horaire attractif + IFM 10 % + ICCP 10 % ;
- planning à la carte, missions de 1 nuit à 3 mois ;
- frais de déplacement pris en charge au-delà de 30 km.

Intéressée ? Répondez simplement à ce mail ou appelez-nous au 02 40 •• •• 90.

L'équipe Medi'Missions Nantes
Agence d'emploi spécialisée santé

Pour ne plus recevoir nos propositions, répondez STOP.
""",
)

_al13 = m(
    "nc9z",
    "2025-11-16 18:45",
    "Welcome to the Jungle <no-reply@welcometothejungle.com>",
    "Ta candidature chez Hëlios n'est pas terminée",
    J("alert", "other", "Hëlios", "Infirmier·e coordinateur·rice parcours patients"),
    text="""Hello Maëlle,

Tu as commencé à postuler chez Hëlios pour le poste Infirmier·e coordinateur·rice parcours
patients (Nantes) mais ta candidature n'a pas été envoyée.

Il ne manque plus que ta lettre de motivation (optionnelle) et ta validation !

Finaliser ma candidature : https://www.welcometothejungle.com/fr/companies/helios-care/jobs/infirmier-e-coordinateur-rice-parcours-patients_nantes/apply?utm_campaign=draft_reminder

Welcome to the Jungle
""",
)

_al14 = m(
    "od2c",
    "2025-11-22 18:00",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    "De nouvelles offres pour « infirmière coordinatrice »",
    J("alert", "linkedin"),
    text="""De nouvelles offres correspondent à vos préférences

Infirmier(e) coordinateur(trice) – HAD
Hospitalisation à domicile · Saint-Nazaire · il y a 2 jours

IDEC – EHPAD
Bel Âge · Angers · Candidature simplifiée

Infirmière coordinatrice SSIAD
SSIAD Erdre et Gesvres · Nort-sur-Erdre

Voir toutes les offres : https://www.linkedin.com/comm/jobs/search?keywords=infirmi%C3%A8re%20coordinatrice&geoId=104246759

Gérer les alertes : https://www.linkedin.com/comm/jobs/alerts
""",
)

_al15 = m(
    "pe6g",
    "2025-11-29 10:30",
    "HelloWork <enquete@hellowork.com>",
    "Votre avis compte : comment s'est passée votre candidature ?",
    J("other_job", "other"),
    text="""Bonjour Maëlle,

Vous avez récemment postulé via HelloWork. Pourriez-vous nous dire en 1 minute comment s'est
passée votre expérience ? Vos réponses nous aident à améliorer le service.

Répondre au questionnaire : https://survey.hellowork.com/s/candidat-nps?u=77ad12

Merci !
L'équipe HelloWork
""",
)

_al16 = m(
    "qf0k",
    "2025-12-06 08:05",
    "Indeed <alert@indeed.com>",
    "infirmière santé au travail : nouveaux emplois à Nantes (44)",
    J("alert", "indeed"),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#2d2d2d">
<p><b>5 nouveaux emplois</b> pour <i>infirmière santé au travail</i> à Nantes (44)</p>
<p><a href="https://fr.indeed.com/rc/clk?jk=2f8c0a9b7e6d5c41&amp;from=ja">Infirmier(e) Santé au Travail H/F</a><br>Groupe industriel agroalimentaire – Carquefou (44)</p>
<p><a href="https://fr.indeed.com/rc/clk?jk=9a1b2c3d4e5f6071&amp;from=ja">IDEST - CDI</a><br>Service de santé au travail interentreprises – Saint-Herblain (44)</p>
<p><a href="https://fr.indeed.com/rc/clk?jk=0e1d2c3b4a596877&amp;from=ja">Infirmier / Infirmière de santé au travail - Logistique</a><br>Plateforme e-commerce – Montoir-de-Bretagne (44)</p>
<p style="font-size:12px;color:#767676"><a href="https://fr.indeed.com/alerts?from=ja">Gérer vos alertes</a> · <a href="https://fr.indeed.com/alerts/unsubscribe?id=c9d1e2">Se désinscrire</a></p>
</body></html>""",
    headers={"List-Unsubscribe": "<https://fr.indeed.com/alerts/unsubscribe?id=c9d1e2>"},
)

_al17 = m(
    "rg4n",
    "2025-12-13 12:20",
    "Romain Kervella via LinkedIn <inmail-hit-reply@linkedin.com>",
    "Délégué(e) hospitalier(ère) – Grand Ouest",
    J("outreach", "linkedin", "Biolyse Pharma", "Délégué(e) hospitalier(ère) Grand Ouest"),
    text="""Bonjour Maëlle,

Je suis responsable régional chez Biolyse Pharma. Nous recrutons un(e) délégué(e) hospitalier(ère)
pour promouvoir nos solutions de nutrition clinique auprès des services de chirurgie du Grand
Ouest. Les profils infirmiers réussissent très bien chez nous : formation assurée, véhicule de
fonction, variable attractif.

Seriez-vous ouverte à un échange ?

Romain Kervella
Biolyse Pharma

Répondre : https://www.linkedin.com/messaging/thread/2-ZmE0MTYy/?trk=eml-inmail-reply
""",
)

_al18 = m(
    "sh8r",
    "2025-12-20 09:00",
    "Hublo <no-reply@hublo.com>",
    "Fêtes de fin d'année : les établissements ont besoin de vous 🎄",
    J("alert", "other"),
    text="""Bonjour Maëlle,

27 missions sont disponibles près de chez vous entre le 24 décembre et le 2 janvier, dont
12 en horaires de jour.

Voir les missions : https://app.hublo.com/missions?period=fetes&utm_source=email

Joyeuses fêtes,
L'équipe Hublo
""",
)

_al19 = m(
    "ti2u",
    "2026-01-03 10:47",
    "France Travail <ne-pas-repondre@francetravail.fr>",
    "Votre code de vérification",
    J("other_job", "other"),
    text="""Bonjour,

Voici votre code de vérification pour accéder à votre espace personnel France Travail :

    482 917

Ce code est valable 10 minutes. Si vous n'êtes pas à l'origine de cette demande, ignorez ce
message.

France Travail
""",
)

_al21 = m(
    "vk1y",
    "2026-01-21 21:33",
    "Indeed <alert@indeed.com>",
    "Vous ne recevrez plus d'alertes emploi pour « infirmier jour »",
    J("other_job", "indeed"),
    text="""Votre alerte emploi a été supprimée

Vous ne recevrez plus d'e-mails pour « infirmier jour » à Nantes (44).

Vous avez changé d'avis ? Réactivez-la : https://fr.indeed.com/alerts?from=ja_unsub

Indeed
""",
)

_al23 = m(
    "xm9c",
    "2026-02-12 19:26",
    "Gaëlle Fromentin via LinkedIn <inmail-hit-reply@linkedin.com>",
    "Infirmier(e) santé au travail – site d'Ancenis",
    J(
        "outreach",
        "linkedin",
        "Loire Agro Industries",
        "Infirmier(e) de santé au travail – service autonome",
    ),
    text="""Bonjour Maëlle,

Je suis chargée de recrutement chez Loire Agro Industries. Votre profil a retenu mon attention
pour notre poste d'infirmier(e) de santé au travail au sein du service médical autonome de
notre site d'Ancenis (1 200 salariés, horaires de journée).

Auriez-vous quelques minutes cette semaine pour en parler ?

Bien cordialement,
Gaëlle Fromentin
Chargée de recrutement – Loire Agro Industries

Répondre : https://www.linkedin.com/messaging/thread/2-OTMxYzQ0/?trk=eml-inmail-reply
""",
)


MAIL: list[dict[str, Any]] = [
    _pe0, _pe1, _pe2, _pe3,
    _av0, _av1, _av2, _av3,
    _ti1, _ti2,
    _ne1, _ne2,
    _nd1, _nd2,
    _aj1, _aj2,
    _cl1, _cl2,
    _ml1, _ml2, _ml3,
    _pv1, _pv2, _pv3,
    _ox1, _ox2, _ox3,
    _al01, _al02, _al03, _al04, _al05, _al06, _al07, _al08, _al09, _al10, _al11,
    _al12, _al13, _al14, _al15, _al16, _al17, _al18, _al19, _al21, _al23,
]  # fmt: skip

# ruff: noqa: E501, RUF100
"""Corpus 139, job mail part one (data only): see heldout139.py.

Also the corpus's shared helpers: the time zone, ``m()``, the label shorthands, ``reply()`` and the
employer / role constants, which the other data modules import from here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Paris's offset on ``day`` (CEST until the last Sunday of October 2025)."""
    return "+0200" if day < "2025-10-26" else "+0100"


m = partial(dated_spec, tz)


def A(cat: str, co: str, role: str, app: int, src: str, lang: str = "fr") -> tuple[Any, ...]:
    """Application mail."""
    return (cat, co, role, app, src, lang)


def J(
    cat: str, src: str, co: str | None = None, role: str | None = None, lang: str = "fr"
) -> tuple[Any, ...]:
    """Job mail that belongs to no application (alerts, outreach, other job mail)."""
    return (cat, co, role, None, src, lang)


def N(lang: str = "fr") -> tuple[Any, ...]:
    """Mail that is not about jobs."""
    return ("not_job", lang)


def ics(
    uid: str, start: str, summary: str, organizer: tuple[str, str], **kw: Any
) -> dict[str, Any]:
    """A calendar invitation (``start`` as "YYYY-MM-DD HH:MM" plus offset from :func:`tz`)."""
    ev: dict[str, Any] = {
        "uid": uid,
        "start": f"{start}:00 {tz(start[:10])}",
        "summary": summary,
        "organizer": organizer,
    }
    ev.update(kw)
    return ev


def reply(*ids: str) -> dict[str, str]:
    """Threading headers of a reply to the Message-IDs ``ids`` (oldest first)."""
    return {"In-Reply-To": ids[-1], "References": " ".join(ids)}


# Employers as a person would write them, and the roles.
DSP = "Dornic Services Partagés"
DSP1, DSP2 = "Gestionnaire de paie confirmé(e) H/F", "Comptable fournisseurs H/F"
KA, KAR = "Mutuelle Ker Avel", "Gestionnaire paie et administration du personnel H/F"
CHU, CHUR = "CHU de Haute-Bretagne", "Gestionnaire paie – Direction des ressources humaines"
MV, MVR = "Meu-et-Vilaine Agglomération", "Gestionnaire carrière-paie (H/F)"
EV, EVR = "Evanor", "Gestionnaire de paie H/F – Saint-Malo"
KP, KPR = "Kalipaie", "Expert·e paie / Payroll Specialist (full remote)"
TO, TOR = "Technimat Ouest", "Gestionnaire de paie (CDI intérimaire)"
MQ, MQR = "Maison Queffélec", "Responsable paie H/F"
AAC, AACR = "Atlantique Audit & Conseil", "Gestionnaire de paie H/F"
TG, TGR = "Transports Guégan", "Assistant(e) paie et RH H/F"
CL, CLR = "Clinique des Lices", "Responsable administration du personnel H/F"
MH, MHR = "Menuiseries Hamon", "Comptable / gestionnaire paie (H/F)"
NY, NYR = "Nautilis Yachts", "Gestionnaire paie et ADP H/F"
AR, ARR = "Arméa Assurances", "Technicien(ne) paie H/F"
LQ, LQR = "Biscuiterie Le Quéré", "Assistant(e) comptable et paie H/F"
TL, TLR = "Ty Laouen", "Gestionnaire paie (CCN 66) H/F"
LE, LER = "Lemaître Expertise", "Collaborateur paie H/F"
XP, XPR = "ExternaPaie", "Gestionnaire de paie multi-conventions (100 % télétravail)"
OD, ODR = "Océane Distribution", "Contrôleur de gestion sociale H/F"
RV, RVR = "Cabinet Rivoal", "Gestionnaire de paie"
GO, GOR = "Goélette", "Office & HR Admin"

GWEN = ("Gwenaëlle Le Bihan", "gwenaelle.lebihan35@gmail.com")

# --- Transports Guégan (1): HelloWork, then a plain refusal --------------------------------------

_tg1 = m(
    "r7ud2",
    "2025-09-03 21:47",
    "HelloWork <noreply@hellowork.com>",
    "Votre candidature a bien été envoyée !",
    A("confirmation", TG, TGR, 1, "other"),
    html="""<html><body style="font-family:Arial,sans-serif;background:#f4f4f7">
<table width="600" align="center" style="background:#fff"><tr><td style="padding:24px">
<img src="https://www.hellowork.com/img/mail/logo-hw.png" alt="HelloWork" width="140">
<h1 style="font-size:20px;color:#1b1464">Bonjour Gwenaëlle,</h1>
<p>Votre candidature a bien été transmise au recruteur pour l'offre :</p>
<table style="border:1px solid #e3e3ea;border-radius:6px;width:100%"><tr><td style="padding:12px">
<strong>Assistant(e) paie et RH H/F</strong><br>
TRANSPORTS GUEGAN<br>
Le Rheu - 35 · CDI · Temps plein<br>
<span style="color:#777">Candidature envoyée le 03/09/2025 à 21:46</span>
</td></tr></table>
<p>Le recruteur consulte les candidatures au fil de l'eau. Vous serez informé(e) par e-mail si votre
candidature évolue. En attendant, pensez à tenir votre profil à jour : un CV récent augmente vos
chances d'être contacté(e).</p>
<p><a href="https://www.hellowork.com/fr-fr/candidat/candidatures.html?utm_source=transac&amp;utm_medium=email&amp;utm_campaign=confirm_candidature">Suivre mes candidatures</a></p>
<h2 style="font-size:16px">Ces offres peuvent aussi vous intéresser</h2>
<ul>
<li><a href="https://www.hellowork.com/fr-fr/emplois/61234987.html?utm_source=transac">Comptable H/F - Vitré (35) - Intérim</a></li>
<li><a href="https://www.hellowork.com/fr-fr/emplois/61239911.html?utm_source=transac">Gestionnaire de paie H/F - Cesson-Sévigné (35) - CDI</a></li>
<li><a href="https://www.hellowork.com/fr-fr/emplois/61240032.html?utm_source=transac">Assistant administratif RH H/F - Bruz (35) - CDD</a></li>
</ul>
<p style="font-size:11px;color:#999">Vous recevez cet e-mail car vous avez postulé via HelloWork.
HelloWork SAS - 2 rue de la Mabilais, 35000 Rennes. <a href="https://www.hellowork.com/fr-fr/candidat/preferences-email.html">Gérer mes e-mails</a></p>
</td></tr></table></body></html>""",
)

_tg2 = m(
    "b0xq4",
    "2025-09-26 10:12",
    "Service RH - Transports Guégan <rh@transports-guegan.example>",
    "Votre candidature",
    A("rejection", TG, TGR, 1, "direct"),
    """Madame,

Nous avons bien reçu votre candidature au poste d'assistante paie et RH et vous remercions de
l'intérêt que vous portez à notre entreprise.

Après étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne pouvons
donner une suite favorable à votre demande, d'autres profils correspondant davantage à nos
besoins actuels.

Nous conservons toutefois vos coordonnées et ne manquerons pas de revenir vers vous si une
opportunité se présentait.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Le Service des Ressources Humaines
TRANSPORTS GUEGAN SARL
ZA de la Bourdonnais - 35650 Le Rheu
Tél. 02 99 00 00 00
""",
)

# --- Dornic Services Partagés, paie (2): Workday tenant "dornicgroup", the group's careers team ----

_d0 = m(
    "p2wm8",
    "2025-09-07 22:13",
    "Groupe Dornic <dornicgroup@myworkday.com>",
    "Votre compte candidat a été créé",
    J("other_job", "workday", DSP),
    """Bonjour Gwenaëlle,

Votre compte sur le site carrières du Groupe Dornic a bien été créé.

Identifiant : gwenaelle.lebihan35@gmail.com

Vous pouvez dès à présent vous connecter pour suivre vos candidatures, mettre à jour votre profil
et vos documents :
https://dornicgroup.wd3.myworkday.com/fr-FR/Dornic_Careers/login

Si vous n'êtes pas à l'origine de cette création de compte, merci de ne pas tenir compte de ce
message.

Groupe Dornic - Talent Acquisition
Ceci est un message automatique, merci de ne pas y répondre.
""",
)

_d1 = m(
    "h5kt0",
    "2025-09-07 22:31",
    "Groupe Dornic <dornicgroup@myworkday.com>",
    "Groupe Dornic - Candidature reçue : Gestionnaire de paie confirmé(e) H/F",
    A("confirmation", DSP, DSP1, 2, "workday"),
    """Bonjour Gwenaëlle,

Nous vous remercions de l'intérêt que vous portez au Groupe Dornic.

Nous avons bien reçu votre candidature pour le poste suivant :
R-004127 Gestionnaire de paie confirmé(e) H/F
Dornic Services Partagés SAS - Cesson-Sévigné (35)

Notre équipe Talent Acquisition étudie chaque candidature avec attention. Si votre profil
correspond aux attentes du poste, un membre de l'équipe prendra contact avec vous. Vous pouvez
suivre l'avancement de votre candidature à tout moment depuis votre espace candidat.

https://dornicgroup.wd3.myworkday.com/fr-FR/Dornic_Careers/userHome

Bien cordialement,

L'équipe Talent Acquisition
Groupe Dornic

--
Le Groupe Dornic (emballages métalliques et composants industriels, 3 200 collaborateurs, 14 sites
en France et en Europe) traite vos données personnelles dans le cadre de ses processus de
recrutement. Pour exercer vos droits : dpo@groupe-dornic.example
""",
    headers={"X-Workday-Tenant": "dornicgroup"},
)

_d_tc = m(
    "c8ys1",
    "2025-09-08 06:02",
    "Groupe Dornic <dornicgroup@myworkday.com>",
    "Welcome to the Dornic Talent Community",
    J("alert", "workday", DSP, lang="en"),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<div style="max-width:560px;margin:auto">
<img src="https://dornicgroup.wd3.myworkday.com/wday/asset/dornic_banner.png" alt="Dornic Group - Shaping what holds" width="560">
<p>Hi Gwenaëlle,</p>
<p>Thanks for joining the Dornic Talent Community! You will now receive job notifications that
match the preferences you selected:</p>
<ul><li>Job family: Finance / HR Operations</li><li>Location: Bretagne, Pays de la Loire</li></ul>
<p>You can update your preferences or unsubscribe at any time from your candidate home.</p>
<p><a href="https://dornicgroup.wd3.myworkday.com/Dornic_Careers/jobAlerts">Manage my job alerts</a></p>
<p>The Dornic Talent Acquisition Team</p>
</div></body></html>""",
)

_d2 = m(
    "f1ne6",
    "2025-09-18 14:05",
    "Claire Hervouët <claire.hervouet@groupe-dornic.example>",
    "Votre candidature – CSP Paie Cesson",
    A("interview", DSP, DSP1, 2, "direct"),
    """Bonjour Madame Le Bihan,

Je fais suite à votre candidature au poste de gestionnaire de paie confirmé(e) au sein de Dornic
Services Partagés (DSP), la filiale qui porte le Centre de Services Partagés paie et comptabilité
du Groupe à Cesson-Sévigné.

Votre expérience en cabinet sur Silae et ADP nous intéresse et je vous propose un premier échange
téléphonique de 30 minutes le mardi 23 septembre à 11h00. Je vous ai adressé une invitation
Outlook ; n'hésitez pas à me proposer un autre créneau si celui-ci ne vous convient pas.

Je vous appellerai au 06 •• •• •• 41.

Bien cordialement,

Claire Hervouët
Chargée de recrutement - Fonctions support
GROUPE DORNIC
1 rue des Forges, 35510 Cesson-Sévigné
www.groupe-dornic.example
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000D0A9B1C2F128DC01000000000000000010000000A3F",
        "2025-09-23 11:00",
        "Entretien téléphonique - G. Le Bihan / CSP Paie",
        ("Claire Hervouët", "claire.hervouet@groupe-dornic.example"),
        style="outlook",
        minutes=30,
        location="Téléphone",
    ),
)

_d3 = m(
    "u6aj3",
    "2025-09-24 09:40",
    "Claire Hervouët <claire.hervouet@groupe-dornic.example>",
    "RE: Votre candidature – CSP Paie Cesson",
    A("interview", DSP, DSP1, 2, "direct"),
    """Bonjour Gwenaëlle,

Merci encore pour notre échange d'hier, très agréable.

Comme convenu, je vous propose de rencontrer Yannick Le Corre, responsable du CSP Paie (6
gestionnaires, environ 2 100 bulletins par mois sur 9 sociétés du Groupe), ainsi que moi-même,
le mardi 30 septembre à 14h00 dans nos locaux de Cesson-Sévigné (accueil bâtiment B, parking
visiteurs à gauche en entrant).

Prévoyez environ 1h15. L'invitation suit.

Belle journée,
Claire

Claire Hervouët | Chargée de recrutement | Groupe Dornic
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000E1B2C3D4F228DC01000000000000000010000000B7C",
        "2025-09-30 14:00",
        "Entretien DSP - Gwenaëlle Le Bihan (Y. Le Corre / C. Hervouët)",
        ("Claire Hervouët", "claire.hervouet@groupe-dornic.example"),
        style="outlook",
        minutes=75,
        location="Groupe Dornic - 1 rue des Forges, Cesson-Sévigné - Bât. B, salle Iroise",
        attendees=[("Yannick Le Corre", "yannick.lecorre@groupe-dornic.example")],
    ),
    **reply(_d2["id"]),
)

_d4 = m(
    "z3ph7",
    "2025-10-14 16:52",
    "Groupe Dornic <dornicgroup@myworkday.com>",
    "Suite de votre candidature",
    A("rejection", DSP, DSP1, 2, "workday"),
    """Bonjour Gwenaëlle,

Nous tenons tout d'abord à vous remercier pour le temps que vous nous avez consacré lors de nos
échanges. Votre parcours en cabinet, votre maîtrise de la DSN et votre aisance relationnelle ont
été très appréciés par Yannick et par l'ensemble des interlocuteurs que vous avez rencontrés.

Après une réflexion approfondie, nous avons toutefois choisi de poursuivre avec un(e) candidat(e)
disposant d'une expérience plus longue sur ADP GXP en environnement multi-sociétés, critère
déterminant pour ce poste.

Ce choix a été difficile. Nous vous invitons à rester attentive aux offres du Groupe : d'autres
postes s'ouvriront prochainement au sein de nos équipes support.

Nous vous souhaitons pleine réussite dans vos projets.

L'équipe Talent Acquisition
Groupe Dornic

Réf. : R-004127
""",
)

# --- Atlantique Audit & Conseil (3): Indeed, viewed, then nothing -----------------------------------

_aa1 = m(
    "w9cd5",
    "2025-09-10 12:31",
    "Indeed <indeedapply@indeed.com>",
    "Candidature envoyée : Gestionnaire de paie H/F",
    A("confirmation", AAC, AACR, 3, "indeed"),
    html="""<html><body style="font-family:'Noto Sans',Helvetica,Arial,sans-serif;color:#2d2d2d">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="520"><tr><td>
<img src="https://www.indeed.com/images/indeed-logo-mail.png" alt="Indeed" width="90">
<p style="font-size:20px;font-weight:bold">Candidature envoyée</p>
<p>Gestionnaire de paie H/F<br>Atlantique Audit &amp; Conseil - Nantes (44)</p>
<p>Les éléments suivants ont été envoyés à Atlantique Audit &amp; Conseil :</p>
<ul><li>Coordonnées</li><li>CV (CV_Gwenaelle_LeBihan_2025.pdf)</li><li>Réponses aux questions de l'employeur</li></ul>
<p>Conseil : les employeurs répondent plus souvent aux candidats qui ont postulé il y a moins d'une
semaine. Continuez à postuler !</p>
<p><a href="https://fr.indeed.com/myjobs?from=appsent_mail&amp;tk=1h7s2q">Voir vos candidatures</a></p>
<hr style="border:none;border-top:1px solid #e4e2e0">
<p style="font-size:11px;color:#767676">Indeed ne garantit pas que l'employeur consultera votre
candidature. © 2025 Indeed - <a href="https://fr.indeed.com/legal">Conditions d'utilisation</a> -
<a href="https://fr.indeed.com/legal/privacy">Confidentialité</a></p>
</td></tr></table></td></tr></table></body></html>""",
)

_aa2 = m(
    "j4ro1",
    "2025-09-18 08:02",
    "Indeed <donotreply@match.indeed.com>",
    "Bonne nouvelle ! Votre candidature a été consultée",
    A("viewed", AAC, AACR, 3, "indeed"),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<div style="max-width:520px;margin:auto">
<p>Bonjour Gwenaëlle,</p>
<p><b>Atlantique Audit &amp; Conseil</b> a consulté votre candidature pour le poste de
<b>Gestionnaire de paie H/F</b> à Nantes (44).</p>
<p>Cela ne signifie pas forcément que l'employeur va vous contacter, mais c'est bon signe.</p>
<p><a href="https://fr.indeed.com/myjobs?from=viewed_mail">Voir le statut de ma candidature</a></p>
<p style="font-size:11px;color:#888">Vous recevez ce message car vous avez postulé sur Indeed.
<a href="https://fr.indeed.com/settings/email">Se désabonner</a></p>
</div></body></html>""",
)

# --- Biscuiterie Le Quéré (4): Flatchr, interview in Saint-Malo, refusal with praise ---------------

_lq1 = m(
    "e2gi9",
    "2025-09-11 19:20",
    "Biscuiterie Le Quéré <no-reply@flatchr.io>",
    "Confirmation de candidature – Assistant(e) comptable et paie H/F",
    A("confirmation", LQ, LQR, 4, "other"),
    """Bonjour Gwenaëlle,

Nous avons bien reçu votre candidature pour le poste d'Assistant(e) comptable et paie H/F basé à
Saint-Malo (35) et vous en remercions.

Notre équipe prendra le temps de l'étudier avec attention et reviendra vers vous dans les
meilleurs délais.

À bientôt,
L'équipe Le Quéré

Depuis 1931, la Biscuiterie Le Quéré fabrique à Saint-Malo ses galettes et palets pur beurre.

--
Envoyé via Flatchr - https://lequere-fils.flatchr.io
""",
    html="""<html><body style="font-family:Georgia,serif;color:#3b2a1a">
<p><img src="https://cdn.flatchr.io/companies/lequere-fils/logo.png" alt="Le Quéré - Biscuiterie malouine" width="160"></p>
<p>Bonjour Gwenaëlle,</p>
<p>Nous avons bien reçu votre candidature pour le poste d'<b>Assistant(e) comptable et paie H/F</b>
basé à Saint-Malo (35) et vous en remercions.</p>
<p>Notre équipe prendra le temps de l'étudier avec attention et reviendra vers vous dans les
meilleurs délais.</p>
<p>À bientôt,<br>L'équipe Le Quéré</p>
<p style="font-size:12px;color:#8a7a6a">Depuis 1931, la Biscuiterie Le Quéré fabrique à Saint-Malo
ses galettes et palets pur beurre.</p>
<p style="font-size:10px;color:#aaa">Envoyé via <a href="https://www.flatchr.io">Flatchr</a></p>
</body></html>""",
)

_lq2 = m(
    "s8ml2",
    "2025-09-22 11:03",
    "Maëlys Rouxel via Flatchr <no-reply@flatchr.io>",
    "Invitation à un entretien – Biscuiterie Le Quéré",
    A("interview", LQ, LQR, 4, "other"),
    """Bonjour Gwenaëlle,

Votre profil a retenu toute notre attention ! Je vous propose de nous rencontrer pour un entretien
avec Hervé Le Quéré (directeur administratif et financier) et moi-même :

Vendredi 26 septembre 2025 à 10h00
Biscuiterie Le Quéré - 4 rue de la Grassinais, ZA de la Madeleine, 35400 Saint-Malo

Merci de confirmer votre présence en répondant à l'invitation ci-jointe.

Maëlys Rouxel
Responsable RH
m.rouxel@lequere-biscuits.example - 02 99 •• •• 12
""",
    reply_to="Maëlys Rouxel <m.rouxel@lequere-biscuits.example>",
    ics=ics(
        "flatchr-itw-88412-2025@flatchr.io",
        "2025-09-26 10:00",
        "Entretien Gwenaëlle Le Bihan - Assistant(e) comptable et paie",
        ("Maëlys Rouxel", "m.rouxel@lequere-biscuits.example"),
        minutes=60,
        location="Biscuiterie Le Quéré, 4 rue de la Grassinais, 35400 Saint-Malo",
        description="Entretien avec Hervé Le Quéré (DAF) et Maëlys Rouxel (RH).",
    ),
)

_lq3 = m(
    "n5fw0",
    "2025-10-07 17:40",
    "Maëlys Rouxel <m.rouxel@lequere-biscuits.example>",
    "Suite à notre rencontre",
    A("rejection", LQ, LQR, 4, "direct"),
    """Bonjour Gwenaëlle,

Encore merci d'avoir fait la route jusqu'à Saint-Malo pour nous rencontrer. Hervé et moi avons
beaucoup apprécié votre rigueur et votre bonne humeur, et votre connaissance de Silae aurait été
un vrai plus.

Nous avons cependant fait le choix d'une candidate déjà en poste dans l'agroalimentaire, qui
connaît la convention collective de la biscuiterie et pourra être opérationnelle sur la
comptabilité fournisseurs dès son arrivée. C'est donc une réponse négative, et je sais que ce
n'est jamais agréable à lire.

Je me permets de garder votre CV : nous aurons peut-être un besoin en paie pure l'an prochain.

Bonne continuation,

Maëlys Rouxel
Responsable RH
SAS Le Quéré & Fils - Biscuiterie Le Quéré
""",
    **reply("<flatchr.msg.88412.2@flatchr.io>"),
)

# --- Evanor, first application (5): SmartRecruiters tenant "EvanorSCA", filled internally --------

_ev1 = m(
    "y7bv4",
    "2025-09-15 07:55",
    "Evanor <noreply@smartrecruiters.com>",
    "Merci pour votre candidature chez Evanor",
    A("confirmation", EV, EVR, 5, "smartrecruiters"),
    html="""<html><body style="font-family:Arial,sans-serif;color:#333">
<table width="600" align="center"><tr><td>
<img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/EvanorSCA/logo.png" alt="Evanor" height="48">
<p>Bonjour Gwenaëlle,</p>
<p>Merci d'avoir postulé au poste <b>Gestionnaire de paie H/F – Saint-Malo</b>.</p>
<p>Notre équipe Ressources Humaines étudie votre candidature. Si votre profil correspond à nos
attentes, nous vous contacterons pour la suite du processus.</p>
<p>Evanor, c'est une coopérative agricole de 5 800 adhérents et un groupe agroalimentaire de 4 000
salariés en Bretagne et Pays de la Loire : lait, viandes, nutrition animale et jardineries.</p>
<p>Cordialement,<br>L'équipe Recrutement Evanor</p>
<p style="font-size:11px;color:#888">Evanor SCA - Coopérative agricole à capital variable - Siège : Plérin (22).<br>
Powered by <a href="https://www.smartrecruiters.com">SmartRecruiters</a> ·
<a href="https://jobs.smartrecruiters.com/EvanorSCA/privacy-policy">Politique de confidentialité</a></p>
</td></tr></table></body></html>""",
)

_ev2 = m(
    "q1dh8",
    "2025-10-09 15:20",
    "Evanor <noreply@smartrecruiters.com>",
    "Information concernant votre candidature",
    A("rejection", EV, EVR, 5, "smartrecruiters"),
    html="""<html><body style="font-family:Arial,sans-serif;color:#333">
<table width="600" align="center"><tr><td>
<img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/EvanorSCA/logo.png" alt="Evanor" height="48">
<p>Bonjour Gwenaëlle,</p>
<p>Nous vous remercions pour l'intérêt que vous avez porté au poste de Gestionnaire de paie H/F à
Saint-Malo.</p>
<p>Nous vous informons que ce poste a été pourvu par mobilité interne. Nous ne sommes donc pas en
mesure de donner une suite favorable à votre candidature.</p>
<p>Nous vous souhaitons une bonne continuation dans vos recherches et espérons avoir l'occasion de
recevoir à nouveau votre candidature.</p>
<p>L'équipe Recrutement Evanor</p>
<p style="font-size:11px;color:#888">Powered by SmartRecruiters</p>
</td></tr></table></body></html>""",
)

_ev_vivier = m(
    "x0ka6",
    "2025-10-10 09:00",
    "Evanor <noreply@smartrecruiters.com>",
    "Bienvenue dans notre vivier de candidats",
    J("alert", "smartrecruiters", EV),
    """Bonjour Gwenaëlle,

Vous faites désormais partie du vivier de candidats Evanor. Nous vous informerons des nouvelles
offres correspondant à vos centres d'intérêt (Finance - Comptabilité, Ressources humaines) sur
nos sites de Bretagne.

Vous pouvez modifier vos préférences ou quitter le vivier à tout moment :
https://jobs.smartrecruiters.com/EvanorSCA/talent-community/preferences

L'équipe Recrutement Evanor
""",
)

# --- Menuiseries Hamon (6): France Travail, the gérant writes from wanadoo ---------------------------

_mh1 = m(
    "l3ty7",
    "2025-09-17 20:10",
    "France Travail <ne-pas-repondre@francetravail.fr>",
    "Votre candidature a bien été envoyée",
    A("confirmation", MH, MHR, 6, "other"),
    html="""<html><body style="font-family:Marianne,Arial,sans-serif">
<table width="600" align="center"><tr><td>
<img src="https://www.francetravail.fr/files/live/sites/PE/files/logo-ft-mail.png" alt="France Travail" width="160">
<p>Bonjour Gwenaëlle LE BIHAN,</p>
<p>Votre candidature à l'offre suivante a bien été transmise au recruteur :</p>
<p style="background:#f0f3fa;padding:12px"><b>Comptable / gestionnaire paie (H/F)</b><br>
Offre n° 196QKLM - MENUISERIES HAMON - 35 - COMBOURG<br>
Contrat à durée indéterminée - 35H Horaires normaux</p>
<p>Le recruteur pourra vous contacter directement par téléphone ou par e-mail.</p>
<p>Retrouvez l'ensemble de vos candidatures dans votre espace personnel, rubrique « Mes
candidatures ».</p>
<p><a href="https://candidat.francetravail.fr/candidatures">Accéder à mon espace</a></p>
<p style="font-size:11px;color:#666">Ceci est un message automatique. Merci de ne pas y répondre.
France Travail - Direction régionale Bretagne.</p>
</td></tr></table></body></html>""",
)

_mh2 = m(
    "v6sg2",
    "2025-10-01 18:47",
    "Menuiseries Hamon <menuiseries.hamon@wanadoo.fr>",
    "candidature comptable",
    A("interview", MH, MHR, 6, "direct"),
    """Bonjour Madame Le Bihan

Suite a votre candidature par France Travail je vous propose de venir nous rencontrer a l'atelier
le vendredi 10 octobre a 14h, si cela vous convient.

Adresse : 12 route de Dingé 35270 Combourg (grand bâtiment bleu après le rond point)

Merci de me confirmer par retour de mail ou par téléphone au 02 99 •• •• 07.

Cordialement

Patrick Hamon
Gérant
SARL Menuiseries Hamon - menuiserie bois et alu depuis 1978
""",
)

_mh3 = m(
    "k2xv5",
    "2025-10-17 12:15",
    "Menuiseries Hamon <menuiseries.hamon@wanadoo.fr>",
    "RE: candidature comptable",
    A("rejection", MH, MHR, 6, "direct"),
    """Bonjour Madame,

Merci d'être venue vendredi dernier. Nous avons finalement retenu une personne de Combourg, plus
proche de l'entreprise, qui connaît déjà notre logiciel de gestion.

Je vous souhaite bonne chance pour la suite.

Cordialement

P. Hamon

-----Message d'origine-----
De : Gwenaëlle Le Bihan [mailto:gwenaelle.lebihan35@gmail.com]
Envoyé : jeudi 2 octobre 2025 07:58
À : Menuiseries Hamon
Objet : Re: candidature comptable

Bonjour Monsieur Hamon,

Je vous confirme ma venue le vendredi 10 octobre à 14h. Merci pour votre retour.

Bien cordialement,
Gwenaëlle Le Bihan
""",
    **reply(_mh2["id"], "<CAF3kq9P2Lh0gw+W1x@mail.gmail.com>"),
)

# --- Nautilis Yachts (7): LinkedIn Easy Apply, viewed, then silence --------------------------------

_ny1 = m(
    "g8pe3",
    "2025-09-22 13:14",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Gwenaëlle, votre candidature a été envoyée à Nautilis Yachts",
    A("confirmation", NY, NYR, 7, "linkedin"),
    html="""<html><body style="font-family:-apple-system,system-ui,'Segoe UI',Roboto,Arial,sans-serif;color:#000000e6">
<table width="512" align="center"><tr><td>
<img src="https://static.licdn.com/aero-v1/sc/h/logo-mail.png" alt="LinkedIn" width="84">
<h2 style="font-size:20px">Votre candidature a été envoyée à Nautilis Yachts</h2>
<table><tr><td><img src="https://media.licdn.com/dms/image/nautilis-logo.png" alt="Nautilis Yachts" width="48"></td>
<td><b>Gestionnaire paie et ADP H/F</b><br>Nautilis Yachts · Nantes, Pays de la Loire, France<br>
<span style="color:#666">Candidature envoyée le 22 sept. 2025</span></td></tr></table>
<p><a href="https://www.linkedin.com/jobs/view/4301928374/?trk=eml-jymbii-application_confirm">Voir l'offre</a></p>
<p style="font-size:12px;color:#666">Vous pouvez suivre vos candidatures dans « Mes offres d'emploi ».</p>
<p style="font-size:11px;color:#999">Cet e-mail était destiné à Gwenaëlle Le Bihan (Gestionnaire de paie chez Lorans &amp; Associés).
<a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Se désabonner</a> ·
LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p>
</td></tr></table></body></html>""",
)

_ny2 = m(
    "d4ui6",
    "2025-09-29 09:30",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Votre candidature pour le poste Gestionnaire paie et ADP H/F a été consultée",
    A("viewed", NY, NYR, 7, "linkedin"),
    html="""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif">
<table width="512" align="center"><tr><td>
<p>Gwenaëlle,</p>
<p>Votre candidature a été consultée par Nautilis Yachts.</p>
<p><b>Gestionnaire paie et ADP H/F</b><br>Nautilis Yachts · Nantes</p>
<p><a href="https://www.linkedin.com/jobs/view/4301928374/?trk=eml-application_viewed">Voir l'offre</a></p>
<p style="font-size:11px;color:#999"><a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Se désabonner</a> ·
LinkedIn Ireland Unlimited Company</p>
</td></tr></table></body></html>""",
)

# --- CHU de Haute-Bretagne (8): application by e-mail to the DRH, jury, then on hold ----------------

_chu1 = m(
    "t0bm9",
    "2025-09-24 10:01",
    "DRH - Recrutement <recrutement.drh@chu-hautebretagne.example>",
    "Accusé de réception",
    A("confirmation", CHU, CHUR, 8, "direct"),
    """Madame, Monsieur,

Nous accusons réception de votre candidature, qui a été enregistrée par la Direction des
Ressources Humaines et des Relations Sociales du CHU de Haute-Bretagne sous le numéro 25-0917.

Poste : Gestionnaire paie (H/F) - DRH - Cellule paie et rémunérations
Statut : contractuel de droit public (CDD de 1 an renouvelable, catégorie B, grille des adjoints
des cadres hospitaliers)

Votre dossier sera examiné par le service concerné. En l'absence de réponse de notre part dans
un délai de deux mois, vous pourrez considérer que votre candidature n'a pas été retenue.

Ce message est généré automatiquement, merci de ne pas y répondre.

Centre Hospitalier Universitaire de Haute-Bretagne
Direction des Ressources Humaines et des Relations Sociales
Site de la Prévalaye - 35000 Rennes
""",
    headers={"Auto-Submitted": "auto-generated"},
)

_chu2 = m(
    "a5ke1",
    "2025-10-16 15:33",
    "Sandrine Kerhervé <sandrine.kerherve@chu-hautebretagne.example>",
    "Convocation – entretien de recrutement gestionnaire paie",
    A("interview", CHU, CHUR, 8, "direct"),
    """Madame,

Suite à l'examen de votre candidature (dossier n° 25-0917), j'ai le plaisir de vous convier à un
entretien de recrutement pour le poste de gestionnaire paie au sein de la cellule paie et
rémunérations de la DRH :

Jeudi 23 octobre 2025 à 9h15
Site de la Prévalaye - Bâtiment Direction, 2e étage, salle du Conseil

Le jury sera composé de Mme Pichon, attachée d'administration hospitalière, responsable de la
cellule paie, de Mme Le Roux, adjointe des cadres, et de moi-même. L'entretien durera 45 minutes
environ, dont une courte mise en situation sur un bulletin (indemnité de résidence, NBI, SFT).

Merci de vous munir d'une pièce d'identité et de me confirmer votre présence par retour de mail.
Vous trouverez votre convocation en pièce jointe.

Cordialement,

Sandrine Kerhervé
Chargée de recrutement - Pôle emploi et compétences
DRH - CHU de Haute-Bretagne
Tél. 02 99 •• •• 86
""",
    attach=[
        (
            "Convocation_entretien_25-0917.pdf",
            "application/pdf",
            "%PDF-1.4\n% Convocation entretien de recrutement - dossier 25-0917\n%%EOF\n",
        )
    ],
)

_chu3 = m(
    "o9qc4",
    "2025-11-07 11:20",
    "Sandrine Kerhervé <sandrine.kerherve@chu-hautebretagne.example>",
    "Recrutement gestionnaire paie DRH",
    A("confirmation", CHU, CHUR, 8, "direct"),
    """Madame,

Je reviens vers vous à la suite de votre entretien du 23 octobre dernier.

Le jury a émis un avis favorable à votre candidature. Toutefois, le recrutement sur ce poste est
suspendu dans l'attente des arbitrages budgétaires de l'établissement (EPRD 2026) et de la
validation du tableau des emplois par la Direction générale. Nous ne sommes donc pas en mesure,
à ce jour, de vous faire une proposition.

Je ne manquerai pas de revenir vers vous dès que la situation sera clarifiée, au plus tard fin
janvier. Votre candidature reste active d'ici là.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Sandrine Kerhervé
Chargée de recrutement - DRH
CHU de Haute-Bretagne
""",
    st="on_hold",
)

# --- Meu-et-Vilaine Agglomération (9): emploi-territorial, jury, a titulaire is preferred -----------

_mv1 = m(
    "i6wn8",
    "2025-10-01 08:12",
    "Emploi Territorial <ne-pas-repondre@emploi-territorial.fr>",
    "Confirmation de l'envoi de votre candidature",
    A("confirmation", MV, MVR, 9, "other"),
    """Bonjour,

Votre candidature a bien été envoyée à la collectivité pour l'offre suivante :

Référence : O035250900123456
Intitulé : Gestionnaire carrière-paie (h/f)
Collectivité : MEU-ET-VILAINE AGGLOMERATION (35)
Grades : Adjoint administratif principal de 2ème classe, Rédacteur, Rédacteur principal de 2ème
classe
Date limite de candidature : 10/10/2025

Nous vous rappelons que le poste est ouvert aux fonctionnaires (mutation, détachement, liste
d'aptitude) et, à défaut, aux contractuels (article L.332-14 du code général de la fonction
publique).

Vous pouvez suivre vos candidatures dans votre espace candidat.

Emploi Territorial - la bourse de l'emploi des collectivités territoriales
Ce message vous est envoyé automatiquement, merci de ne pas y répondre.
""",
)

_mv2 = m(
    "m3ay0",
    "2025-10-22 16:45",
    "Direction des Ressources Humaines <drh@meu-vilaine-agglo.example>",
    "Convocation à un entretien – Réf. 2025-42 gestionnaire carrière-paie",
    A("interview", MV, MVR, 9, "direct"),
    """Madame,

Vous avez fait acte de candidature sur le poste de gestionnaire carrière-paie au sein de la
Direction des ressources humaines et nous vous en remercions.

J'ai le plaisir de vous informer que vous êtes convoquée à un entretien devant le jury de
recrutement le :

jeudi 30 octobre 2025 à 9h30
Hôtel communautaire - 2 rue de la Gare, 35160 Montfort-sur-Meu - salle Brocéliande

Le jury sera composé du Vice-président en charge des ressources humaines, de la Directrice des
ressources humaines et de la responsable du service carrière-paie. Une invitation vous est
adressée pour faciliter votre organisation.

En cas d'empêchement, merci de prévenir le secrétariat de la DRH au 02 99 •• •• 30.

Pour le Président et par délégation,
La Directrice des ressources humaines,
Anne-Sophie Derrien

Meu-et-Vilaine Agglomération - Communauté d'agglomération
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000F5C1A9E2E747DC01000000000000000010000000C20",
        "2025-10-30 09:30",
        "Jury de recrutement - gestionnaire carrière-paie - Mme LE BIHAN",
        ("DRH Meu-et-Vilaine Agglomération", "drh@meu-vilaine-agglo.example"),
        style="outlook",
        minutes=45,
        location="Hôtel communautaire, Montfort-sur-Meu - salle Brocéliande",
    ),
)

_mv3 = m(
    "c1rz3",
    "2025-11-06 10:09",
    "Direction des Ressources Humaines <drh@meu-vilaine-agglo.example>",
    "Votre candidature – Réf. 2025-42",
    A("rejection", MV, MVR, 9, "direct"),
    """Madame,

Pour faire suite à votre entretien du 30 octobre dernier, j'ai le regret de vous informer que le
jury a porté son choix sur un agent titulaire du grade de rédacteur, recruté par voie de
mutation. Conformément aux règles de la fonction publique territoriale, le recrutement d'un
agent contractuel sur un emploi permanent ne peut intervenir qu'à défaut de candidat
fonctionnaire répondant au profil.

Le jury a néanmoins souligné la qualité de votre préparation et votre solide expérience de la paie
en secteur privé. Je vous encourage vivement à vous présenter au concours de rédacteur
territorial organisé par le Centre de gestion d'Ille-et-Vilaine, qui vous ouvrirait plus
largement les portes des collectivités.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Anne-Sophie Derrien
Directrice des ressources humaines
Meu-et-Vilaine Agglomération
""",
    **reply(_mv2["id"]),
)

# --- Cabinet Rivoal (10): a spontaneous application answered from orange.fr -------------------------

_rv1 = m(
    "f7jd2",
    "2025-10-02 21:36",
    "Jean-Yves Rivoal <jy.rivoal@orange.fr>",
    "Re: Candidature spontanée - Gestionnaire de paie",
    A("rejection", RV, RVR, 10, "direct"),
    """Bonsoir Madame,

Merci pour votre envoi et pour votre lettre, très claire.

Pour l'instant notre pôle social est au complet (deux collaboratrices pour environ 450 bulletins)
et je n'ai pas de poste à vous proposer. Je garde néanmoins votre CV sous le coude : le cabinet
grossit et la situation peut évoluer l'an prochain.

Bien à vous,

Jean-Yves Rivoal
Expert-comptable - Commissaire aux comptes
Cabinet Rivoal - 8 boulevard Féart, 35800 Dinard

Le 29/09/2025 à 20:14, Gwenaëlle Le Bihan a écrit :
> Monsieur,
>
> Gestionnaire de paie depuis huit ans en cabinet d'expertise comptable à Rennes (portefeuille de
> 35 dossiers, Silae et ADP, DSN mensuelles et événementielles), je souhaite me rapprocher de la
> Côte d'Émeraude et me permets de vous adresser ma candidature spontanée.
>
> Vous trouverez ci-joint mon CV. Je reste à votre disposition pour un échange.
>
> Bien cordialement,
> Gwenaëlle Le Bihan
> 06 •• •• •• 41
""",
    **reply("<CAF3kq9M0rv1Wx7=tB@mail.gmail.com>"),
)

# --- Clinique des Lices (11): APEC to the old free.fr address, forwarded; then "lue" ---------------

_cl1 = m(
    "p9ic1",
    "2025-10-06 13:42",
    "Gwenaëlle Le Bihan <gwen.lebihan@free.fr>",
    "TR: Apec - Confirmation de votre candidature",
    A("confirmation", CL, CLR, 11, "other"),
    """

----- Mail transféré -----
De: "Apec" <ne-pas-repondre@apec.fr>
À: gwen.lebihan@free.fr
Envoyé: Lundi 6 Octobre 2025 13:30:12
Objet: Apec - Confirmation de votre candidature

Bonjour Gwenaëlle Le Bihan,

Votre candidature à l'offre « Responsable administration du personnel H/F » (réf. 177234590W)
publiée par CLINIQUE DES LICES à Rennes (35) a bien été envoyée.

Vous pouvez retrouver cette candidature et suivre son statut dans votre espace Apec, rubrique
« Mes candidatures ».

Bonne chance !
L'équipe Apec

Apec - Association pour l'emploi des cadres - www.apec.fr
""",
    to="Gwenaëlle Le Bihan <gwenaelle.lebihan35@gmail.com>",
)

_cl2 = m(
    "h2ol7",
    "2025-10-13 07:15",
    "Apec <ne-pas-repondre@apec.fr>",
    "Votre candidature a été lue par le recruteur",
    A("viewed", CL, CLR, 11, "other"),
    html="""<html><body style="font-family:Arial,sans-serif">
<table width="600" align="center"><tr><td>
<img src="https://www.apec.fr/files/live/mounts/images/logo-apec-mail.png" alt="Apec" width="100">
<p>Bonjour,</p>
<p>Bonne nouvelle : le recruteur a lu votre candidature à l'offre <b>Responsable administration du
personnel H/F</b> (CLINIQUE DES LICES - Rennes).</p>
<p><a href="https://www.apec.fr/candidat/mon-espace/mes-candidatures.html">Suivre mes candidatures</a></p>
<p style="font-size:11px;color:#777">Pour ne plus recevoir ces notifications, modifiez vos préférences dans votre espace Apec.</p>
</td></tr></table></body></html>""",
)

# --- Technimat Ouest (12): a temping agency, client named a week later ------------------------------

_to0 = m(
    "w1nb6",
    "2025-09-29 10:20",
    "Nolwenn Guillou <nolwenn.guillou@interim-ouest.example>",
    "Opportunité CDI intérimaire – gestionnaire de paie – Rennes Est",
    J("outreach", "agency", None, TOR),
    """Bonjour Gwenaëlle,

Je suis consultante chez Interim'Ouest, agence de Rennes Saint-Grégoire. Votre CV est remonté
dans notre base (vous vous étiez inscrite chez nous en 2019, je crois !) et je me permets de vous
contacter pour une opportunité :

- Gestionnaire de paie H/F en CDI intérimaire (vous êtes salariée en CDI par Interim'Ouest et
  mise à disposition de notre client, avec garantie de rémunération entre les missions)
- Client : PME industrielle de 180 salariés, Rennes Est, convention de la métallurgie
- Paie sous Sage, DSN, gestion des absences et des IJSS, interface avec l'expert-comptable
- 32 à 35 k€ selon profil + tickets restaurant + prime de fin d'année

Seriez-vous disponible pour un échange téléphonique cette semaine ?

Belle journée,

Nolwenn Guillou
Consultante recrutement - Fonctions tertiaires
Interim'Ouest Rennes Saint-Grégoire
06 •• •• •• 93
""",
)

_to1 = m(
    "b6dt0",
    "2025-10-02 17:58",
    "Interim'Ouest <noreply@interim-ouest.example>",
    "Finalisez votre dossier candidat",
    J("other_job", "agency"),
    """Bonjour Gwenaëlle,

Merci pour votre inscription chez Interim'Ouest !

Pour que votre consultante puisse vous proposer à nos clients, il ne manque plus que quelques
pièces à déposer dans votre espace intérimaire :

- pièce d'identité (recto/verso)
- carte Vitale ou attestation de droits
- RIB
- justificatif de domicile de moins de 3 mois

Déposer mes documents : https://monespace.interim-ouest.example/documents

À très vite,
L'équipe Interim'Ouest
""",
)

_to2 = m(
    "r4vk8",
    "2025-10-08 09:12",
    "Nolwenn Guillou <nolwenn.guillou@interim-ouest.example>",
    "Entretien client jeudi – Technimat Ouest",
    A("interview", TO, TOR, 12, "agency"),
    """Bonjour Gwenaëlle,

Bonne nouvelle : le client souhaite vous rencontrer ! Je peux maintenant vous le dire, il s'agit
de Technimat Ouest (TMO), fabricant de machines de conditionnement à Noyal-sur-Vilaine.

Entretien avec Mme Béatrice Lemoine, RRH, le jeudi 16 octobre à 9h30 :
Technimat Ouest, ZA du Bois de Sœuvres, 35530 Noyal-sur-Vilaine (accueil usine, badge visiteur).

Je vous appelle demain pour le débrief de préparation (ils vont sûrement vous demander comment
vous gérez les absences et la subrogation).

Nolwenn
Interim'Ouest - Agence de Rennes Saint-Grégoire
""",
)

_to3 = m(
    "e9lm5",
    "2025-10-21 18:05",
    "Nolwenn Guillou <nolwenn.guillou@interim-ouest.example>",
    "Re: Entretien client jeudi – Technimat Ouest",
    A("rejection", TO, TOR, 12, "agency"),
    """Re-bonjour Gwenaëlle,

Comme je vous le disais au téléphone : TMO a finalement décidé de pourvoir le poste en recrutant
directement en CDI une personne de leur réseau, ils ne passeront donc pas par un CDI intérimaire.
Ce n'est pas lié à votre entretien, Mme Lemoine vous a trouvée très pro.

Je garde votre dossier actif et je reviens vers vous dès que j'ai autre chose en paie.

Nolwenn

Envoyé de mon iPhone
""",
    **reply(_to2["id"]),
)

MAIL: list[dict[str, Any]] = [
    _tg1,
    _tg2,
    _d0,
    _d1,
    _d_tc,
    _d2,
    _d3,
    _d4,
    _aa1,
    _aa2,
    _lq1,
    _lq2,
    _lq3,
    _ev1,
    _ev2,
    _ev_vivier,
    _mh1,
    _mh2,
    _mh3,
    _ny1,
    _ny2,
    _chu1,
    _chu2,
    _chu3,
    _mv1,
    _mv2,
    _mv3,
    _rv1,
    _cl1,
    _cl2,
    _to0,
    _to1,
    _to2,
    _to3,
]

# ruff: noqa: E501, RUF100
"""Corpus 125, job mail part one (data only): see heldout125.py.

Also the corpus's shared helpers: the time zone, ``m()``, the label shorthands and the employer /
role constants, which the other data modules import from here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Montréal's offset on ``day`` (EDT until the first Sunday of November 2025, then EST)."""
    return "-0400" if day < "2025-11-02" else "-0500"


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


def mid(key: str, when: str, frm: str, subject: str) -> str:
    """The Message-ID :func:`m` gives a message (for the replies that quote it)."""
    domain = frm.rsplit("@", 1)[1].rstrip(">")
    return f"<{key}.{when[:10].replace('-', '')}.{len(subject)}@{domain}>"


def re_(*ids: str) -> dict[str, str]:
    """Threading headers of a reply to the last of ``ids`` (the whole chain in References)."""
    return {"In-Reply-To": ids[-1], "References": " ".join(ids)}


SQ, SQR = "Société québécoise de la mobilité durable", "Conseiller(-ère) en recherche utilisateur"
AC, ACR = "Agence canadienne des services aux citoyens", "Chercheur(euse) en expérience utilisateur"
LA, LAR = "Laurentide Assurances", "Chercheuse ou chercheur UX principal"
FL, FL1, FL2 = "Studio Flocon", "Games User Researcher", "UX Researcher (Mobile)"
HV, HVR = "Hirondelle Voyages", "Chercheur(e) UX senior"
PA, PAR = "Passerelle", "Senior UX Researcher"
ON, ONR = "Ondine AI", "Founding UX Researcher"
MB, MBR = "Atelier Moebius", "Chercheur·euse UX"
AZ, AZR = "Cliniques Azur", "Spécialiste en recherche utilisateur"
RL, RLR = "Relais Logistique", "UX Researcher, Fleet Tools"
MU, MUR = "Musée Pointe-aux-Lilas", "Chargé(e) de projet – expérience visiteur numérique"
VT, VTR = "Vélocité Télécom", "Analyste en expérience utilisateur"
CG, CGR = "Cégep du Vieux-Port", "Conseiller(ère) en expérience utilisateur"
AM, AMR = "Alpha-Mots", "Agent(e) de recherche – expérience des usagers"
QU, QUR = "Quillon", "UX Researcher II"
KI, KIR = "Kinéo Santé", "UX Research Lead"
AE, AER = "Aéro Saint-Laurent", "UX Researcher – Cabin Experience"
CV, CVR = "Studio Cerf-Volant", "Chercheur(e) UX – contrat 6 mois"
NU, NUR = "Nuvola Santé", "Senior UX Researcher, Patient Experience"
LG, LGR = "Maison Léger", "Chercheur(-euse) UX – commerce électronique"
LQ, LQR = "Lumiq Énergie", "UX Researcher"
PE, PER = "Parcours Éducation", "Chercheur(e) UX"

NOEMIE = ("Noémie Bergeron-Haddad", "nbergeronhaddad@gmail.com")

DAYFORCE_SQ = "SQMD Carrières | QSMC Careers <noreply@dayforcehcm.com>"
GCJOBS = "Emplois GC / GC Jobs <noreply-nepasrepondre@psc-cfp.gc.ca>"
ACSC_RH = "ACSC Dotation / CCSA Staffing <ACSC.Dotation-Staffing.CCSA@acsc-ccsa.example>"
WD_LAUR = "Carrières Mouvement Laurentide <laurentide@myworkday.com>"
LEVER_AUR = "Aurore Interactive <no-reply@hire.lever.co>"
MAXIME = "Maxime Ouellet <maxime.ouellet@studioflocon.example>"
SOPHIE = "Sophie Lavallée | Talents Mosaïque <slavallee@talentsmosaique.example>"
GH_PA = "Passerelle <no-reply@us.greenhouse-mail.io>"
OLIVIA = "Olivia Chen-Beaulieu <olivia.chenbeaulieu@passerelle.example>"

_SQ_FOOT = """--
Direction des talents et de la culture
Société québécoise de la mobilité durable (SQMD)
Quebec Sustainable Mobility Corporation (QSMC)
500, boulevard René-Lévesque Ouest, bureau 1400, Montréal (Québec) H2Z 1W7
sqmd.example/carrieres

Ce courriel a été envoyé automatiquement; merci de ne pas y répondre.
This email was sent automatically; please do not reply."""

_GC_FOOT = """Commission de la fonction publique du Canada | Public Service Commission of Canada
Emplois GC | GC Jobs : https://emploisfp-psjobs.cfp-psc.gc.ca/psrs-srfp/applicant/page2440
Ceci est un message généré automatiquement. Veuillez ne pas y répondre.
This is an automatically generated message. Please do not reply."""

_ACSC_SIG = """Équipe de dotation | Staffing team
Direction générale des services numériques | Digital Services Branch
Agence canadienne des services aux citoyens | Canadian Citizen Services Agency
Gouvernement du Canada | Government of Canada
ACSC.Dotation-Staffing.CCSA@acsc-ccsa.example"""


MAIL: list[dict[str, Any]] = [
    # --- alerts and portal mail, September ---------------------------------------------------
    m(
        "q1x7",
        "2025-09-03 06:12",
        "Jobillico <alertes@jobillico.com>",
        "3 nouvelles offres pour votre alerte « recherche utilisateur »",
        J("alert", "other"),
        html="""<html><body style="font-family:Arial,sans-serif;background:#f3f5f8">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:18px"><img src="https://www.jobillico.com/images/logo-jobillico.png" alt="Jobillico" width="140"></td></tr>
<tr><td style="padding:0 18px"><p>Bonjour Noémie,</p>
<p>Voici les nouvelles offres d'emploi qui correspondent à votre alerte <b>« recherche utilisateur » – Montréal (25 km)</b>.</p></td></tr>
<tr><td style="padding:8px 18px;border-top:1px solid #e5e5e5">
<a href="https://www.jobillico.com/r/c?u=aHR0cHM6Ly93d3cuam9iaWxsaWNvLmNvbS9mci9vZmZyZS1kZW1wbG9pLzIyMTAxOQ&amp;a=al_4471">Chargé(e) de projet – expérience visiteur numérique</a><br>
Musée Pointe-aux-Lilas · Montréal (Pointe-aux-Trembles) · Permanent, temps plein</td></tr>
<tr><td style="padding:8px 18px;border-top:1px solid #e5e5e5">
<a href="https://www.jobillico.com/r/c?u=aHR0cHM6Ly93d3cuam9iaWxsaWNvLmNvbS9mci9vZmZyZS1kZW1wbG9pLzIyMDk4Nw&amp;a=al_4471">Analyste, expérience client</a><br>
Groupe Bellechasse Assurances · Lévis / Télétravail · Permanent</td></tr>
<tr><td style="padding:8px 18px;border-top:1px solid #e5e5e5">
<a href="https://www.jobillico.com/r/c?u=aHR0cHM6Ly93d3cuam9iaWxsaWNvLmNvbS9mci9vZmZyZS1kZW1wbG9pLzIyMTA0Mg&amp;a=al_4471">Designer UX/UI</a><br>
Agence Pignon · Montréal (Plateau) · Contrat 6 mois</td></tr>
<tr><td style="padding:18px;font-size:11px;color:#777">Vous recevez ce courriel parce que vous avez créé une alerte sur Jobillico.
<a href="https://www.jobillico.com/fr/alertes/gerer?t=al_4471">Gérer mes alertes</a> · <a href="https://www.jobillico.com/fr/desabonnement?t=al_4471">Se désabonner</a><br>
Jobillico inc., 2828, boul. Laurier, Québec (Québec)</td></tr>
</table></body></html>""",
        headers={"List-Unsubscribe": "<https://www.jobillico.com/fr/desabonnement?t=al_4471>"},
    ),
    m(
        "w83k",
        "2025-09-05 21:47",
        GH_PA,
        "Thank you for applying to Passerelle",
        A("confirmation", PA, PAR, 7, "greenhouse", "en"),
        """Hi Noémie,

Thanks for applying to Passerelle! Your application for the Senior UX Researcher role has been received and our team will review it shortly.

We read every application ourselves (no robots, promise). If your background looks like a match, someone from our People team will reach out to set up a first conversation. If not, we'll still let you know either way.

In the meantime, feel free to read more about how we build money tools for Quebec's small businesses: https://passerelle.example/blog

Cheers,
The Passerelle Talent Team

Passerelle Technologies financières inc. · 1100 rue Wellington, Montréal QC
Powered by Greenhouse · https://job-boards.greenhouse.io/passerellefinance
""",
    ),
    m(
        "r2d9",
        "2025-09-08 10:42",
        DAYFORCE_SQ,
        "Accusé de réception – REQ-2025-0412 | Acknowledgement of application",
        A("confirmation", SQ, SQR, 1, "other"),
        f"""(English follows)

Bonjour Noémie Bergeron-Haddad,

Nous accusons réception de votre candidature au poste de Conseiller(-ère) en recherche utilisateur (REQ-2025-0412), Direction de l'expérience client.

Nous procéderons à l'analyse des candidatures après la date de clôture de l'affichage, le 19 septembre 2025. Seules les personnes retenues pour la suite du processus seront contactées. Vous pouvez suivre l'état de votre candidature en tout temps dans votre portail candidat :
https://jobs.dayforcehcm.com/fr-CA/sqmd/CANDIDATEPORTAL/jobs/4127

La SQMD souscrit au principe d'équité en emploi et applique un programme d'accès à l'égalité.

Merci de l'intérêt que vous portez à la SQMD.

----

Hello Noémie Bergeron-Haddad,

We acknowledge receipt of your application for the position of User Research Advisor (REQ-2025-0412), Customer Experience Division.

Applications will be reviewed after the posting closes on September 19, 2025. Only candidates selected for the next steps will be contacted. You can follow the status of your application at any time in your candidate portal (link above).

Thank you for your interest in QSMC.

{_SQ_FOOT}
""",
    ),
    m(
        "p0mv",
        "2025-09-09 07:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“ux researcher”: Studio Flocon - Games User Researcher and more",
        J("alert", "linkedin", lang="en"),
        """Your job alert for ux researcher in Greater Montreal Metropolitan Area
11 new jobs match your preferences.

Games User Researcher
Studio Flocon
Montreal, QC (Hybrid)
Actively recruiting
View job: https://www.linkedin.com/comm/jobs/view/4301188234/?trackingId=k1YlT7x9Qm%2B2&refId=alert

UX Researcher (Mobile)
Studio Flocon
Montreal, QC (Hybrid)
View job: https://www.linkedin.com/comm/jobs/view/4301190017/?trackingId=k1YlT7x9Qm%2B2&refId=alert

Chercheur(-euse) UX principal(e)
Mouvement Laurentide
Montreal, QC (Hybrid)
Easy Apply
View job: https://www.linkedin.com/comm/jobs/view/4299870511/?trackingId=k1YlT7x9Qm%2B2&refId=alert

UX Researcher, Fleet Tools
Relais Logistique
Laval, QC (On-site)
View job: https://www.linkedin.com/comm/jobs/view/4302550090/?trackingId=k1YlT7x9Qm%2B2&refId=alert

See all jobs: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1788231204

----------------------------------------
This email was intended for Noémie Bergeron-Haddad (UX Researcher | Mixed methods | Accessibility)
Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
You are receiving Job Alert emails. Unsubscribe: https://www.linkedin.com/comm/jobs/alerts?unsubscribe=1788231204
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
        headers={
            "List-Unsubscribe": "<https://www.linkedin.com/comm/jobs/alerts?unsubscribe=1788231204>"
        },
    ),
    m(
        "f6ta",
        "2025-09-10 19:58",
        WD_LAUR,
        "Mouvement Laurentide – Votre compte candidat a été créé",
        J("other_job", "workday", "Mouvement Laurentide"),
        """Bonjour Noémie,

Votre compte sur le site Carrières du Mouvement Laurentide a été créé avec succès.

Nom d'utilisateur : nbergeronhaddad@gmail.com

Pour accéder à votre compte, à vos candidatures et à vos alertes d'emploi :
https://laurentide.wd3.myworkdayjobs.com/fr-CA/Carrieres/login

Si vous n'êtes pas à l'origine de cette demande, veuillez communiquer avec nous au carrieres@laurentide.example.

Mouvement Laurentide
Le premier groupe coopératif financier de l'Est-du-Québec
""",
    ),
    m(
        "h4cz",
        "2025-09-10 20:21",
        WD_LAUR,
        "Nous avons bien reçu votre candidature",
        A("confirmation", LA, LAR, 3, "workday"),
        html="""<html><body style="font-family:'Segoe UI',Arial,sans-serif;color:#1d2b36">
<div style="background:#006a4e;padding:14px"><img src="https://laurentide.wd3.myworkdayjobs.com/Carrieres/assets/logo-blanc.png" alt="Mouvement Laurentide" height="34"></div>
<div style="padding:20px 24px">
<p>Bonjour Noémie,</p>
<p>Merci d'avoir soumis votre candidature pour le poste suivant :</p>
<p style="margin-left:16px"><b>Chercheuse ou chercheur UX principal</b><br>
Réquisition R-0048817<br>
Laurentide Assurances – Assurance de dommages, Expérience numérique<br>
Montréal (Complexe Laurentide) – mode hybride</p>
<p>Notre équipe d'acquisition de talents analysera votre profil avec attention. Si votre candidature est retenue pour la prochaine étape, une personne de notre équipe communiquera avec vous.</p>
<p>Vous pouvez consulter l'état de votre candidature en tout temps dans votre <a href="https://laurentide.wd3.myworkdayjobs.com/fr-CA/Carrieres/userHome">espace candidat</a>.</p>
<p>Au plaisir,<br>L'équipe Acquisition de talents<br>Mouvement Laurentide</p>
</div>
<div style="font-size:11px;color:#6b7780;padding:0 24px 20px">Laurentide Assurances est une composante du Mouvement Laurentide. Le Mouvement Laurentide souscrit aux principes de l'équité en emploi. Ce message a été envoyé à partir d'une adresse qui n'accepte pas les réponses.</div>
</body></html>""",
    ),
    m(
        "ya5e",
        "2025-09-12 12:03",
        "Mouvement Laurentide <talents@laurentide.example>",
        "Bienvenue dans notre communauté de talents",
        J("alert", "other", "Mouvement Laurentide"),
        """Bonjour Noémie,

Bienvenue dans la communauté de talents du Mouvement Laurentide!

Vous recevrez désormais, environ une fois par mois :
- des offres d'emploi qui correspondent à vos intérêts (Technologies, Expérience client, Design);
- des invitations à nos événements carrière (portes ouvertes, midis-conférences);
- des nouvelles de nos caisses, de Laurentide Assurances et de Laurentide Gestion de patrimoine.

Nos prochains événements : « Les métiers du numérique chez Laurentide », 2 octobre, 12 h, en ligne.

Gérer vos préférences : https://carrieres.laurentide.example/communaute/preferences?c=5521908
Se désabonner : https://carrieres.laurentide.example/communaute/desabonnement?c=5521908

Mouvement Laurentide – Coopérer, c'est avancer.
""",
        headers={
            "List-Unsubscribe": "<https://carrieres.laurentide.example/communaute/desabonnement?c=5521908>"
        },
    ),
    m(
        "c9nb",
        "2025-09-14 16:40",
        GCJOBS,
        "Emplois GC - Création de votre compte / GC Jobs - Account creation",
        J("other_job", "other"),
        f"""Le texte anglais suit le texte français. / The English text follows the French text.

Bonjour,

Votre compte Emplois GC a été créé. Votre code d'utilisateur est : NBERGERONH25

Conservez ce courriel. Pour des raisons de sécurité, votre mot de passe ne vous est jamais transmis par courriel.

Vous pouvez maintenant créer votre profil, enregistrer des alertes emploi et postuler aux processus de sélection de la fonction publique fédérale.

---

Hello,

Your GC Jobs account has been created. Your user ID is: NBERGERONH25

Keep this email. For security reasons, your password is never sent by email.

You can now build your profile, save job alerts and apply to federal public service selection processes.

{_GC_FOOT}
""",
    ),
    m(
        "z7ug",
        "2025-09-15 22:16",
        GCJOBS,
        "Emplois GC - Postulation soumise / GC Jobs - Application submitted (25-ACS-EA-DGSN-481207)",
        A("confirmation", AC, ACR, 2, "other"),
        f"""Le texte anglais suit le texte français. / The English text follows the French text.

Bonjour Noémie Bergeron-Haddad,

Votre postulation a été soumise avec succès.

Numéro de référence : ACS25J-027741
Numéro du processus de sélection : 25-ACS-EA-DGSN-481207
Titre du poste : Chercheur(euse) en expérience utilisateur
Classification : EC-05
Organisation : Agence canadienne des services aux citoyens
Lieu : Montréal (Québec); Gatineau (Québec); Ottawa (Ontario)
Date de fermeture : 2025-09-22 - 23 h 59, heure du Pacifique

Vous pouvez modifier votre postulation jusqu'à la date de fermeture du processus. Les communications relatives à ce processus pourraient vous être envoyées par courriel ou par l'entremise de votre compte Emplois GC.

---

Hello Noémie Bergeron-Haddad,

Your application has been successfully submitted.

Reference number: ACS25J-027741
Selection process number: 25-ACS-EA-DGSN-481207
Position title: User Experience Researcher
Classification: EC-05
Organization: Canadian Citizen Services Agency
Location: Montréal (Quebec); Gatineau (Quebec); Ottawa (Ontario)
Closing date: 2025-09-22 - 23:59, Pacific Time

{_GC_FOOT}
""",
    ),
    m(
        "e3lq",
        "2025-09-17 08:05",
        "Indeed <alert@indeed.com>",
        "+15 nouveaux emplois de chercheur UX à Montréal, QC",
        J("alert", "indeed"),
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p><img src="https://ca.indeed.com/images/indeed-logo.png" alt="Indeed" width="110"></p>
<p>Nouveaux emplois pour <b>chercheur ux</b> · Montréal, QC</p>
<table cellpadding="6">
<tr><td><a href="https://ca.indeed.com/rc/clk/dl?jk=7c1a2b9d0e44f821&amp;from=ja&amp;qd=Qm9yWk">Spécialiste en recherche utilisateur</a><br>Cliniques Azur – Montréal, QC<br>70 000 $ – 85 000 $ par an · Candidature simplifiée</td></tr>
<tr><td><a href="https://ca.indeed.com/rc/clk/dl?jk=0b8f71c2aa3d1e90&amp;from=ja&amp;qd=Qm9yWk">Chercheur(-euse) UX</a><br>Atelier Moebius – Montréal, QC<br>Nouveau</td></tr>
<tr><td><a href="https://ca.indeed.com/rc/clk/dl?jk=55e20c81bd9f3a02&amp;from=ja&amp;qd=Qm9yWk">UX Researcher – Contract</a><br>TEKsolutions Staffing – Montréal, QC<br>Contractuel</td></tr>
</table>
<p><a href="https://ca.indeed.com/jobs?q=chercheur+ux&amp;l=Montr%C3%A9al%2C+QC&amp;from=ja">Voir tous les emplois</a></p>
<p style="font-size:11px;color:#767676">Vous recevez cette alerte emploi parce que vous vous y êtes abonnée. <a href="https://ca.indeed.com/alert/unsubscribe?id=8f3e1a">Se désabonner</a><br>© 2025 Indeed</p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://ca.indeed.com/alert/unsubscribe?id=8f3e1a>"},
    ),
    m(
        "j5rd",
        "2025-09-18 13:14",
        LEVER_AUR,
        "Thank you for your application to Aurore Interactive",
        A("confirmation", FL, FL1, 4, "lever", "en"),
        """Hi Noémie,

Thanks for applying for the Games User Researcher position at Studio Flocon! We're a small team (about 90 of us, mostly in the Mile-Ex) and every application gets read by a human on our talent team.

If your profile matches what we're looking for, we'll reach out within a couple of weeks to chat about next steps.

Merci et à bientôt,

Studio Flocon Talent Team
Aurore Interactive Inc.

https://jobs.lever.co/aurore-interactive
""",
    ),
    m(
        "j5re",
        "2025-09-18 13:31",
        LEVER_AUR,
        "Thank you for your application to Aurore Interactive",
        A("confirmation", FL, FL2, 5, "lever", "en"),
        """Hi Noémie,

Thanks for applying for the UX Researcher (Mobile) position at Studio Flocon! We're a small team (about 90 of us, mostly in the Mile-Ex) and every application gets read by a human on our talent team.

If your profile matches what we're looking for, we'll reach out within a couple of weeks to chat about next steps.

Merci et à bientôt,

Studio Flocon Talent Team
Aurore Interactive Inc.

https://jobs.lever.co/aurore-interactive
""",
    ),
    m(
        "u1ob",
        "2025-09-22 09:27",
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyée : Spécialiste en recherche utilisateur",
        A("confirmation", AZ, AZR, 11, "indeed"),
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#2d2d2d">
<p><img src="https://ca.indeed.com/images/indeed-logo.png" alt="Indeed" width="110"></p>
<h2 style="font-size:20px">Candidature envoyée</h2>
<p>Bonjour Noémie,</p>
<p>Votre candidature a été envoyée à <b>Cliniques Azur</b>.</p>
<table style="border:1px solid #e4e2e0;border-radius:8px" cellpadding="12"><tr><td>
<b>Spécialiste en recherche utilisateur</b><br>Cliniques Azur<br>Montréal, QC</td></tr></table>
<p>Voici ce qui se passe ensuite :</p>
<ul><li>L'employeur examinera votre candidature.</li>
<li>Vous recevrez une notification si l'employeur consulte votre candidature ou vous envoie un message.</li></ul>
<p><a href="https://myjobs.indeed.com/applied?from=ia_confirm">Suivre vos candidatures dans Mes emplois</a></p>
<p style="font-size:11px;color:#767676">Ce courriel a été envoyé par Indeed. Indeed ne garantit pas l'embauche. © 2025 Indeed · 6433 Champion Grandview Way, Austin, TX 78750</p>
</body></html>""",
    ),
    m(
        "k8sw",
        "2025-09-24 15:52",
        GH_PA,
        "Your application at Passerelle",
        A("rejection", PA, PAR, 7, "greenhouse", "en"),
        """Hi Noémie,

Thank you so much for your interest in Passerelle and for the time you put into your application for Senior UX Researcher.

We were genuinely impressed by your background, especially the accessibility work you did for the transit app. This was a tough one: we received over 300 applications for this role. After careful consideration, we've decided to move forward with candidates whose experience more closely matches what the team needs right now (mostly B2B payments research).

We'd love to stay in touch. Keep an eye on our careers page, new roles open regularly.

All the best,
Olivia Chen-Beaulieu
Talent Partner, Passerelle
""",
    ),
    m(
        "b0gh",
        "2025-09-26 10:15",
        "Indeed <donotreply@match.indeed.com>",
        "L'employeur a consulté votre candidature",
        A("viewed", AZ, AZR, 11, "indeed"),
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p><img src="https://ca.indeed.com/images/indeed-logo.png" alt="Indeed" width="110"></p>
<p>Bonne nouvelle, Noémie!</p>
<p><b>Cliniques Azur</b> a consulté votre candidature au poste de <b>Spécialiste en recherche utilisateur</b>.</p>
<p>Ça ne veut pas dire qu'ils vous contacteront, mais c'est une bonne occasion de vérifier que votre profil est à jour.</p>
<p><a href="https://ca.indeed.com/rc/clk/dl?jk=7c1a2b9d0e44f821&amp;from=appstatus">Voir l'offre</a> · <a href="https://myjobs.indeed.com/applied">Mes emplois</a></p>
<p style="font-size:11px;color:#767676">© 2025 Indeed · <a href="https://ca.indeed.com/settings/email">Paramètres des courriels</a></p>
</body></html>""",
    ),
    m(
        "d2fy",
        "2025-09-26 18:00",
        "Passerelle <no-reply@us.greenhouse-mail.io>",
        "How did we do? 2 minutes on your candidate experience",
        J("other_job", "greenhouse", PA, PAR, "en"),
        """Hi Noémie,

You recently applied for Senior UX Researcher at Passerelle. Whatever the outcome, we'd love to hear how the process felt from your side.

The survey is anonymous and takes about 2 minutes:
https://app.greenhouse.io/survey/candidate/1b9a6e20c7?survey_type=rejected

Thank you!
Passerelle People Team
""",
    ),
    m(
        "t6pk",
        "2025-09-29 14:08",
        "Geneviève Morin-Charest <genevieve.morin-charest@sqmd.example>",
        "Entrevue – REQ-2025-0412",
        A("interview", SQ, SQR, 1, "direct"),
        """Bonjour Madame Bergeron-Haddad,

À la suite de l'analyse des candidatures reçues pour le poste de conseillère ou conseiller en recherche utilisateur (REQ-2025-0412), nous avons le plaisir de vous inviter à une entrevue.

Date : mercredi 8 octobre 2025
Heure : 13 h 30 à 14 h 30
Mode : Microsoft Teams (le lien se trouve dans l'invitation ci-jointe)
Comité : Mme Hélène Drapeau, directrice Expérience client; M. Karim Benali, chef d'équipe Design de services; moi-même.

L'entrevue se déroulera en français. Une partie d'environ 15 minutes portera sur une mise en situation que nous vous remettrons au début de la rencontre.

Merci de confirmer votre présence en acceptant l'invitation.

Cordialement,

Geneviève Morin-Charest, CRHA
Conseillère principale, acquisition de talents
Direction des talents et de la culture
Société québécoise de la mobilité durable
514 555-0148
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000D0A5E1B2C3D4DB01000000000000000010000000",
            "2025-10-08 13:30",
            "Entrevue – Conseiller(-ère) en recherche utilisateur – N. Bergeron-Haddad",
            ("Geneviève Morin-Charest", "genevieve.morin-charest@sqmd.example"),
            style="outlook",
            location="Réunion Microsoft Teams",
            description="Rejoindre la réunion Microsoft Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGQ1ZTc5\nID de réunion : 245 118 903 772\nCode secret : Qx7mP2",
        ),
    ),
    m(
        "n4vj",
        "2025-10-01 09:41",
        SOPHIE,
        "Mandat UX – recherche utilisateur senior (hybride, Montréal)",
        J("outreach", "agency", None, HVR),
        """Bonjour Noémie,

Je me permets de vous écrire après avoir vu votre profil et votre présentation au dernier UX Montréal (très bonne, d'ailleurs!).

Je travaille présentement sur un mandat pour un client que je ne peux pas encore nommer : une entreprise québécoise bien établie, environ 600 employés, qui refait toute son expérience de réservation en ligne. Le poste :

- Chercheur(e) UX senior, permanent, temps plein
- Hybride, 2 jours/semaine au bureau (sud-ouest de Montréal)
- Salaire entre 90 000 $ et 105 000 $ + boni
- Méthodes mixtes, forte composante qualitative, mise en place d'un dépôt de recherche

Seriez-vous ouverte à un appel de 20 minutes cette semaine? Je pourrai vous en dire plus de vive voix.

Au plaisir,

Sophie Lavallée
Conseillère principale en recrutement, Technologies et numérique
Talents Mosaïque inc.
514 555-0192 | talentsmosaique.example
""",
    ),
    m(
        "l2wm",
        "2025-10-01 16:33",
        WD_LAUR,
        "Votre candidature au Mouvement Laurentide",
        A("rejection", LA, LAR, 3, "workday"),
        """Bonjour Noémie,

Merci de l'intérêt que vous avez manifesté pour le poste de Chercheuse ou chercheur UX principal (R-0048817).

Nous avons reçu un nombre important de candidatures de grande qualité. Après une analyse attentive, nous avons décidé de poursuivre le processus avec des personnes dont le profil correspond davantage aux besoins actuels de l'équipe.

Nous conserverons votre dossier et nous vous encourageons à consulter régulièrement nos offres d'emploi. Votre parcours pourrait correspondre à d'autres occasions au sein du Mouvement.

Nous vous souhaitons beaucoup de succès dans vos démarches.

L'équipe Acquisition de talents
Mouvement Laurentide
""",
    ),
    m(
        "s7yh",
        "2025-10-02 11:20",
        MAXIME,
        "Studio Flocon – playtest analysis exercise",
        A("assessment", FL, FL1, 4, "lever", "en"),
        """Hi Noémie!

Thanks for the great chat last week. As promised, here's the take-home for the Games User Researcher role.

The exercise: you'll get a small dataset from one of our internal playtests of "Lanterne" (a post-game survey from 24 players + 6 session recordings, about 25 min each). We'd like a 1-page findings memo for the design team and a short note on what you'd change in the playtest protocol itself.

- Download (link expires Oct 10): https://share.studioflocon.example/s/gur-exercise-7Qk2
- Time: we honestly don't expect more than 3-4 hours
- Due: Thursday October 9, end of day
- Send it back by replying to this email

Everything in the dataset is under NDA, so please don't share it. If anything isn't clear, just ask.

À bientôt!

Maxime Ouellet
Talent Acquisition, Studio Flocon
(Aurore Interactive Inc.)
""",
        reply_to="Maxime Ouellet <reply+a8c1e0f4-92b6@hire.lever.co>",
    ),
    m(
        "a3ze",
        "2025-10-06 08:47",
        "Geneviève Morin-Charest <genevieve.morin-charest@sqmd.example>",
        "Mise à jour : Entrevue – Conseiller(-ère) en recherche utilisateur – N. Bergeron-Haddad",
        A("interview", SQ, SQR, 1, "direct"),
        """Bonjour Madame Bergeron-Haddad,

En raison d'un conflit d'horaire au sein du comité, nous devons déplacer votre entrevue du mercredi 8 octobre. Elle aura plutôt lieu le vendredi 10 octobre, de 10 h à 11 h, toujours sur Teams.

Toutes nos excuses pour ce changement. Je vous remercie de confirmer à nouveau votre présence.

Geneviève Morin-Charest, CRHA
Conseillère principale, acquisition de talents
SQMD
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000D0A5E1B2C3D4DB01000000000000000010000000",
            "2025-10-10 10:00",
            "Entrevue – Conseiller(-ère) en recherche utilisateur – N. Bergeron-Haddad",
            ("Geneviève Morin-Charest", "genevieve.morin-charest@sqmd.example"),
            style="outlook",
            sequence=1,
            location="Réunion Microsoft Teams",
            description="Nouvelle date : vendredi 10 octobre, 10 h.\nRejoindre la réunion Microsoft Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_NGQ1ZTc5\nID de réunion : 245 118 903 772\nCode secret : Qx7mP2",
        ),
    ),
    m(
        "g9oa",
        "2025-10-06 07:02",
        "Jobboom <alertes@jobboom.com>",
        "Vos nouvelles offres d'emploi – Jobboom",
        J("alert", "other"),
        """Bonjour Noémie,

De nouvelles offres correspondent à votre recherche sauvegardée « expérience utilisateur ».

Analyste en expérience utilisateur
Vélocité Télécom – Montréal (Saint-Laurent)
https://www.jobboom.com/fr/emploi/3019475_analyste-en-experience-utilisateur?utm_source=alerte&utm_medium=courriel

Rédacteur(trice) UX
Communications Rivière-Nord – Laval
https://www.jobboom.com/fr/emploi/3019288_redacteur-trice-ux?utm_source=alerte&utm_medium=courriel

Chef(fe) de produit numérique
Groupe Alimentaire Beaudry – Boucherville
https://www.jobboom.com/fr/emploi/3018860_chef-fe-de-produit-numerique?utm_source=alerte&utm_medium=courriel

Modifier ou supprimer cette alerte : https://www.jobboom.com/fr/mon-jobboom/alertes
Jobboom – L'emploi au Québec
""",
        headers={
            "List-Unsubscribe": "<https://www.jobboom.com/fr/mon-jobboom/alertes?desabonner=1>"
        },
    ),
    m(
        "v5cf",
        "2025-10-08 17:26",
        SOPHIE,
        "RE: Mandat UX – recherche utilisateur senior (hybride, Montréal)",
        A("confirmation", HV, HVR, 6, "agency"),
        """Bonjour Noémie,

Merci encore pour notre échange de ce matin, j'ai vraiment senti que le mandat vous allumait.

Comme convenu, j'ai soumis votre candidature à mon client. Je peux maintenant vous le nommer : il s'agit d'Hirondelle Voyages (siège social dans Griffintown). Vous trouverez ci-dessous le résumé que j'ai transmis à la gestionnaire, Mme Claudia Pelletier, directrice Produit numérique.

- 7 ans en recherche utilisateur, dont 4 en transport et mobilité
- Méthodes mixtes, études longitudinales, accessibilité (WCAG, tests avec utilisateurs de lecteurs d'écran)
- Attentes salariales : 100 000 $
- Disponibilité : 2 semaines

Je vous reviens dès que j'ai un retour, normalement d'ici la fin de la semaine prochaine.

Sophie

Sophie Lavallée
Conseillère principale en recrutement, Technologies et numérique
Talents Mosaïque inc.

-----Message d'origine-----
De : Noémie Bergeron-Haddad <nbergeronhaddad@gmail.com>
Envoyé : 7 octobre 2025 21:12
À : Sophie Lavallée <slavallee@talentsmosaique.example>
Objet : Re: Mandat UX – recherche utilisateur senior (hybride, Montréal)

Bonjour Sophie,
Oui, je suis disponible demain à 9 h 30 pour en discuter. Mon CV à jour est en pièce jointe.
Noémie
""",
        **re_("<CAF8m2nbh+7Qe1@mail.gmail.com>"),
    ),
    m(
        "x0rn",
        "2025-10-09 16:44",
        LEVER_AUR,
        "Your application to Aurore Interactive",
        A("rejection", FL, FL2, 5, "lever", "en"),
        """Hi Noémie,

Thanks again for your interest in Studio Flocon. We wanted to give you an update on your application for UX Researcher (Mobile).

After reviewing the applications, we've decided not to move forward with yours for this position: the team is looking for someone with more experience in mobile free-to-play monetization research.

This doesn't change anything for your application to Games User Researcher, which is still active. Maxime will be in touch about the next steps there.

Best,
Studio Flocon Talent Team
Aurore Interactive Inc.
""",
    ),
    m(
        "i3ph",
        "2025-10-02 12:10",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Noémie, your application was sent to Relais Logistique",
        A("confirmation", RL, RLR, 12, "linkedin", "en"),
        """Your application was sent to Relais Logistique

UX Researcher, Fleet Tools
Relais Logistique · Laval, QC (On-site)
Applied on October 2, 2025

Your profile, resume (CV_Noemie_Bergeron-Haddad_EN.pdf) and contact info were shared with the employer.

View application: https://www.linkedin.com/comm/jobs/view/4302550090/?trackingId=aP2x%2FR&refId=applied

Now, take these next steps for more success
- Follow Relais Logistique to get their updates
- Reach out to people who work at Relais Logistique

----------------------------------------
This email was intended for Noémie Bergeron-Haddad (UX Researcher | Mixed methods | Accessibility)
Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "i3pj",
        "2025-10-06 19:22",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Relais Logistique",
        A("viewed", RL, RLR, 12, "linkedin", "en"),
        """Noémie, your application was viewed

Relais Logistique viewed your application for UX Researcher, Fleet Tools.

This usually means the hiring team is reviewing candidates. We'll let you know if there's another update.

See your application: https://www.linkedin.com/comm/jobs-tracker/?trackingId=q1Vn%3D%3D

----------------------------------------
This email was intended for Noémie Bergeron-Haddad (UX Researcher | Mixed methods | Accessibility)
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "h8qo",
        "2025-10-14 06:55",
        "Alertes emploi Emplois GC / GC Jobs Job Alerts <noreply-nepasrepondre@psc-cfp.gc.ca>",
        "Alerte emploi - 2 nouvelles possibilités / Job alert - 2 new opportunities",
        J("alert", "other"),
        f"""Le texte anglais suit le texte français. / The English text follows the French text.

Votre alerte emploi « recherche utilisateur » a trouvé 2 nouvelles possibilités :

1. Conseiller(ère) principal(e), conception de services (CS-03) - Services partagés Canada - Montréal (Québec) - Date de fermeture : 2025-10-27
2. Analyste en recherche utilisateur (EC-04) - Bibliothèque et Archives nationales du Nord - Gatineau (Québec) - Date de fermeture : 2025-10-30

Consultez les annonces : https://emploisfp-psjobs.cfp-psc.gc.ca/psrs-srfp/applicant/page1800

---

Your job alert "user research" found 2 new opportunities:

1. Senior Advisor, Service Design (CS-03) - Shared Services Canada - Montréal (Quebec) - Closing date: 2025-10-27
2. User Research Analyst (EC-04) - National Library and Archives of the North - Gatineau (Quebec) - Closing date: 2025-10-30

{_GC_FOOT}
""",
    ),
    m(
        "o2ki",
        "2025-10-14 15:05",
        MAXIME,
        "Invitation: Studio Flocon — Entrevue GUR (Noémie Bergeron-Haddad) @ Thu Oct 16, 2025 2pm - 3pm (EDT)",
        A("interview", FL, FL1, 4, "direct", "en"),
        """Maxime Ouellet has invited you to this event.

Studio Flocon — Entrevue GUR (Noémie Bergeron-Haddad)
Thursday Oct 16, 2025 ⋅ 2pm – 3pm (Eastern Time - Montreal)

Hi Noémie! Loved your memo, the team had a lot to say about your protocol notes. This is a 1-hour conversation with Julie Tran (Lead GUR) and Étienne Blais (Design Director, Lanterne). Bilingual, bring your questions.

Join with Google Meet: https://meet.google.com/qfz-ukdo-pvh

Guests
Maxime Ouellet - organizer
Julie Tran
Étienne Blais
nbergeronhaddad@gmail.com

Reply for nbergeronhaddad@gmail.com: Yes / No / Maybe / More options
https://calendar.google.com/calendar/event?action=RESPOND&eid=M2N0a2dsdWZvZTRz&rst=1

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event.
""",
        ics=ics(
            "3ctkglufoe4s9v1h8m7q0n2r5b@google.com",
            "2025-10-16 14:00",
            "Studio Flocon — Entrevue GUR (Noémie Bergeron-Haddad)",
            ("Maxime Ouellet", "maxime.ouellet@studioflocon.example"),
            attendees=[
                ("Julie Tran", "julie.tran@studioflocon.example"),
                ("Étienne Blais", "etienne.blais@studioflocon.example"),
            ],
            location="https://meet.google.com/qfz-ukdo-pvh",
            description="Loved your memo! 1h with Julie Tran (Lead GUR) and Étienne Blais (Design Director, Lanterne).",
        ),
    ),
    m(
        "m6xe",
        "2025-10-16 12:38",
        SOPHIE,
        "Entrevue chez Hirondelle Voyages – mardi 21 octobre",
        A("interview", HV, HVR, 6, "agency"),
        """Bonjour Noémie,

Excellente nouvelle : Hirondelle Voyages aimerait vous rencontrer!

Mardi 21 octobre, 15 h à 16 h 15
Au bureau du client : 1750, rue Ottawa, 4e étage (Griffintown). Demandez Claudia Pelletier à l'accueil.
Vous rencontrerez Claudia et Mathieu Roy (lead designer). Prévoyez 10 minutes pour présenter une étude dont vous êtes fière; ils ont un écran disponible.

Je vous envoie l'invitation de calendrier à part. On se parle lundi pour une petite préparation?

Sophie
""",
        ics=ics(
            "7h2ksl0c9vq1e5b3nmo8a6rtu4@google.com",
            "2025-10-21 15:00",
            "Entrevue Hirondelle Voyages – Noémie Bergeron-Haddad",
            ("Sophie Lavallée", "slavallee@talentsmosaique.example"),
            minutes=75,
            location="Hirondelle Voyages, 1750 rue Ottawa, 4e étage, Montréal",
            description="Rencontre avec Claudia Pelletier (directrice Produit numérique) et Mathieu Roy (lead designer).",
        ),
    ),
    m(
        "k4lr",
        "2025-10-21 11:40",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application to UX Researcher, Fleet Tools at Relais Logistique",
        A("rejection", RL, RLR, 12, "linkedin", "en"),
        """Your update from Relais Logistique

Thank you for your interest in the UX Researcher, Fleet Tools position at Relais Logistique in Laval, QC. Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in Relais Logistique.

Regards,
Relais Logistique

Find more jobs: https://www.linkedin.com/comm/jobs/collections/recommended/?trackingId=zX9q

----------------------------------------
This email was intended for Noémie Bergeron-Haddad (UX Researcher | Mixed methods | Accessibility)
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "f1wt",
        "2025-10-21 13:02",
        ACSC_RH,
        "Processus 25-ACS-EA-DGSN-481207 – Invitation à un examen écrit / Invitation to a written exam",
        A("assessment", AC, ACR, 2, "direct"),
        f"""*** Le texte anglais suit ***

Bonjour,

Nous vous remercions de votre intérêt pour le processus de sélection 25-ACS-EA-DGSN-481207 – Chercheur(euse) en expérience utilisateur (EC-05).

Nous avons le plaisir de vous informer que votre candidature a été retenue pour la prochaine étape. Vous êtes invitée à un examen écrit non supervisé, en ligne :

- Disponible du jeudi 30 octobre 2025, 9 h (HAE) au vendredi 31 octobre 2025, 9 h (HAE)
- Durée : 3 heures à partir de l'ouverture
- Qualifications évaluées : connaissance des méthodes de recherche qualitative et quantitative; capacité d'analyse; communication écrite
- Le lien d'accès vous sera transmis par l'Outil d'évaluation en ligne (OÉL) le 30 octobre au matin.

Si vous avez besoin de mesures d'adaptation, veuillez nous en informer dès que possible, au plus tard le 24 octobre.

Veuillez confirmer la réception du présent courriel et votre langue officielle pour l'examen.

*** English text ***

Hello,

Thank you for your interest in selection process 25-ACS-EA-DGSN-481207 – User Experience Researcher (EC-05).

We are pleased to inform you that your application has been retained for the next step. You are invited to an unsupervised online written exam, available from Thursday October 30, 2025, 9:00 a.m. (EDT) to Friday October 31, 2025, 9:00 a.m. (EDT). Duration: 3 hours. The access link will be sent by the Online Assessment Tool (OAT) on October 30.

Please confirm receipt of this email and your official language for the exam.

{_ACSC_SIG}
""",
    ),
    m(
        "q9ds",
        "2025-10-27 10:12",
        "Studio Flocon Talent <no-reply@hire.lever.co>",
        "Panel interview — Games User Researcher (onsite)",
        A("interview", FL, FL1, 4, "lever", "en"),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hi Noémie,</p>
<p>Great news: the team would like to invite you to the final panel for the <b>Games User Researcher</b> role.</p>
<p><b>When:</b> Thursday, October 30, 1:00 PM – 3:30 PM (EDT)<br>
<b>Where:</b> Studio Flocon, 5445 av. de Gaspé, suite 700 (buzz 710)<br>
<b>Agenda:</b> 45 min presentation of your take-home · 45 min with the Lanterne design team · 30 min with our producer · a quick tour of the playtest lab</p>
<p>The calendar invitation is attached. Let us know if you need anything (accessibility, parking, etc.).</p>
<p>See you soon!<br>Maxime<br><span style="color:#777">Studio Flocon · Aurore Interactive Inc.</span></p>
<p style="font-size:10px;color:#aaa">Sent via Lever · <a href="https://hire.lever.co/candidate-unsubscribe?c=f3a9">Unsubscribe</a></p>
</body></html>""",
        ics=ics(
            "lever-interview-8b1d2f3e-55a0-4c8e-9d41-0f7e2c1ab6a1",
            "2025-10-30 13:00",
            "Studio Flocon — Final panel, Games User Researcher (Noémie Bergeron-Haddad)",
            ("Maxime Ouellet", "maxime.ouellet@studioflocon.example"),
            minutes=150,
            location="Studio Flocon, 5445 av. de Gaspé, suite 700, Montréal",
        ),
    ),
    m(
        "b7yu",
        "2025-10-28 09:15",
        DAYFORCE_SQ,
        "Processus de sélection REQ-2025-0412 | Selection process REQ-2025-0412",
        A("rejection", SQ, SQR, 1, "other"),
        f"""(English follows)

Bonjour Noémie Bergeron-Haddad,

Nous tenons à vous remercier pour le temps et l'énergie que vous avez consacrés au processus de sélection pour le poste de Conseiller(-ère) en recherche utilisateur. Le comité a particulièrement apprécié la clarté de votre mise en situation.

La décision a été difficile. Nous avons toutefois retenu une autre candidature dont l'expérience correspond de plus près aux besoins immédiats de la Direction de l'expérience client.

Nous conserverons votre dossier pour une période de 12 mois et n'hésiterons pas à communiquer avec vous si un poste semblable devait s'ouvrir.

----

Hello Noémie Bergeron-Haddad,

Thank you for the time and energy you invested in the selection process for the User Research Advisor position. The committee particularly appreciated the clarity of your case study.

It was a difficult decision. However, we have selected another candidate whose experience more closely matches the immediate needs of the Customer Experience Division.

{_SQ_FOOT}
""",
    ),
    m(
        "c1ha",
        "2025-11-03 16:48",
        SOPHIE,
        "Suivi – Hirondelle",
        A("rejection", HV, HVR, 6, "agency"),
        """Bonjour Noémie,

J'ai eu le retour de Claudia ce midi. Ils ont beaucoup aimé votre présentation (Mathieu a même parlé de « la meilleure étude de cas qu'on a vue »), mais ils ont finalement choisi une candidate qui vient directement de l'industrie du voyage en ligne. C'est le détail qui a fait pencher la balance.

Je suis sincèrement déçue pour vous. Je garde votre profil au chaud : j'ai deux autres mandats en recherche qui devraient s'ouvrir d'ici janvier.

Bonne fin de journée,
Sophie

Sophie Lavallée
Talents Mosaïque inc.
""",
    ),
    m(
        "s3gt",
        "2025-11-12 17:30",
        MAXIME,
        "Offre – Games User Researcher 🎮",
        A("offer", FL, FL1, 4, "direct", "en"),
        """Hi Noémie,

I'm thrilled to let you know that the team would like to offer you the Games User Researcher position at Studio Flocon! Everyone on the panel was impressed, Julie especially loved how you reframed the protocol.

Here are the highlights (full details in the attached letter):

- Title: Games User Researcher
- Contract: 12 months, with the intention to convert to permanent
- Salary: 78 000 $ / year
- Start date: Monday, December 1, 2025
- Hybrid: 3 days a week in the studio
- 4 weeks of vacation + studio closure between Christmas and New Year's

The offer is valid until Wednesday November 19. Happy to jump on a call if you have any questions, or to connect you with Julie.

Félicitations!

Maxime Ouellet
Talent Acquisition, Studio Flocon
Aurore Interactive Inc.
""",
        attach=[
            (
                "Lettre_offre_Noemie_Bergeron-Haddad.pdf",
                "application/pdf",
                "%PDF-1.4\n% Aurore Interactive Inc. - Lettre d'offre d'emploi (contrat a duree determinee)\n%%EOF\n",
            )
        ],
    ),
    m(
        "s3gu",
        "2025-11-18 10:04",
        MAXIME,
        "Re: Offre – Games User Researcher 🎮",
        A("offer", FL, FL1, 4, "direct", "en"),
        """Hi Noémie,

Thank you for letting me know, and for being so transparent about it. I totally understand, a 12-month contract is a real constraint with a little one at home. Julie asked me to tell you the door is open if a permanent GUR role opens next year, and I'll make sure you hear about it first.

Take care and good luck with the rest of your search!

Maxime

On Mon, Nov 17, 2025 at 9:41 PM Noémie Bergeron-Haddad <nbergeronhaddad@gmail.com> wrote:
> Bonjour Maxime,
>
> Merci infiniment pour l'offre et pour tout le processus, j'ai adoré rencontrer l'équipe.
> Après beaucoup de réflexion, je dois malheureusement décliner : un contrat de 12 mois
> est difficile à conjuguer avec ma situation familiale en ce moment, et l'écart salarial
> avec mes autres démarches est trop grand.
>
> J'espère vraiment qu'on aura l'occasion de travailler ensemble un jour.
>
> Noémie
""",
        st="declined",
        **re_(
            mid("s3gt", "2025-11-12 17:30", MAXIME, "Offre – Games User Researcher 🎮"),
            "<CAF8m2nbh+Lk0p@mail.gmail.com>",
        ),
    ),
]

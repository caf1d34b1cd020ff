# ruff: noqa: E501, RUF100
"""Corpus 130, job mail part one (data only): see heldout130.py.

Also the corpus's shared helpers: the time zone, ``m()``, the label shorthands and the employer /
role constants, which the other data modules import from here."""

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


def thread(*parents: dict[str, Any] | str) -> dict[str, str]:
    """In-Reply-To / References for a reply to ``parents`` (specs or bare Message-IDs)."""
    ids = [p if isinstance(p, str) else p["id"] for p in parents]
    return {"In-Reply-To": ids[-1], "References": " ".join(ids)}


ME_ADDR = "laure.vercherin@gmail.com"

TR, TRR = "Transalp Logistics", "HR Generalist"
EA, EAR = "Entour Assurances", "Gestionnaire RH"
KA, KAR = "Kairn", "Talent Acquisition Specialist"
BVR, BVR1, BVR2 = "BVR", "Chargé(e) de recrutement", "HR Business Partner Junior"
CSI, CSIR = "Clinique Saint-Irénée", "Chargé(e) RH – Recrutement paramédical"
TUE, TUER = "Trait d'Union Emploi", "Chargé(e) de relations entreprises et recrutement"
ELD, ELDR = "Eldoris", "Chargé(e) de recrutement alternance et relations écoles"
MC, MCR = "Mutuelle des Canuts", "Chargé(e) de recrutement et développement RH"
LB, LBR = "Laboratoires Berthollet", "Responsable Recrutement"
NX, NXR = "Nexom Digital", "Chargé(e) de recrutement IT"
PO, POR = "Pétrin d'Or", "Responsable RH"
AQ, AQR = "Aquatis Ingénierie", "Responsable Ressources Humaines"
GG, GGR = "Imprimerie Gerland Graphic", "Assistant(e) RH et paie"
MB, MBR = "Maisons Bellecour", "Chargé(e) de recrutement"
AR, ARR = "Atelier Roux Soieries", "Responsable administrative et RH"
VD, VDR = "Verdier Distribution", "Responsable Recrutement et Marque Employeur"
FM, FMR = "Flowmade", "Ops & People Manager"
HB, HBR = "Halvard Biotech", "HR Coordinator"
OV, OVR = "Orvalys", "Chargé(e) de recrutement et marque employeur"
FC, FCR = "Fromageries Chabert", "Chargé(e) RH"

# Senders reused across modules.
SR_TR = "Transalp Logistics <noreply@smartrecruiters.com>"
TS_ENTOUR = "Groupe Entour Mutualiste - Recrutement <noreply@talent-soft.com>"
WD_BVR = "BVR Recrutement <bvrgroupe@myworkday.com>"
WTTJ = "Welcome to the Jungle <no-reply@welcometothejungle.com>"
HW = "HelloWork <notification@emails.hellowork.com>"
LI_JOBS = "LinkedIn <jobs-noreply@linkedin.com>"
SANDRINE = "Sandrine MOLLARD <sandrine.mollard@entour-mutualiste.example>"
ROMAIN = "Romain Delorme <r.delorme@helia-recrutement.example>"
SACHA = "Sacha Morel <sacha@kairn.example>"

# Mail she sent, quoted or answered (not in the mailbox: it is her Sent folder).
MY_KAIRN_NO = "<CAH8kR2v0Lq7=Ywz3Jc1m@mail.gmail.com>"
MY_ROUX = "<CAH8kR2tQe1bP4sNx0aW@mail.gmail.com>"
MY_ROUX_2 = "<CAH8kR2s9Xz1Tt2qR8e@mail.gmail.com>"


def _sr_html(company: str, slug: str, body: str, lang: str = "en") -> str:
    """A SmartRecruiters candidate e-mail (HTML only)."""
    foot = (
        "This message was sent to laure.vercherin@gmail.com on behalf of "
        if lang == "en"
        else "Ce message a été envoyé à laure.vercherin@gmail.com pour le compte de "
    )
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{company}</title></head>
<body style="margin:0;background:#f4f5f7;font-family:Helvetica,Arial,sans-serif;color:#2b2b2b">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="24" cellspacing="0" style="background:#ffffff">
<tr><td><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/{slug}/logo.png" alt="{company}" height="40"></td></tr>
<tr><td style="font-size:15px;line-height:22px">{body}</td></tr>
<tr><td style="font-size:11px;color:#8a8f98;border-top:1px solid #e4e6ea">
{foot}{company}.<br>
<a href="https://www.smartrecruiters.com/privacy-policy/" style="color:#8a8f98">Privacy Policy</a> &middot;
Powered by <a href="https://www.smartrecruiters.com/?utm_source=candidate_email" style="color:#8a8f98">SmartRecruiters</a>
</td></tr></table></td></tr></table>
<img src="https://trk.smartrecruiters.com/o/{slug}/a1.gif" width="1" height="1" alt="">
</body></html>"""


def _talentsoft(body: str, ref: str) -> str:
    """A Talentsoft (Cegid) notification of the Entour group's careers site (HTML only)."""
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:13px;color:#333">
<div style="background:#00546b;padding:14px 20px"><img src="https://entour-recrute.talent-soft.com/Handlers/Image.ashx?imagetype=logo" alt="Groupe Entour Mutualiste" height="36"></div>
<div style="padding:20px">{body}</div>
<div style="padding:10px 20px;font-size:11px;color:#777;border-top:1px solid #ddd">
Référence de l'offre : {ref}<br>
Suivez vos candidatures depuis votre espace : <a href="https://entour-recrute.talent-soft.com/espace-candidat/mes-candidatures.aspx">entour-recrute.talent-soft.com</a><br>
Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et de suppression de vos données : dpo@entour-mutualiste.example.<br>
Merci de ne pas répondre à ce message, cette adresse n'est pas consultée.
</div></body></html>"""


def _workday(tenant: str, body: str, lang: str = "fr") -> str:
    link = f"https://{tenant}.wd3.myworkdayjobs.com/{'fr-FR' if lang == 'fr' else 'en-US'}/{tenant.upper()}_Careers/userHome"
    label = "Accéder à mon espace candidat" if lang == "fr" else "Go to my candidate home"
    return f"""<html><body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#333333">
{body}
<p><a href="{link}" style="background:#0875e1;color:#fff;padding:8px 14px;text-decoration:none;border-radius:3px">{label}</a></p>
<p style="font-size:11px;color:#999999">Powered by Workday &middot; {tenant}</p>
</body></html>"""


def _wttj(title: str, co: str, city: str, slug: str) -> str:
    return f"""<html><body style="background:#fff8e6;font-family:'Work Sans',Arial,sans-serif;color:#1d1d1b">
<table width="560" align="center" cellpadding="20" style="background:#ffffff">
<tr><td><img src="https://cdn.welcometothejungle.com/static/email/logo-wttj.png" alt="Welcome to the Jungle" width="140"></td></tr>
<tr><td>
<h1 style="font-size:22px">Candidature envoyée ✔</h1>
<p>Bonne nouvelle Laure, ta candidature pour le poste <b>{title}</b> chez <b>{co}</b> ({city}) a bien été transmise à l'équipe de recrutement.</p>
<p>Et maintenant ? L'entreprise va étudier ton profil. Si ta candidature est retenue, elle te contactera directement. En attendant, tu peux retrouver toutes tes candidatures dans ton espace.</p>
<p><a href="https://www.welcometothejungle.com/fr/me/applications?utm_source=transactional&amp;utm_medium=email&amp;utm_campaign=application_sent" style="background:#ffcd00;color:#1d1d1b;padding:10px 18px;text-decoration:none;font-weight:bold">Suivre mes candidatures</a></p>
<p style="font-size:13px">Voir l'offre : <a href="https://www.welcometothejungle.com/fr/companies/{slug}/jobs?utm_source=transactional">welcometothejungle.com/fr/companies/{slug}</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#888">Welcome to the Jungle – 9 rue Ferdinand Flocon, 75018 Paris.<br>
Tu reçois cet e-mail car tu as postulé via Welcome to the Jungle. <a href="https://www.welcometothejungle.com/fr/me/settings/notifications">Gérer mes notifications</a></td></tr>
</table></body></html>"""


def _hellowork(head: str, intro: str, title: str, co: str, place: str, ref: str) -> str:
    return f"""<html><body style="font-family:Arial,sans-serif;background:#f2f4f7;margin:0">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:18px 24px;background:#1a0d6b"><img src="https://www.hellowork.com/images/mails/logo-hellowork-blanc.png" alt="HelloWork" height="28"></td></tr>
<tr><td style="padding:24px">
<h2 style="color:#1a0d6b;font-size:20px">{head}</h2>
<p>Bonjour Laure,</p>
<p>{intro}</p>
<table cellpadding="10" style="border:1px solid #e1e4ea;width:100%"><tr><td>
<b>{title}</b><br>{co}<br><span style="color:#666">{place}</span>
</td></tr></table>
<p><a href="https://www.hellowork.com/fr-fr/candidat/candidatures.html?utm_source=email&amp;utm_campaign=suivi_candidature&amp;ref={ref}">Voir le suivi de mes candidatures</a></p>
<p>À bientôt sur HelloWork,<br>L'équipe HelloWork</p>
</td></tr>
<tr><td style="padding:14px 24px;font-size:11px;color:#888">HelloWork SAS – 2 rue de la Mabilais, 35000 Rennes. Vous recevez cet e-mail suite à votre candidature sur hellowork.com. <a href="https://www.hellowork.com/fr-fr/candidat/preferences-email.html">Préférences e-mail</a></td></tr>
</table></body></html>"""


# --- 1. Transalp Logistics, HR Generalist (SmartRecruiters, English) -----------------------------

_tr1 = m(
    "sr7731c",
    "2025-09-03 09:14",
    SR_TR,
    "Thank you for your application to Transalp Logistics",
    A("confirmation", TR, TRR, 1, "smartrecruiters", "en"),
    html=_sr_html(
        "Transalp Logistics",
        "TransalpLogisticsSA",
        """<p>Dear Laure,</p>
<p>Thank you for applying for the position of <strong>HR Generalist</strong> at our Lyon – Saint-Priest hub. We have received your application and our Talent team will review it carefully.</p>
<p>We receive a high number of applications, so it may take up to three weeks before you hear from us. If your profile matches what we are looking for, a member of our team will reach out to arrange a first conversation.</p>
<p>In the meantime, you can learn more about life at Transalp on our careers page.</p>
<p>Kind regards,<br>Talent Acquisition Team<br>Transalp Logistics</p>
<p style="font-size:12px;color:#777">Job ID: 3743990012 &middot; <a href="https://jobs.smartrecruiters.com/TransalpLogisticsSA/3743990012-hr-generalist?trid=b7e1">View job posting</a></p>""",
    ),
)

_tr2 = m(
    "sr7731d",
    "2025-09-19 17:42",
    SR_TR,
    "Your application – HR Generalist",
    A("rejection", TR, TRR, 1, "smartrecruiters", "en"),
    html=_sr_html(
        "Transalp Logistics",
        "TransalpLogisticsSA",
        """<p>Dear Laure,</p>
<p>Thank you again for your interest in Transalp Logistics and for the time you took to apply.</p>
<p>We enjoyed reading about your experience in a multi-site logistics environment, and your background in recruiting for warehouse and transport roles really stood out. This made our decision a difficult one.</p>
<p>After careful consideration, however, we have decided to move forward with candidates whose experience more closely matches the current needs of the team, in particular on the payroll side.</p>
<p>We will keep your details on file and would be happy to see your name again for future openings.</p>
<p>Best wishes for your search,<br>Olivia Brandt<br>Talent Partner France &amp; Benelux</p>""",
    ),
)

# --- 2. Entour Assurances, Gestionnaire RH (group careers site, Talentsoft) -----------------------

_ea0 = m(
    "ts2205a",
    "2025-09-05 20:31",
    TS_ENTOUR,
    "Création de votre compte candidat",
    J("other_job", "other"),
    html=_talentsoft(
        """<p>Bonjour Laure Vercherin,</p>
<p>Votre compte candidat sur le site carrières du Groupe Entour Mutualiste a bien été créé.</p>
<p>Votre identifiant : <b>laure.vercherin@gmail.com</b></p>
<p>Pour des raisons de sécurité, nous ne vous communiquons pas votre mot de passe. En cas d'oubli, utilisez le lien « Mot de passe oublié » de la page de connexion.</p>
<p>À bientôt,<br>L'équipe Recrutement du Groupe Entour Mutualiste</p>""",
        "-",
    ),
    **{"with": 2},
)

_ea1 = m(
    "ts2205b",
    "2025-09-05 20:38",
    TS_ENTOUR,
    "Accusé de réception de votre candidature",
    A("confirmation", EA, EAR, 2, "other"),
    html=_talentsoft(
        """<p>Madame,</p>
<p>Nous accusons bonne réception de votre candidature au poste de <b>Gestionnaire RH (H/F)</b> au sein d'Entour Assurances, société du Groupe Entour Mutualiste, et vous remercions de l'intérêt que vous portez à notre Groupe.</p>
<p>Votre dossier va être étudié avec attention par nos équipes. Si votre profil correspond à nos attentes, nous prendrons contact avec vous afin de convenir d'un premier échange. Dans le cas contraire, nous vous informerons de la suite donnée à votre candidature.</p>
<p>Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.</p>
<p>La Direction des Ressources Humaines<br>Groupe Entour Mutualiste</p>""",
        "2025-0412",
    ),
)

_ea2 = m(
    "ts2205c",
    "2025-09-26 11:05",
    TS_ENTOUR,
    "Votre candidature - réf. 2025-0412",
    A("rejection", EA, EAR, 2, "other"),
    html=_talentsoft(
        """<p>Madame,</p>
<p>Vous avez bien voulu nous adresser votre candidature et nous vous en remercions.</p>
<p>Après une étude attentive de votre dossier, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature pour ce poste, d'autres profils correspondant davantage aux exigences de la fonction (gestion administrative du personnel et paie sous HR Access).</p>
<p>Sauf opposition de votre part, nous conservons vos coordonnées dans notre vivier afin de vous proposer, le cas échéant, d'autres opportunités au sein des sociétés du Groupe.</p>
<p>Nous vous souhaitons pleine réussite dans vos recherches.</p>
<p>La Direction des Ressources Humaines<br>Groupe Entour Mutualiste</p>""",
        "2025-0412 – Gestionnaire RH (H/F) – Entour Assurances – Lyon 3e",
    ),
)

# --- 3. Kairn, Talent Acquisition Specialist (Welcome to the Jungle, then the founders; tu) -------

_ka1 = m(
    "wj5512k",
    "2025-09-08 22:47",
    WTTJ,
    "Ta candidature chez Kairn a bien été envoyée",
    A("confirmation", KA, KAR, 3, "other"),
    html=_wttj("Talent Acquisition Specialist", "Kairn", "Lyon 3e", "kairn"),
)

_ka2 = m(
    "tt0917a",
    "2025-09-11 10:02",
    "Sacha de Kairn <no-reply@teamtailor-mail.com>",
    "On s'appelle ? 🙂",
    A("interview", KA, KAR, 3, "teamtailor"),
    text="""Hello Laure,

Merci pour ta candidature au poste de Talent Acquisition Specialist !

Ton parcours nous a tapé dans l'œil : quatre ans de recrutement en volume dans la logistique, c'est exactement le genre de terrain qu'on veut outiller avec Kairn. On aimerait en savoir plus sur toi (et te raconter un peu ce qu'on fait).

Je te propose un premier call de 30 minutes en visio. Choisis le créneau qui t'arrange ici :
https://kairn.teamtailor.com/meetings/7f3c9a21-call-decouverte

Si aucun créneau ne te va, réponds simplement à ce mail et on s'adapte.

À très vite,
Sacha
Co-fondatrice & Head of People – Kairn

--
Kairn · 27 rue Paul Bert · 69003 Lyon
Tu reçois ce message dans le cadre de ta candidature. Gérer mes données : https://kairn.teamtailor.com/connect/privacy
""",
    reply_to="Sacha Morel <sacha@kairn.example>",
)

_ka3 = m(
    "gc0915k",
    "2025-09-12 08:31",
    SACHA,
    "Invitation: Kairn x Laure Vercherin – call découverte @ lun. 15 sept. 2025 11:00 - 11:30 (CEST) (laure.vercherin@gmail.com)",
    A("interview", KA, KAR, 3, "direct"),
    text="""Sacha Morel vous a invité à un événement.

Kairn x Laure Vercherin – call découverte
Quand : lundi 15 septembre 2025 11:00 – 11:30 (heure d'été d'Europe centrale - Paris)
Participer avec Google Meet : https://meet.google.com/kqe-dmxw-pra
Participer par téléphone : (FR) +33 1 87 40 46 02 PIN : 418 227 903#

Invités
Sacha Morel - organisateur
laure.vercherin@gmail.com

Afficher tous les détails de l'invitation : https://calendar.google.com/calendar/event?action=VIEW&eid=M2s0ZmRrcWU

Invitation de Google Agenda : https://calendar.google.com/calendar/
Vous recevez cet e-mail, car vous êtes invité à l'événement. Pour ne plus recevoir de notifications pour cet événement, refusez-le.
""",
    ics=ics(
        "3k4fdkqe8v1pe0m2@google.com",
        "2025-09-15 11:00",
        "Kairn x Laure Vercherin – call découverte",
        ("Sacha Morel", "sacha@kairn.example"),
        minutes=30,
        description="Premier échange autour du poste de Talent Acquisition Specialist.\nGoogle Meet : https://meet.google.com/kqe-dmxw-pra",
        location="https://meet.google.com/kqe-dmxw-pra",
    ),
)

_ka4 = m(
    "ka0919c",
    "2025-09-19 16:20",
    SACHA,
    "Cas pratique 📎",
    A("assessment", KA, KAR, 3, "direct"),
    text="""Coucou Laure,

Merci encore pour lundi, super échange ! Comme promis, voici la suite : un petit cas pratique pour voir comment tu t'y prendrais chez nous.

Le contexte : on doit recruter 6 devs et 2 sales d'ici mars, avec un budget cabinet quasi nul. Comment tu construis le plan d'attaque (sourcing, process, marque employeur, outils) ? Tu trouveras le brief complet en PJ.

Pas besoin d'y passer des heures : 3 ou 4 slides suffisent. Tu peux me l'envoyer d'ici jeudi 25/09, et tu nous le présenteras lors du prochain rendez-vous avec Jérémie (notre CEO) et une partie de l'équipe.

Des questions ? Je suis dispo sur ce mail ou au 06 71 28 44 90.

Belle fin de semaine,
Sacha
""",
    attach=[
        (
            "Kairn_Cas_pratique_TA.pdf",
            "application/pdf",
            "%PDF-1.4\n% Kairn - Cas pratique Talent Acquisition (brief, 2 pages)\n%%EOF\n",
        )
    ],
)

_ka5 = m(
    "gc1002k",
    "2025-09-26 12:14",
    "Jérémie Dantec <jeremie@kairn.example>",
    "Invitation: Kairn – restitution du cas + rencontre équipe @ jeu. 2 oct. 2025 14:00 - 15:30 (CEST) (laure.vercherin@gmail.com)",
    A("interview", KA, KAR, 3, "direct"),
    text="""Jérémie Dantec vous a invité à un événement.

Kairn – restitution du cas + rencontre équipe
Quand : jeudi 2 octobre 2025 14:00 – 15:30 (heure d'été d'Europe centrale - Paris)
Où : Kairn, 27 rue Paul Bert, 69003 Lyon (interphone "Kairn", 2e étage)

Invités
Jérémie Dantec - organisateur
Sacha Morel
Noé Carrel
laure.vercherin@gmail.com

Répondre pour laure.vercherin@gmail.com : Oui - Peut-être - Non
https://calendar.google.com/calendar/event?action=RESPOND&eid=N2s2cmVzdGl0

Invitation de Google Agenda
""",
    ics=ics(
        "7k6restitkairn02@google.com",
        "2025-10-02 14:00",
        "Kairn – restitution du cas + rencontre équipe",
        ("Jérémie Dantec", "jeremie@kairn.example"),
        minutes=90,
        attendees=[("Sacha Morel", "sacha@kairn.example"), ("Noé Carrel", "noe@kairn.example")],
        location="Kairn, 27 rue Paul Bert, 69003 Lyon",
        description="Présentation du cas pratique (20 min) puis échanges avec l'équipe produit et sales.",
    ),
)

_ka6 = m(
    "ka1007o",
    "2025-10-07 18:55",
    SACHA,
    "On aimerait beaucoup que tu nous rejoignes",
    A("offer", KA, KAR, 3, "direct"),
    text="""Laure,

Je ne vais pas faire durer le suspense : suite à jeudi, toute l'équipe est unanime, et on aimerait beaucoup que tu rejoignes Kairn en tant que Talent Acquisition Specialist !

Ta restitution du cas était top (mention spéciale pour l'idée du programme de cooptation avec les early users), et Jérémie est reparti convaincu.

Ce qu'on te propose :
- CDI, statut cadre, forfait jours
- 42 k€ bruts annuels fixes + BSPCE (on t'expliquera le détail de vive voix)
- télétravail 2 jours par semaine
- démarrage idéalement le 3 novembre, mais on s'adaptera à ton préavis

Tu trouveras la proposition écrite en PJ. Prends le temps d'y réfléchir, et appelle-moi si tu veux en parler. On serait ravis d'avoir une réponse d'ici lundi prochain si c'est possible pour toi.

Sacha
""",
    attach=[
        (
            "Kairn_Proposition_Laure_Vercherin.pdf",
            "application/pdf",
            "%PDF-1.4\n% Proposition d'embauche - Talent Acquisition Specialist\n%%EOF\n",
        )
    ],
)

_ka7 = m(
    "ka1013d",
    "2025-10-13 09:12",
    "Jérémie Dantec <jeremie@kairn.example>",
    "Re: On aimerait beaucoup que tu nous rejoignes",
    A("offer", KA, KAR, 3, "direct"),
    text="""Hello Laure,

Merci pour ton message et pour ta transparence, on apprécie vraiment.

On est forcément déçus, mais on comprend tout à fait : à ce stade de Kairn, on ne peut pas s'aligner sur le fixe, et je comprends que la part BSPCE ne pèse pas autant qu'un salaire quand on a d'autres projets en cours.

Si les choses changent de ton côté, ou quand on aura levé notre série A, je me permettrai de revenir vers toi. En attendant, je te souhaite plein de belles choses pour la suite !

Jérémie

Le dim. 12 oct. 2025 à 21:40, Laure Vercherin <laure.vercherin@gmail.com> a écrit :
> Bonsoir Sacha, bonsoir Jérémie,
>
> Merci encore pour votre confiance et pour ce process vraiment agréable.
> Après beaucoup de réflexion, je ne vais malheureusement pas donner suite à
> votre proposition : l'écart avec ma rémunération actuelle est trop important
> pour moi en ce moment.
>
> J'ai adoré vous rencontrer et je suivrai Kairn de près.
>
> Belle soirée,
> Laure
""",
    st="declined",
    cc="Sacha Morel <sacha@kairn.example>",
    **thread(MY_KAIRN_NO),
)

# --- 4. BVR, Chargé(e) de recrutement (Workday) ----------------------------------------------------

_bv0 = m(
    "wd4417v",
    "2025-09-10 13:02",
    WD_BVR,
    "Vérifiez votre adresse e-mail",
    J("other_job", "workday", BVR),
    text="""Bonjour,

Merci d'avoir créé un compte sur le site carrières de Bâtiments et Voiries du Rhône.

Pour activer votre compte, veuillez vérifier votre adresse e-mail en cliquant sur le lien ci-dessous (valable 24 heures) :
https://bvrgroupe.wd3.myworkdayjobs.com/fr-FR/BVR_Careers/activate/3a9c8f7e12b44c0d

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.

BVR – Recrutement
""",
    **{"with": 4},
)

_bv1 = m(
    "wd4417a",
    "2025-09-10 13:19",
    WD_BVR,
    "Confirmation de candidature – R-04417 Chargé(e) de recrutement (H/F)",
    A("confirmation", BVR, BVR1, 4, "workday"),
    html=_workday(
        "bvrgroupe",
        """<p>Bonjour Laure,</p>
<p>Nous vous remercions pour votre candidature au poste <b>R-04417 Chargé(e) de recrutement (H/F)</b> basé à Vénissieux.</p>
<p>Notre équipe Talent Acquisition étudie chaque candidature avec attention. Nous reviendrons vers vous dans les meilleurs délais pour vous informer de la suite donnée à votre candidature.</p>
<p>Vous pouvez à tout moment consulter le statut de votre candidature depuis votre espace candidat.</p>
<p>Cordialement,</p>
<p>L'équipe Talent Acquisition<br>Bâtiments et Voiries du Rhône SAS</p>""",
    ),
)

_bv2 = m(
    "ol1006b",
    "2025-09-29 15:47",
    "CHEREF Nadia <nadia.cheref@bvr-tp.example>",
    "Entretien Chargé(e) de recrutement - Laure Vercherin",
    A("interview", BVR, BVR1, 4, "direct"),
    text="""Bonjour Laure,

Suite à notre échange téléphonique de ce matin, je vous confirme notre entretien le lundi 6 octobre à 10h00 en visio (Teams). Nous serons deux : Thierry Vachon, DRH, et moi-même.

Prévoyez environ une heure. N'hésitez pas à me contacter en cas d'empêchement.

Bien cordialement,

Nadia CHEREF
Responsable Recrutement & Mobilité
BVR – Bâtiments et Voiries du Rhône
14 avenue Jean Jaurès – 69200 Vénissieux
Tél. : 04 72 50 18 33

________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur, application mobile ou appareil de salle
Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk2YjBhNTct%40thread.v2/0?context=%7b%22Tid%22%3a%22b1f0%22%7d>
ID de la réunion : 384 551 207 916
Code secret : 9xW7kR
________________________________________________________________________________
""",
    ics=ics(
        "040000008200E00074C5B7101A82E0080000000062D3F1A1B0C5DB01000000000000000010000000A4C1",
        "2025-10-06 10:00",
        "Entretien Chargé(e) de recrutement - Laure Vercherin",
        ("CHEREF Nadia", "nadia.cheref@bvr-tp.example"),
        style="outlook",
        attendees=[("VACHON Thierry", "thierry.vachon@bvr-tp.example")],
        location="Réunion Microsoft Teams",
    ),
)

_bv3 = m(
    "ol1008b",
    "2025-10-03 08:12",
    "CHEREF Nadia <nadia.cheref@bvr-tp.example>",
    "Mis à jour : Entretien Chargé(e) de recrutement - Laure Vercherin",
    A("interview", BVR, BVR1, 4, "direct"),
    text="""Bonjour Laure,

Un comité de direction a été avancé lundi matin et Thierry ne pourra pas être présent. Je me permets de décaler notre entretien au mercredi 8 octobre à 14h00, toujours sur Teams. J'espère que ce nouveau créneau vous convient, sinon dites-le-moi.

Toutes mes excuses pour ce changement.

Nadia

________________________________________________________________________________
Réunion Microsoft Teams
Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZTk2YjBhNTct%40thread.v2/0?context=%7b%22Tid%22%3a%22b1f0%22%7d>
ID de la réunion : 384 551 207 916
Code secret : 9xW7kR
________________________________________________________________________________
""",
    ics=ics(
        "040000008200E00074C5B7101A82E0080000000062D3F1A1B0C5DB01000000000000000010000000A4C1",
        "2025-10-08 14:00",
        "Entretien Chargé(e) de recrutement - Laure Vercherin",
        ("CHEREF Nadia", "nadia.cheref@bvr-tp.example"),
        style="outlook",
        sequence=1,
        attendees=[("VACHON Thierry", "thierry.vachon@bvr-tp.example")],
        location="Réunion Microsoft Teams",
    ),
)

_bv4 = m(
    "wd4417r",
    "2025-10-21 17:30",
    WD_BVR,
    "Votre candidature chez BVR",
    A("rejection", BVR, BVR1, 4, "workday"),
    html=_workday(
        "bvrgroupe",
        """<p>Bonjour Laure,</p>
<p>Nous tenons à vous remercier pour l'intérêt que vous portez à BVR et pour le temps que vous avez consacré à nos échanges.</p>
<p>Votre parcours a retenu toute notre attention. Nous avons toutefois fait le choix de poursuivre avec un candidat dont l'expérience du recrutement dans le secteur des travaux publics correspond davantage aux enjeux immédiats du poste R-04417.</p>
<p>Nous vous souhaitons une belle réussite dans la suite de vos projets et espérons avoir l'occasion de recroiser votre route.</p>
<p>Bien cordialement,<br>Nadia Cheref<br>Responsable Recrutement &amp; Mobilité</p>""",
    ),
)

# --- 5. Clinique Saint-Irénée, Chargé(e) RH (Groupe Santé Bellecordière, Flatchr) ----------------

VERO = "Véronique AMBLARD <v.amblard@sante-bellecordiere.example>"
VERO_SIG = """
Véronique AMBLARD
Directrice des Ressources Humaines
Clinique Saint-Irénée – Groupe Santé Bellecordière
22 rue des Farges – 69005 Lyon
Standard : 04 78 25 61 00 – Ligne directe : 04 78 25 61 47

Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leur destinataire. Si vous l'avez reçu par erreur, merci d'en avertir l'expéditeur et de le supprimer.
"""

_cs1 = m(
    "fl0915s",
    "2025-09-15 07:58",
    "Groupe Santé Bellecordière <noreply@flatchr.io>",
    "Confirmation de réception de votre candidature",
    A("confirmation", CSI, CSIR, 5, "other"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p><img src="https://careers.flatchr.io/company/sante-bellecordiere/logo.png" alt="Groupe Santé Bellecordière" height="50"></p>
<p>Bonjour Laure Vercherin,</p>
<p>Nous avons bien reçu votre candidature pour l'offre :</p>
<p style="padding:10px;background:#eef6f4"><b>Chargé(e) RH – Recrutement paramédical (CDI)</b><br>Établissement : Clinique Saint-Irénée – Lyon 5e</p>
<p>Nous vous remercions de votre intérêt. Votre candidature sera étudiée par la direction des ressources humaines de l'établissement, qui reviendra vers vous si votre profil correspond au besoin.</p>
<p>Bien cordialement,<br>Le service Recrutement<br>Groupe Santé Bellecordière</p>
<hr style="border:none;border-top:1px solid #ddd">
<p style="font-size:11px;color:#888">Offre consultable sur <a href="https://careers.flatchr.io/company/sante-bellecordiere/vacancy/charge-rh-recrutement-paramedical-lyon-5-x7k2q/">careers.flatchr.io</a>.
Vos données sont traitées conformément à notre politique de confidentialité. Envoyé via Flatchr.</p>
</body></html>""",
)

_cs2 = m(
    "ol1007s",
    "2025-09-30 14:22",
    VERO,
    "Votre candidature – Chargé(e) RH",
    A("interview", CSI, CSIR, 5, "direct"),
    text="""Madame,

Votre candidature au poste de Chargé(e) RH – recrutement paramédical a retenu notre attention et je souhaiterais vous rencontrer.

Je vous propose un entretien le mardi 7 octobre à 9h30, à la clinique (direction, bâtiment A, 3e étage), en présence de Mme Laurence Fayolle, directrice des soins.

Je vous remercie de bien vouloir me confirmer votre disponibilité.

Bien cordialement,
"""
    + VERO_SIG,
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000C0F7A28E0E31DC01000000000000000010000000SI01",
        "2025-10-07 09:30",
        "Entretien Mme Vercherin – Chargé(e) RH",
        ("AMBLARD Véronique", "v.amblard@sante-bellecordiere.example"),
        style="outlook",
        attendees=[("FAYOLLE Laurence", "l.fayolle@sante-bellecordiere.example")],
        location="Clinique Saint-Irénée – Direction, bât. A, 3e étage",
    ),
)

_cs3 = m(
    "ol1006x",
    "2025-10-06 12:40",
    VERO,
    "Annulé : Entretien Mme Vercherin – Chargé(e) RH",
    A("interview", CSI, CSIR, 5, "direct"),
    text="""Madame,

Je suis au regret de devoir annuler notre rendez-vous de demain matin : la visite de certification de la Haute Autorité de Santé a été avancée à cette semaine et mobilise toute l'équipe de direction.

Je reviens vers vous très rapidement avec une nouvelle date. Je vous prie de m'excuser pour ce contretemps.

Bien cordialement,
V. Amblard
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000C0F7A28E0E31DC01000000000000000010000000SI01",
        "2025-10-07 09:30",
        "Annulé : Entretien Mme Vercherin – Chargé(e) RH",
        ("AMBLARD Véronique", "v.amblard@sante-bellecordiere.example"),
        style="outlook",
        method="CANCEL",
        attendees=[("FAYOLLE Laurence", "l.fayolle@sante-bellecordiere.example")],
        location="Clinique Saint-Irénée – Direction, bât. A, 3e étage",
    ),
)

_cs4 = m(
    "ol1016s",
    "2025-10-08 17:05",
    VERO,
    "Nouvelle date pour notre entretien",
    A("interview", CSI, CSIR, 5, "direct"),
    text="""Madame,

Comme promis, je reviens vers vous : pourriez-vous être disponible le jeudi 16 octobre à 14h00 ? Le lieu reste inchangé. Je vous adresse une invitation.

Bien cordialement,
"""
    + VERO_SIG,
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000D1A8C4F31A3FDC01000000000000000010000000SI02",
        "2025-10-16 14:00",
        "Entretien Mme Vercherin – Chargé(e) RH",
        ("AMBLARD Véronique", "v.amblard@sante-bellecordiere.example"),
        style="outlook",
        attendees=[("FAYOLLE Laurence", "l.fayolle@sante-bellecordiere.example")],
        location="Clinique Saint-Irénée – Direction, bât. A, 3e étage",
    ),
)

_cs5 = m(
    "cs1024r",
    "2025-10-24 18:16",
    VERO,
    "Suite à notre entretien",
    A("rejection", CSI, CSIR, 5, "direct"),
    text="""Madame,

Je tiens tout d'abord à vous remercier pour notre échange du 16 octobre, ainsi que pour votre souplesse après le report de notre premier rendez-vous.

Mme Fayolle et moi-même avons beaucoup apprécié votre énergie et la clarté de votre présentation. Nous avons cependant retenu une candidate qui connaît déjà le recrutement des infirmiers et des manipulateurs radio, un point qui reste déterminant compte tenu des tensions actuelles sur ces métiers.

Je ne doute pas que vous trouverez rapidement un poste à la hauteur de vos compétences, et je me permettrai de vous recontacter si une opportunité se présentait au sein du Groupe.

Bien cordialement,
"""
    + VERO_SIG,
)

# --- 6. Trait d'Union Emploi (ALIRE association), via HelloWork ------------------------------------

KARIMA = "Karima Benali <k.benali@alire-lyon.example>"
KARIMA_SIG = """--
Karima Benali
Directrice
ALIRE – Association Lyonnaise pour l'Insertion et le Retour à l'Emploi
« Trait d'Union Emploi »
71 rue Marius Berliet – 69008 Lyon
04 78 00 93 12
Association loi 1901 – SIRET 412 977 318 00035
"""

_tu1 = m(
    "hw0920t",
    "2025-09-20 11:26",
    HW,
    "Votre candidature a bien été envoyée",
    A("confirmation", TUE, TUER, 6, "other"),
    html=_hellowork(
        "Candidature envoyée !",
        "Votre candidature a bien été transmise au recruteur pour l'offre suivante :",
        "Chargé de Relations Entreprises et Recrutement H/F",
        "Trait d'Union Emploi",
        "Lyon 8e - 69 · CDI · Temps plein",
        "a71c0e",
    ),
)

_tu2 = m(
    "hw0924t",
    "2025-09-24 09:03",
    HW,
    "Bonne nouvelle : votre candidature a été consultée",
    A("viewed", TUE, TUER, 6, "other"),
    html=_hellowork(
        "Votre candidature a été consultée 👀",
        "Le recruteur a consulté votre candidature. Restez attentif à vos e-mails et à votre téléphone dans les prochains jours !",
        "Chargé de Relations Entreprises et Recrutement H/F",
        "Trait d'Union Emploi",
        "Lyon 8e - 69 · CDI · Temps plein",
        "a71c0e",
    ),
)

_tu3 = m(
    "tu1002i",
    "2025-10-02 13:48",
    KARIMA,
    "Candidature - poste chargé(e) de relations entreprises",
    A("interview", TUE, TUER, 6, "direct"),
    text="""Bonjour Madame Vercherin,

J'ai bien reçu votre candidature via HelloWork et je vous en remercie. Votre expérience du recrutement en volume et vos liens avec les entreprises de la logistique de l'Est lyonnais nous intéressent beaucoup pour développer nos partenariats.

Je vous propose de nous rencontrer le vendredi 10 octobre à 10h00 dans nos locaux, avec Mme Hélène Duclos, présidente de l'association. L'entretien durera environ 1h15.

Merci de me confirmer votre présence par retour de mail.

Bien cordialement,

"""
    + KARIMA_SIG,
)

_tu4 = m(
    "tu1023h",
    "2025-10-23 16:34",
    KARIMA,
    "RE: Candidature - poste chargé(e) de relations entreprises",
    A("confirmation", TUE, TUER, 6, "direct"),
    text="""Bonjour Madame Vercherin,

Je reviens vers vous comme convenu après notre rencontre du 10 octobre.

Le conseil d'administration, réuni hier soir, a décidé de suspendre ce recrutement dans l'attente de la notification de notre convention avec la Métropole et des crédits FSE+ pour 2026. Sans cette visibilité, nous ne pouvons pas nous engager sur un CDI.

Votre candidature reste bien sûr en tête de liste : je reviendrai vers vous dès que nous aurons une réponse, probablement pas avant février.

Je suis désolée de ce délai et vous remercie de votre compréhension.

Bien cordialement,

"""
    + KARIMA_SIG,
    st="on_hold",
    **thread(_tu3),
)

# --- 7. Eldoris, alternance & relations écoles (Taleo) ---------------------------------------------

_el1 = m(
    "tl0925e",
    "2025-09-25 21:12",
    "Eldoris Recrutement <noreply@taleo.net>",
    "Eldoris - Accusé de réception de votre candidature / Acknowledgement of your application",
    A("confirmation", ELD, ELDR, 7, "taleo"),
    text="""*** English version below ***

Bonjour Laure,

Nous vous remercions pour l'intérêt que vous portez à Eldoris et accusons réception de votre candidature au poste de Chargé(e) de recrutement alternance et relations écoles (H/F), réquisition 25000871, basé à Lyon (Part-Dieu).

Votre candidature est en cours d'étude. Vous pouvez en suivre l'évolution à tout moment dans la rubrique « Mes candidatures » de votre espace personnel :
https://eldoris.taleo.net/careersection/ext_fr/mysubmissions.ftl?lang=fr

Cordialement,
La Direction du Recrutement
Eldoris

--------------------------------------------------------------

Dear Laure,

Thank you for your interest in Eldoris. We confirm receipt of your application for the position of Campus & Apprenticeship Recruiter (requisition 25000871), Lyon.

You can follow the progress of your application in the "My Submissions" section of your candidate profile.

Best regards,
Talent Acquisition
Eldoris

Ce message a été généré automatiquement, merci de ne pas y répondre.
This is an automated message, please do not reply.
""",
)

_el2 = m(
    "tl1030e",
    "2025-10-30 08:47",
    "Eldoris Recrutement <noreply@taleo.net>",
    "Eldoris - Votre candidature 25000871",
    A("rejection", ELD, ELDR, 7, "taleo"),
    text="""*** English version below ***

Bonjour Laure,

Nous vous remercions pour votre candidature au poste de Chargé(e) de recrutement alternance et relations écoles (H/F), réquisition 25000871.

Nous avons reçu de très nombreuses candidatures de qualité pour ce poste. Après examen attentif de votre profil, nous sommes au regret de vous informer que nous ne pourrons pas donner une suite favorable à votre candidature.

Nous vous invitons à consulter régulièrement nos offres sur notre site carrières et vous souhaitons plein succès dans votre recherche.

Cordialement,
La Direction du Recrutement
Eldoris

--------------------------------------------------------------

Dear Laure,

Thank you for applying for requisition 25000871. After careful review, we regret to inform you that we will not be moving forward with your application.

Best regards,
Talent Acquisition
Eldoris
""",
)

# --- 8. Mutuelle des Canuts (Groupe Entour Mutualiste), recrutement & développement RH ------------

_mc1 = m(
    "ts2537a",
    "2025-10-02 07:51",
    TS_ENTOUR,
    "Accusé de réception de votre candidature",
    A("confirmation", MC, MCR, 8, "other"),
    html=_talentsoft(
        """<p>Madame,</p>
<p>Nous accusons bonne réception de votre candidature au poste de <b>Chargé de recrutement et développement RH (H/F)</b> pour la Mutuelle des Canuts, mutuelle membre du Groupe Entour Mutualiste, et vous remercions de l'intérêt que vous portez à notre Groupe.</p>
<p>Votre dossier va être étudié avec attention par nos équipes. Si votre profil correspond à nos attentes, nous prendrons contact avec vous afin de convenir d'un premier échange. Dans le cas contraire, nous vous informerons de la suite donnée à votre candidature.</p>
<p>Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.</p>
<p>La Direction des Ressources Humaines<br>Groupe Entour Mutualiste</p>""",
        "2025-0537",
    ),
)

_mc2 = m(
    "mc1016t",
    "2025-10-16 11:37",
    SANDRINE,
    "Votre candidature réf. 2025-0537 - échange téléphonique",
    A("interview", MC, MCR, 8, "direct"),
    text="""Bonjour Madame Vercherin,

Je suis chargée de recrutement au sein de la DRH du Groupe Entour Mutualiste et je vous contacte au sujet de votre candidature au poste de chargé(e) de recrutement et développement RH, basé au siège de la Mutuelle des Canuts à Lyon 4e.

Seriez-vous disponible pour un premier échange téléphonique d'environ 30 minutes lundi 20 octobre à 12h30 ou mardi 21 à 17h30 ? Je vous appellerai au numéro indiqué sur votre CV.

Bien cordialement,

Sandrine MOLLARD
Chargée de recrutement – Direction des Ressources Humaines Groupe
Groupe Entour Mutualiste
40 cours Lafayette – 69003 Lyon
Tél. : 04 26 68 71 09

Pensez à l'environnement avant d'imprimer ce message.
""",
)

_mc3 = m(
    "ol1105m",
    "2025-10-29 09:26",
    SANDRINE,
    "Entretien - Chargé(e) de recrutement et développement RH - Mutuelle des Canuts",
    A("interview", MC, MCR, 8, "direct"),
    text="""Bonjour Madame Vercherin,

Suite à notre échange téléphonique, j'ai le plaisir de vous confirmer votre entretien le mercredi 5 novembre à 10h00 avec M. Hervé Lacombe, DRH de la Mutuelle des Canuts, et moi-même.

Adresse : Mutuelle des Canuts, 8 rue Dumenge, 69004 Lyon (accueil au rez-de-chaussée, métro Croix-Rousse).

Bien cordialement,
Sandrine MOLLARD
Chargée de recrutement – DRH Groupe
Groupe Entour Mutualiste
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000A7B26C4E9D48DC01000000000000000010000000MC01",
        "2025-11-05 10:00",
        "Entretien L. Vercherin - Chargé(e) de recrutement et développement RH",
        ("MOLLARD Sandrine", "sandrine.mollard@entour-mutualiste.example"),
        style="outlook",
        attendees=[("LACOMBE Hervé", "herve.lacombe@mutuelle-canuts.example")],
        location="Mutuelle des Canuts - 8 rue Dumenge, 69004 Lyon - salle Jacquard",
    ),
)

_mc4 = m(
    "af1112m",
    "2025-11-12 10:04",
    "AssessFirst <no-reply@assessfirst.com>",
    "Groupe Entour Mutualiste vous invite à compléter votre profil AssessFirst",
    A("assessment", MC, MCR, 8, "other"),
    html="""<html><body style="font-family:Arial,sans-serif;color:#1f2937;background:#f9fafb">
<table width="560" align="center" cellpadding="24" style="background:#fff;border-radius:8px">
<tr><td><img src="https://assets.assessfirst.com/email/logo.png" alt="AssessFirst" height="30"></td></tr>
<tr><td>
<p>Bonjour Laure,</p>
<p><b>Groupe Entour Mutualiste</b> vous invite à compléter les questionnaires AssessFirst dans le cadre de votre candidature au poste <b>Chargé de recrutement et développement RH</b>.</p>
<p>Trois questionnaires vous attendent :</p>
<ul><li>SWIPE – votre personnalité (10 min)</li><li>DRIVE – vos motivations (10 min)</li><li>BRAIN – votre manière d'apprendre (20 min)</li></ul>
<p>Il n'y a pas de bonnes ou de mauvaises réponses. Merci de les compléter avant le <b>19 novembre 2025</b>.</p>
<p><a href="https://app.assessfirst.com/invitation/accept?token=eW3rT9kLp0" style="background:#6d28d9;color:#fff;padding:10px 20px;text-decoration:none;border-radius:6px">Commencer</a></p>
<p>Bonne chance !<br>L'équipe AssessFirst</p>
</td></tr>
<tr><td style="font-size:11px;color:#6b7280">AssessFirst SAS, 10 rue du Faubourg Montmartre, 75009 Paris. Vous recevez cet e-mail à la demande de Groupe Entour Mutualiste.</td></tr>
</table></body></html>""",
)

_mc5 = m(
    "ol1202m",
    "2025-11-24 15:58",
    SANDRINE,
    "Entretien final - Direction générale Mutuelle des Canuts",
    A("interview", MC, MCR, 8, "direct"),
    text="""Bonjour Madame Vercherin,

Suite à votre entretien avec M. Lacombe et aux résultats de vos questionnaires, j'ai le plaisir de vous informer que votre candidature est retenue pour le dernier tour.

Mme Pascale Joannon, directrice générale de la Mutuelle des Canuts, et M. Lacombe souhaitent vous rencontrer le mardi 2 décembre à 16h00, au siège. L'entretien durera environ une heure ; nous vous demanderons de présenter en dix minutes votre vision du plan d'intégration des nouveaux conseillers mutualistes.

Je vous adresse l'invitation correspondante.

Bien cordialement,
Sandrine MOLLARD
Groupe Entour Mutualiste – DRH Groupe
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000F35E0B1D6A5EDC01000000000000000010000000MC02",
        "2025-12-02 16:00",
        "Entretien final L. Vercherin - Direction générale",
        ("MOLLARD Sandrine", "sandrine.mollard@entour-mutualiste.example"),
        style="outlook",
        attendees=[
            ("JOANNON Pascale", "pascale.joannon@mutuelle-canuts.example"),
            ("LACOMBE Hervé", "herve.lacombe@mutuelle-canuts.example"),
        ],
        location="Mutuelle des Canuts - 8 rue Dumenge, 69004 Lyon - bureau de la direction générale",
    ),
)

HERVE = "Hervé LACOMBE <herve.lacombe@mutuelle-canuts.example>"

_mc6 = m(
    "mc0109o",
    "2026-01-09 17:21",
    HERVE,
    "Proposition d'embauche",
    A("offer", MC, MCR, 8, "direct"),
    text="""Madame,

Suite à notre conversation téléphonique de ce jour, j'ai le plaisir de vous confirmer notre proposition d'embauche au poste de Chargée de recrutement et développement RH au sein de la Mutuelle des Canuts.

Les principales conditions sont les suivantes :
- contrat à durée indéterminée, statut cadre (convention collective de la Mutualité) ;
- rémunération annuelle brute de 41 500 €, versée sur 13 mois, hors intéressement ;
- période d'essai de quatre mois, renouvelable une fois ;
- prise de poste le lundi 2 mars 2026 au siège, 8 rue Dumenge, Lyon 4e ;
- télétravail possible deux jours par semaine après la période d'essai, selon l'accord d'entreprise.

Vous recevrez en début de semaine prochaine la promesse d'embauche à signer électroniquement via DocuSign.

Mme Joannon se joint à moi pour vous dire notre plaisir à l'idée de vous accueillir.

Bien cordialement,

Hervé LACOMBE
Directeur des Ressources Humaines
Mutuelle des Canuts – membre du Groupe Entour Mutualiste
Mutuelle régie par le livre II du Code de la mutualité – SIREN 779 412 566
""",
)

_mc7 = m(
    "ds0112m",
    "2026-01-12 10:18",
    "Hervé LACOMBE via DocuSign <dse@eumail.docusign.net>",
    "Veuillez signer avec DocuSign : Promesse d'embauche - Laure Vercherin",
    A("offer", MC, MCR, 8, "docusign"),
    html="""<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif;margin:0">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:24px"><img src="https://eu.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" height="30"></td></tr>
<tr><td style="background:#1e4ca1;color:#fff;padding:30px;text-align:center;font-size:16px">
Hervé LACOMBE vous a envoyé un document à vérifier et à signer.<br><br>
<a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=5b1c0f7e-2d3a-4c9e-9f21-0a8c7e6d5b4f&amp;etti=24&amp;acct=8e1d" style="background:#ffc820;color:#333;padding:12px 24px;text-decoration:none;font-weight:bold">CONSULTER LE DOCUMENT</a>
</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333">
<p><b>Hervé LACOMBE</b><br>herve.lacombe@mutuelle-canuts.example</p>
<p>Madame Vercherin,</p>
<p>Veuillez trouver ci-joint votre promesse d'embauche. Je vous remercie de bien vouloir la signer avant le 16 janvier.</p>
<p>Cordialement,<br>Hervé Lacombe</p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#666">
<b>Ne partagez pas cet e-mail</b><br>Cet e-mail contient un lien sécurisé vers DocuSign. Veuillez ne pas partager cet e-mail, ce lien ou le code d'accès avec d'autres personnes.<br><br>
<b>Autre méthode de signature</b><br>Rendez-vous sur DocuSign.com, cliquez sur « Accéder aux documents » et saisissez le code de sécurité : 5B1C0F7E2D3A4C9E9F210A8C7E6D5B4F1<br><br>
<b>À propos de DocuSign</b><br>Signez des documents électroniquement en quelques minutes. C'est sûr, sécurisé et juridiquement contraignant.
</td></tr></table></body></html>""",
)

_mc8 = m(
    "ds0113m",
    "2026-01-13 08:02",
    "DocuSign <dse@eumail.docusign.net>",
    "Terminé : Promesse d'embauche - Laure Vercherin",
    A("offer", MC, MCR, 8, "docusign"),
    html="""<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif;margin:0">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="padding:24px"><img src="https://eu.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" height="30"></td></tr>
<tr><td style="background:#1e4ca1;color:#fff;padding:30px;text-align:center;font-size:16px">
Votre document a été complété<br><br>
<a href="https://eu.docusign.net/Signing/EmailStart.aspx?a=9c0d2e4f-77ab-4e1d-8c3b-5f6a7e8d9c0b&amp;etti=24&amp;acct=8e1d" style="background:#ffc820;color:#333;padding:12px 24px;text-decoration:none;font-weight:bold">AFFICHER LE DOCUMENT COMPLÉTÉ</a>
</td></tr>
<tr><td style="padding:24px;font-size:14px;color:#333">
<p>Toutes les parties ont complété l'enveloppe « Promesse d'embauche - Laure Vercherin ».</p>
<p>Le document signé est joint à cet e-mail au format PDF.</p>
</td></tr>
<tr><td style="padding:24px;font-size:11px;color:#666">
<b>Ne partagez pas cet e-mail</b><br>Cet e-mail contient un lien sécurisé vers DocuSign.<br><br>
<b>À propos de DocuSign</b><br>Signez des documents électroniquement en quelques minutes.
</td></tr></table></body></html>""",
    st="accepted",
    attach=[
        (
            "Promesse d'embauche - Laure Vercherin.pdf",
            "application/pdf",
            "%PDF-1.5\n% Mutuelle des Canuts - promesse d'embauche signée\n%%EOF\n",
        )
    ],
)

# --- 9. Laboratoires Berthollet, Responsable Recrutement (Hélia Recrutement, named late) ----------

_lb0 = m(
    "li1001h",
    "2025-10-01 19:44",
    "Romain Delorme via LinkedIn <inmail-hit-reply@linkedin.com>",
    "Responsable Recrutement – laboratoire pharmaceutique (Lyon 7e)",
    J("outreach", "linkedin", None, LBR),
    html="""<html><body style="font-family:-apple-system,system-ui,'Segoe UI',Roboto,Arial,sans-serif;color:#191919;background:#f3f2ef">
<table width="520" align="center" cellpadding="20" style="background:#fff">
<tr><td><img src="https://static.licdn.com/aero-v1/sc/h/logo-inmail.png" alt="LinkedIn" height="24"></td></tr>
<tr><td>
<p style="font-size:13px;color:#666">Romain Delorme · Consultant senior RH &amp; fonctions support chez Hélia Recrutement</p>
<p>Bonjour Laure,</p>
<p>Je me permets de vous contacter car votre parcours en recrutement multi-sites correspond à une mission que je mène actuellement.</p>
<p>Mon client, un laboratoire pharmaceutique familial implanté à Gerland (environ 600 collaborateurs, forte croissance à l'export), crée un poste de <b>Responsable Recrutement</b> rattaché à la DRH, avec une petite équipe à animer (2 chargés de recrutement + alternants).</p>
<p>Seriez-vous ouverte à un échange confidentiel cette semaine ou la suivante ?</p>
<p>Bien à vous,<br>Romain</p>
<p><a href="https://www.linkedin.com/messaging/thread/2-YTE5ZmQ0?trk=eml-inmail" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none">Répondre</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#888">Cet e-mail était destiné à Laure Vercherin (Chargée RH – recrutement &amp; développement). <a href="https://www.linkedin.com/help/linkedin/answer/4788">En savoir plus</a> · <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn">Se désabonner</a><br>© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.</td></tr>
</table></body></html>""",
    **{"with": 9},
)

_lb1 = m(
    "hr1006a",
    "2025-10-06 09:33",
    "Hélia Recrutement <candidatures@helia-recrutement.example>",
    "Mission RR-2025-118 - Accusé de réception",
    A("confirmation", LB, LBR, 9, "agency"),
    text="""Bonjour,

Nous accusons réception de votre candidature pour la mission suivante :

  Référence : RR-2025-118
  Intitulé : Responsable Recrutement H/F
  Localisation : Lyon 7e
  Consultant en charge : Romain Delorme

Votre dossier est transmis au consultant, qui reviendra vers vous personnellement.

Hélia Recrutement – Cabinet de recrutement RH, finance et fonctions support
5 quai Jules Courmont – 69002 Lyon – www.helia-recrutement.example

Conformément au RGPD, vos données sont conservées 24 mois dans notre base candidats. Pour exercer vos droits : rgpd@helia-recrutement.example
""",
)

_lb2 = m(
    "hr1008i",
    "2025-10-08 12:15",
    ROMAIN,
    "Entretien au cabinet - mission Responsable Recrutement",
    A("interview", LB, LBR, 9, "agency"),
    text="""Bonjour Laure,

Merci pour votre retour rapide et pour votre CV.

Comme évoqué, je vous propose un premier entretien au cabinet le mardi 14 octobre à 18h00 (5 quai Jules Courmont, 3e étage, interphone Hélia). Nous ferons le point sur votre parcours et je vous présenterai plus en détail le contexte de mon client, sans encore pouvoir le nommer à ce stade.

Je vous envoie une invitation.

Bien à vous,

Romain Delorme
Consultant senior – RH & fonctions support
Hélia Recrutement
06 48 22 17 65
""",
    ics=ics(
        "040000008200E00074C5B7101A82E008000000003C9B7A5F2E3CDC01000000000000000010000000HR01",
        "2025-10-14 18:00",
        "Entretien Laure Vercherin - RR-2025-118",
        ("Romain Delorme", "r.delorme@helia-recrutement.example"),
        style="outlook",
        location="Hélia Recrutement - 5 quai Jules Courmont, 69002 Lyon",
    ),
)

_lb3 = m(
    "hr1028p",
    "2025-10-28 18:40",
    ROMAIN,
    "Point d'étape - Responsable Recrutement",
    A("interview", LB, LBR, 9, "agency"),
    text="""Bonsoir Laure,

Bonne nouvelle : j'ai présenté votre candidature à mon client la semaine dernière et il souhaite vous rencontrer.

Je peux maintenant lever la confidentialité : il s'agit des Laboratoires Berthollet (siège et site de production de Gerland). Vous rencontreriez Agnès Rivoire, DRH, le jeudi 6 novembre en fin de journée. Son assistante vous enverra une invitation directement.

Quelques conseils pour préparer l'échange : Agnès attache beaucoup d'importance aux indicateurs (délais de recrutement, taux de transformation) et au lien avec les managers de production. N'hésitez pas à illustrer avec des chiffres de votre poste actuel.

Je reste disponible si vous voulez en parler avant.

Bien à vous,
Romain
""",
    **thread(_lb2),
)

_lb4 = m(
    "ol1106b",
    "2025-11-03 10:09",
    "RIVOIRE Agnès <agnes.rivoire@berthollet-pharma.example>",
    "Entretien Responsable Recrutement - Mme Laure Vercherin",
    A("interview", LB, LBR, 9, "direct"),
    text="""Bonjour Madame,

Sur proposition du cabinet Hélia Recrutement, je vous confirme notre rendez-vous le jeudi 6 novembre à 17h30 dans nos locaux de Gerland.

Merci de vous présenter à l'accueil du bâtiment B (un badge visiteur vous sera remis sur présentation d'une pièce d'identité).

Bien cordialement,

Agnès RIVOIRE
Directrice des Ressources Humaines
LABORATOIRES BERTHOLLET
Siège social : 41 rue Challemel-Lacour – 69007 Lyon
SAS au capital de 12 400 000 € – RCS Lyon 957 502 118
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000B8E2D4A91C4ADC01000000000000000010000000LB01",
        "2025-11-06 17:30",
        "Entretien Responsable Recrutement - Mme Laure Vercherin",
        ("RIVOIRE Agnès", "agnes.rivoire@berthollet-pharma.example"),
        style="outlook",
        location="Laboratoires Berthollet - bâtiment B, 41 rue Challemel-Lacour, 69007 Lyon",
    ),
)

_lb5 = m(
    "hr1120f",
    "2025-11-20 13:27",
    ROMAIN,
    "Berthollet - dernière étape",
    A("interview", LB, LBR, 9, "agency"),
    text="""Bonjour Laure,

J'ai eu Agnès Rivoire au téléphone ce matin : très bon retour sur votre entretien. Vous faites partie des deux candidats retenus pour la dernière étape.

Celle-ci se déroulera le mardi 9 décembre après-midi, sur le site de Gerland :
- 14h00 : rencontre avec M. Philippe Berthollet, président ;
- 15h00 : mise en situation avec deux managers de production (recrutement d'un poste de technicien de fabrication) ;
- 16h00 : échange avec l'équipe recrutement actuelle.

Pouvez-vous me confirmer votre disponibilité ? Je vous appelle demain pour préparer tout cela.

Romain
""",
)

_lb6 = m(
    "hr0114w",
    "2026-01-14 11:52",
    ROMAIN,
    "RE: Berthollet - dernière étape",
    A("confirmation", LB, LBR, 9, "agency"),
    text="""Bonjour Laure,

Bien noté, et merci de m'avoir prévenu rapidement. C'est évidemment une déception pour mon client, qui attendait de finaliser ses arbitrages budgétaires de janvier pour se décider, mais je comprends parfaitement votre choix.

J'informe Agnès Rivoire de votre désistement aujourd'hui. Toutes mes félicitations pour votre nouveau poste, et au plaisir de recroiser votre route, peut-être de l'autre côté de la table !

Bien à vous,
Romain

-----Message d'origine-----
De : Laure Vercherin <laure.vercherin@gmail.com>
Envoyé : mardi 13 janvier 2026 22:05
À : Romain Delorme <r.delorme@helia-recrutement.example>
Objet : RE: Berthollet - dernière étape

Bonsoir Romain,

Je souhaitais vous informer que j'ai accepté une autre proposition et que je retire donc ma candidature pour le poste chez Berthollet. Merci beaucoup pour votre accompagnement tout au long de ce process.

Bien cordialement,
Laure
""",
    st="withdrawn",
    **thread(_lb5),
)

# --- 10. Nexom Digital, Chargé(e) de recrutement IT (LinkedIn Easy Apply) --------------------------

_nx1 = m(
    "li1009n",
    "2025-10-09 12:48",
    LI_JOBS,
    "Laure, votre candidature a été envoyée à Nexom Digital",
    A("confirmation", NX, NXR, 10, "linkedin"),
    html="""<html><body style="font-family:-apple-system,system-ui,Roboto,Arial,sans-serif;background:#f3f2ef;color:#191919">
<table width="512" align="center" cellpadding="16" style="background:#fff">
<tr><td><img src="https://static.licdn.com/aero-v1/sc/h/8fkga714vy9b2wk5auqo5reeb" alt="LinkedIn" height="22"></td></tr>
<tr><td>
<h2 style="font-size:20px">Votre candidature a été envoyée à Nexom Digital</h2>
<table><tr><td><img src="https://media.licdn.com/dms/image/nexom-logo_100.png" width="48" alt="Nexom Digital"></td>
<td><b>Chargé(e) de recrutement IT (H/F)</b><br>Nexom Digital · Lyon, Auvergne-Rhône-Alpes, France (Hybride)<br><span style="color:#666">Candidature envoyée le 9 oct. 2025</span></td></tr></table>
<p><a href="https://www.linkedin.com/jobs/view/4211938765/?trk=eml-jobs_applied&amp;refId=0c7e" style="color:#0a66c2">Voir l'offre</a></p>
<p style="font-size:14px">Vous pouvez suivre votre candidature dans <a href="https://www.linkedin.com/my-items/saved-jobs/?cardType=APPLIED&amp;trk=eml" style="color:#0a66c2">Mes offres d'emploi</a>.</p>
</td></tr>
<tr><td style="font-size:11px;color:#888">Cet e-mail était destiné à Laure Vercherin. <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Se désabonner</a> · <a href="https://www.linkedin.com/help/linkedin">Aide</a><br>© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2. LinkedIn est une marque déposée de LinkedIn Corporation.</td></tr>
</table></body></html>""",
)

_nx2 = m(
    "li1010n",
    "2025-10-10 16:03",
    LI_JOBS,
    "Votre candidature a été consultée par Nexom Digital",
    A("viewed", NX, NXR, 10, "linkedin"),
    html="""<html><body style="font-family:-apple-system,system-ui,Roboto,Arial,sans-serif;background:#f3f2ef;color:#191919">
<table width="512" align="center" cellpadding="16" style="background:#fff">
<tr><td><img src="https://static.licdn.com/aero-v1/sc/h/8fkga714vy9b2wk5auqo5reeb" alt="LinkedIn" height="22"></td></tr>
<tr><td>
<p>Bonjour Laure,</p>
<p>Bonne nouvelle ! Votre candidature pour le poste de <b>Chargé(e) de recrutement IT (H/F)</b> a été consultée par Nexom Digital.</p>
<p>Cela signifie que le recruteur a ouvert votre profil. Il n'y a rien d'autre à faire pour le moment.</p>
<p><a href="https://www.linkedin.com/jobs/view/4211938765/?trk=eml-jobs_viewed" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none">Voir la candidature</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#888">Cet e-mail était destiné à Laure Vercherin. <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Se désabonner</a><br>© 2025 LinkedIn Ireland Unlimited Company.</td></tr>
</table></body></html>""",
)

_nx3 = m(
    "nx1020y",
    "2025-10-20 09:57",
    "Yanis Ait-Ouali <y.aitouali@nexom.example>",
    "Ta candidature LinkedIn",
    A("interview", NX, NXR, 10, "direct"),
    text="""Salut Laure,

Je suis Yanis, manager de l'équipe recrutement chez Nexom. J'ai bien reçu ta candidature via LinkedIn pour le poste de chargé(e) de recrutement IT.

Ton profil est un peu atypique pour nous (pas encore de recrutement tech), mais ta pratique du volume m'intéresse. On se cale un appel de 20 minutes ? Je te propose mercredi 22 à 13h ou jeudi 23 à 18h.

À+
Yanis

Yanis Ait-Ouali | Talent Acquisition Manager
NEXOM DIGITAL | ESN – conseil & ingénierie logicielle
Tour Swiss Life, 1 boulevard Vivier-Merle – 69003 Lyon
""",
)

# --- 11. Pétrin d'Or, Responsable RH (Indeed) ------------------------------------------------------

_po1 = m(
    "in1014p",
    "2025-10-14 21:36",
    "Indeed <indeedapply@indeed.com>",
    "Candidature envoyée : Responsable RH (H/F)",
    A("confirmation", PO, POR, 11, "indeed"),
    html="""<html><body style="font-family:'Noto Sans',Helvetica,Arial,sans-serif;color:#2d2d2d">
<table width="600" align="center" cellpadding="0" cellspacing="0">
<tr><td style="padding:20px 0"><img src="https://fr.indeed.com/images/indeed-logo-email.png" alt="Indeed" width="100"></td></tr>
<tr><td>
<p style="font-size:20px;font-weight:bold">Votre candidature a été envoyée</p>
<table cellpadding="14" style="border:1px solid #d4d2d0;border-radius:8px;width:100%"><tr><td>
<b>Responsable RH (H/F)</b><br>Pétrin d'Or<br>Villeurbanne (69)<br>
<span style="color:#595959">Candidature envoyée le 14 octobre 2025</span>
</td></tr></table>
<p>L'employeur va examiner votre candidature. Nous vous conseillons de consulter régulièrement vos e-mails, y compris les courriers indésirables.</p>
<p><a href="https://fr.indeed.com/myjobs?from=ia-confirmation-email&amp;tk=1h9qv3" style="background:#2557a7;color:#fff;padding:10px 18px;border-radius:8px;text-decoration:none">Suivre mes candidatures</a></p>
</td></tr>
<tr><td style="padding-top:24px;font-size:11px;color:#767676">© 2025 Indeed · <a href="https://fr.indeed.com/legal">Conditions d'utilisation</a> · <a href="https://fr.indeed.com/legal?hl=fr#privacy">Confidentialité</a><br>Indeed Ireland Operations Ltd, 124 St. Stephen's Green, Dublin 2, Irlande</td></tr>
</table></body></html>""",
)

_po2 = m(
    "in1104p",
    "2025-11-04 13:10",
    "Pétrin d'Or via Indeed <reply-7c41e0b2a9f3d1@indeedemail.com>",
    "Responsable RH (H/F) - Villeurbanne",
    A("rejection", PO, POR, 11, "indeed"),
    text="""Bonjour Laure,

Merci pour l'intérêt que vous portez à notre entreprise et pour votre candidature au poste de Responsable RH.

Nous avons reçu beaucoup de candidatures et nous avons choisi de poursuivre avec une personne qui a déjà l'expérience d'un réseau de boutiques en franchise, ce qui correspond mieux à notre organisation actuelle (14 boutiques et un atelier de fabrication).

Nous vous souhaitons bonne chance dans vos recherches.

Cordialement,
Myriam Chapuis
Gérante – Pétrin d'Or

--------------------------------------------------
Ce message vous a été envoyé par Pétrin d'Or via Indeed. Répondez directement à cet e-mail pour envoyer un message à l'employeur.
Indeed vous protège : ne communiquez jamais vos coordonnées bancaires. Signaler ce message : https://fr.indeed.com/report?m=7c41e0b2
""",
)

MAIL = [
    _tr1, _tr2,
    _ea0, _ea1, _ea2,
    _ka1, _ka2, _ka3, _ka4, _ka5, _ka6, _ka7,
    _bv0, _bv1, _bv2, _bv3, _bv4,
    _cs1, _cs2, _cs3, _cs4, _cs5,
    _tu1, _tu2, _tu3, _tu4,
    _el1, _el2,
    _mc1, _mc2, _mc3, _mc4, _mc5, _mc6, _mc7, _mc8,
    _lb0, _lb1, _lb2, _lb3, _lb4, _lb5, _lb6,
    _nx1, _nx2, _nx3,
    _po1, _po2,
]  # fmt: skip

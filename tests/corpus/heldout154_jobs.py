# ruff: noqa: E501, RUF100
"""Corpus 154, job mail part one (data only): see heldout154.py.

Also the corpus's shared helpers: the time zone, ``m()``, the label shorthands and the employer
and role names, which the other data modules import from here."""

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


def re_(*specs: dict[str, Any]) -> dict[str, str]:
    """Threading headers of a reply to the last of ``specs`` (the thread's earlier ones first)."""
    ids = [s["id"] for s in specs]
    return {"In-Reply-To": ids[-1], "References": " ".join(ids)}


ME_ADDR = "maelle.guillou.benhamou@gmail.com"

BR, BRR = "Clinique Belle-Rive", "Infirmier(e) DE – Chirurgie ambulatoire (jour)"
PO, POR = "Clinique du Parc Océane", "Infirmier(e) – Hôpital de jour"
BA, BAR = "Bel Âge", "Infirmier(e) coordinateur(trice) – IDEC"
DS, DSR1, DSR2 = (
    "HAD Domisoins",
    "Infirmier(e) coordinateur(trice) HAD",
    "Infirmier(e) de liaison",
)
ST, STR = "Santé au Travail Loire-Estuaire", "Infirmier(e) en santé au travail"
VC, VCR = "Veridian Clinical Research", "Clinical Research Associate I"
OR, ORR = "Orthalys", "Spécialiste clinique bloc opératoire – Grand Ouest"
CH, CHR = "Centre Hospitalier Atlantique-Brière", "Infirmier(e) – Hôpital de jour de médecine"
LG, LGR = "Centre de santé Ligéria", "Infirmier(e) – Centre de santé polyvalent"
KA, KAR = "Kalia", "Infirmier·e de télésuivi (Care Manager)"
PE, PER = "Polyclinique de l'Estuaire", "IDE – Service de médecine (CDI jour)"
AV, AVR = "Laboratoires Avelune", "Infirmier(e) de recherche clinique"
TI, TIR = "Ensemble scolaire Les Tilleuls", "Infirmier(e) scolaire (mi-temps)"
NE, NER = "Naval Estuaire Industries", "Infirmier(e) en santé au travail – service médical"
ND, NDR = "Néphro-Ouest Dialyse", "Infirmier(e) en hémodialyse (poste de jour)"
AJ, AJR = "Clinique Les Ajoncs", "IDE – SSR polyvalent"
CL, CLR = "Clinlink Ouest", "Attaché(e) de recherche clinique junior"
ML, MLR = "MédiLigne", "Infirmier(e) de téléconsultation"
PV, PVR = "Prévention Santé Travail Vendée", "Infirmier(e) en santé au travail – CDD 6 mois"
OX, OXR = "Oxalis Santé Domicile", "Infirmier(e) conseil diabétologie"

GROUP_FOOTER = """--
Pôle Ressources Humaines mutualisé – Groupe Océane Santé
Siège : 4 allée des Tanneurs, 44000 Nantes
Les données de votre candidature sont traitées par l'établissement recruteur du Groupe Océane
Santé aux seules fins de recrutement et conservées 2 ans. Droits d'accès et de rectification :
dpo@oceane-sante.example"""

_GM = "Gwenaëlle Moisan <g.moisan@oceane-sante.example>"


# --- Clinique du Parc Océane (22): the forwarded accusé from her old address ------------------

_po1 = m(
    "zq81",
    "2025-09-03 07:41",
    "Maëlle Guillou <maelle.guillou@hotmail.fr>",
    "TR: Accusé de réception de votre candidature",
    A("confirmation", PO, POR, 22, "direct"),
    text="""à garder, j'ai postulé avec l'ancienne adresse hotmail avant de créer celle-ci 🙄

Envoyé de mon iPhone

________________________________
De : Recrutement Océane Santé <recrutement@oceane-sante.example>
Envoyé : mardi 2 septembre 2025 18:03
À : maelle.guillou@hotmail.fr
Objet : Accusé de réception de votre candidature

Madame,

Nous accusons bonne réception de votre candidature au poste d'Infirmier(e) – Hôpital de jour
(médecine, oncologie) au sein de la Clinique du Parc Océane à Saint-Nazaire, et nous vous en
remercions.

Votre dossier va être étudié avec attention par la direction des soins de l'établissement. Si
votre profil correspond à nos besoins, vous serez contactée dans un délai de trois semaines.
Sans réponse de notre part passé ce délai, vous pourrez considérer que nous ne sommes pas en
mesure de donner une suite favorable à votre candidature.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Le service recrutement
"""
    + GROUP_FOOTER
    + "\n",
)

_vivier = m(
    "c4tm",
    "2025-09-10 12:00",
    "Océane Santé Carrières <carrieres@oceane-sante.example>",
    "Bienvenue dans le vivier de talents Océane Santé",
    J("alert", "direct", "Groupe Océane Santé"),
    html="""<html><body style="font-family:Arial,sans-serif;background:#f3f6f8">
<table width="600" align="center" style="background:#fff">
<tr><td style="background:#0b4f6c;padding:18px"><img src="https://carrieres.oceane-sante.example/img/logo-blanc.png" alt="Océane Santé – 9 établissements de santé dans l'Ouest" height="38"></td></tr>
<tr><td style="padding:24px;color:#22313f;font-size:14px;line-height:1.5">
<p>Bonjour Maëlle,</p>
<p>Vous faites désormais partie du <b>vivier de talents</b> du Groupe Océane Santé. Vous recevrez en
avant-première nos offres d'emploi correspondant aux critères choisis : <i>Infirmier(e) – Loire-Atlantique – CDI – Jour</i>.</p>
<p>Cliniques MCO, SSR, santé mentale, centres de dialyse : nos 9 établissements recrutent toute l'année
des professionnels soignants engagés.</p>
<p style="text-align:center"><a href="https://carrieres.oceane-sante.example/offres?utm_source=vivier&amp;utm_medium=email&amp;utm_campaign=bienvenue" style="background:#f28c28;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Voir les offres</a></p>
<p>À très bientôt,<br>L'équipe Marque employeur</p>
</td></tr>
<tr><td style="font-size:11px;color:#7a8791;padding:12px 24px">Vous recevez cet e-mail car vous avez créé une alerte sur carrieres.oceane-sante.example.
<a href="https://carrieres.oceane-sante.example/desinscription?u=7d21f0">Se désinscrire</a></td></tr>
</table></body></html>""",
    headers={
        "List-Unsubscribe": "<https://carrieres.oceane-sante.example/desinscription?u=7d21f0>"
    },
)

# --- Clinique Belle-Rive (1): Indeed, the group's recrutement mailbox, offer declined --------

_br1 = m(
    "h2rv",
    "2025-09-09 21:52",
    "Indeed Apply <indeedapply@indeed.com>",
    "Candidature envoyée : Infirmier / Infirmière DE - Chirurgie Ambulatoire - Jour H/F",
    A("confirmation", BR, BRR, 1, "indeed"),
    html="""<html><body style="margin:0;font-family:Helvetica,Arial,sans-serif;color:#2d2d2d">
<div style="max-width:560px;margin:0 auto;padding:24px">
<img src="https://fr.indeed.com/images/indeed-logo.png" alt="Indeed" width="96">
<h2 style="font-size:20px">Candidature envoyée</h2>
<p>Maëlle, votre candidature a bien été transmise à <b>Océane Santé</b>.</p>
<table style="border:1px solid #e4e2e0;border-radius:8px;width:100%;padding:12px">
<tr><td><b>Infirmier / Infirmière DE - Chirurgie Ambulatoire - Jour H/F</b><br>
Océane Santé – 44300 Nantes<br>
<span style="color:#595959">Poste basé à la Clinique Belle-Rive (Nantes Nord) · CDI · Temps plein</span></td></tr>
</table>
<p><b>Et maintenant ?</b></p>
<ul><li>L'employeur examine votre candidature.</li>
<li>Vous pouvez suivre son statut dans <a href="https://myjobs.indeed.com/applied?from=ia_email&amp;hl=fr">Mes emplois</a>.</li>
<li>Préparez-vous : consultez nos <a href="https://fr.indeed.com/conseils-carrieres/entretien-embauche?from=ia_email">conseils pour l'entretien</a>.</li></ul>
<p style="font-size:12px;color:#767676">Vous avez postulé le 9 septembre 2025. Ne répondez pas à cet e-mail.<br>
© 2025 Indeed – <a href="https://fr.indeed.com/legal?hl=fr">Confidentialité</a> · <a href="https://subscriptions.indeed.com/prefs?tk=1j6s">Préférences de communication</a></p>
</div></body></html>""",
)

_br2 = m(
    "b7pl",
    "2025-09-16 10:12",
    "Recrutement Océane Santé <recrutement@oceane-sante.example>",
    "Votre candidature – IDE UCA Belle-Rive",
    A("interview", BR, BRR, 1, "direct"),
    text="""Madame,

Nous avons bien reçu votre candidature, transmise via Indeed, pour le poste d'infirmier(e) en
unité de chirurgie ambulatoire (UCA) de la Clinique Belle-Rive, et nous vous en remercions.

Votre candidature a retenu notre attention. M. Franck Terrien, cadre de santé de l'UCA,
souhaiterait vous rencontrer dans le cadre d'un premier entretien d'une heure environ.

Pourriez-vous nous indiquer vos disponibilités sur les journées des 29 et 30 septembre ou du
1er octobre ? Nous avons bien noté que vous travaillez actuellement en horaires de nuit ; un
créneau en début d'après-midi peut être envisagé.

Dans l'attente de votre retour, nous vous prions d'agréer, Madame, nos sincères salutations.

Gwenaëlle Moisan
Chargée de recrutement – établissements de Loire-Atlantique
02 40 •• •• 17
"""
    + GROUP_FOOTER
    + "\n",
)

_br3 = m(
    "f0nw",
    "2025-09-19 09:40",
    _GM,
    "Entretien IDE UCA – Mme Guillou-Benhamou",
    A("interview", BR, BRR, 1, "direct"),
    text="""Bonjour Madame,

Comme convenu ce matin par téléphone, je vous adresse l'invitation pour votre entretien avec
M. Terrien, cadre de santé de l'UCA.

Mardi 30 septembre, 14h00 – Clinique Belle-Rive, bâtiment B, 2e étage (bureau de
l'encadrement). Présentez-vous à l'accueil principal, on viendra vous chercher.

Bien à vous,
Gwenaëlle Moisan
Chargée de recrutement | Groupe Océane Santé
""",
    ics=ics(
        "040000008200E00074C5B7101A82E0080000000070A1F2C3D4E5D901000000000000000010000000BR30",
        "2025-09-30 14:00",
        "Entretien IDE UCA – Mme Guillou-Benhamou",
        ("Moisan Gwenaëlle", "g.moisan@oceane-sante.example"),
        style="outlook",
        location="Clinique Belle-Rive - Bâtiment B, 2e étage, 18 rue du Petit-Port, 44300 Nantes",
        attendees=[("Terrien Franck", "f.terrien@clinique-bellerive.example")],
    ),
)

_br4 = m(
    "v5ke",
    "2025-09-25 16:05",
    _GM,
    "Mis à jour : Entretien IDE UCA – Mme Guillou-Benhamou",
    A("interview", BR, BRR, 1, "direct"),
    text="""Bonjour Madame,

M. Terrien étant retenu mardi après-midi (réunion de la CME déplacée), nous sommes contraints de
reporter votre entretien au vendredi 3 octobre à 10h30, même lieu.

Merci de me confirmer que ce nouveau créneau vous convient (en accordant l'invitation
ci-jointe ou par simple retour de mail). Toutes nos excuses pour ce changement.

Cordialement,
G. Moisan
""",
    ics=ics(
        "040000008200E00074C5B7101A82E0080000000070A1F2C3D4E5D901000000000000000010000000BR30",
        "2025-10-03 10:30",
        "Entretien IDE UCA – Mme Guillou-Benhamou",
        ("Moisan Gwenaëlle", "g.moisan@oceane-sante.example"),
        style="outlook",
        sequence=1,
        location="Clinique Belle-Rive - Bâtiment B, 2e étage, 18 rue du Petit-Port, 44300 Nantes",
        attendees=[("Terrien Franck", "f.terrien@clinique-bellerive.example")],
    ),
    **re_(_br3),
)

_br5 = m(
    "k9ds",
    "2025-10-08 11:20",
    "Franck Terrien <f.terrien@clinique-bellerive.example>",
    "Journée d'immersion",
    A("interview", BR, BRR, 1, "direct"),
    text="""Bonjour Madame Guillou-Benhamou,

Suite à notre échange de vendredi, je vous propose comme évoqué de venir passer une journée
d'immersion dans l'unité, le jeudi 16 octobre de 7h30 à 15h00. Vous serez en binôme avec Julie,
IDE référente de l'UCA, sur l'accueil des patients, la préparation préopératoire et les sorties.

Infos pratiques :
- tenue fournie, prévoir des chaussures de sécurité / sabots ;
- badge visiteur à retirer à l'accueil principal (pièce d'identité) ;
- le repas est pris en charge au self.

Pourriez-vous me confirmer votre présence ? Je mets Mme Moisan en copie pour la convention
d'immersion.

Bien cordialement,

Franck Terrien
Cadre de santé – Unité de chirurgie ambulatoire
Clinique Belle-Rive
18 rue du Petit-Port – 44300 Nantes
""",
    cc=_GM,
)

_br6 = m(
    "t1ja",
    "2025-11-04 17:45",
    _GM,
    "Proposition d'embauche – Clinique Belle-Rive",
    A("offer", BR, BRR, 1, "direct"),
    text="""Madame,

À la suite de votre journée d'immersion et de vos échanges avec M. Terrien et Mme Castaing,
directrice des soins, nous avons le plaisir de vous proposer un poste d'infirmière diplômée
d'État en contrat à durée indéterminée, à temps plein, au sein de l'unité de chirurgie
ambulatoire de la Clinique Belle-Rive.

Vous trouverez en pièce jointe notre proposition détaillée. Pour mémoire :
- prise de poste souhaitée : lundi 5 janvier 2026 ;
- rémunération : 2 310 € bruts mensuels (CCN de l'hospitalisation privée du 18 avril 2002),
  prime décentralisée et 13e mois selon accord d'entreprise ;
- reprise d'ancienneté : 5 ans ;
- organisation : journées de 7h30 à 15h00 ou de 11h30 à 19h00, du lundi au vendredi, et un
  week-end sur trois en renfort sur l'hospitalisation complète de chirurgie.

Nous vous remercions de bien vouloir nous faire part de votre réponse avant le vendredi
14 novembre.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Gwenaëlle Moisan
Pour la Direction des ressources humaines
SAS Polyclinique Belle-Rive – Clinique Belle-Rive
"""
    + GROUP_FOOTER
    + "\n",
    attach=[
        (
            "Proposition_embauche_GUILLOU-BENHAMOU.pdf",
            "application/pdf",
            "%PDF-1.4\n% SAS Polyclinique Belle-Rive - proposition d'embauche IDE UCA - CDI\n%%EOF\n",
        )
    ],
)

_br7 = m(
    "y3qo",
    "2025-11-13 09:05",
    _GM,
    "RE: Proposition d'embauche – Clinique Belle-Rive",
    A("offer", BR, BRR, 1, "direct"),
    st="declined",
    text="""Madame,

Nous accusons réception de votre réponse et prenons acte de votre décision, que nous regrettons.
Nous comprenons que le niveau de reprise d'ancienneté et l'organisation des week-ends ne
correspondent pas à ce que vous recherchez aujourd'hui.

M. Terrien me charge de vous dire que votre journée d'immersion avait laissé une excellente
impression à l'équipe. N'hésitez pas à revenir vers nous si votre situation évolue.

Bien cordialement,
Gwenaëlle Moisan

-----Message d'origine-----
De : Maëlle Guillou-Benhamou <maelle.guillou.benhamou@gmail.com>
Envoyé : mercredi 12 novembre 2025 21:38
À : Moisan Gwenaëlle <g.moisan@oceane-sante.example>
Objet : Re: Proposition d'embauche – Clinique Belle-Rive

Madame,

Je vous remercie sincèrement pour cette proposition et pour l'accueil de l'équipe de l'UCA.

Après réflexion, je ne vais malheureusement pas pouvoir l'accepter : avec une reprise de cinq
ans sur mes sept années d'expérience, l'écart de salaire avec mon poste actuel est trop
important, et le renfort un week-end sur trois ne me permettrait pas l'organisation familiale
que je recherche en quittant les nuits.

Je vous souhaite une bonne continuation et remercie encore M. Terrien.

Bien cordialement,
Maëlle Guillou-Benhamou
""",
    **re_(_br6),
)

# --- Bel Âge (2, then the re-application 3) ----------------------------------------------

_ba1 = m(
    "p6gu",
    "2025-09-11 22:05",
    "HelloWork <candidature@hellowork.com>",
    "Votre candidature a bien été envoyée",
    A("confirmation", BA, BAR, 2, "other"),
    html="""<html><body style="font-family:'Open Sans',Arial,sans-serif;background:#f5f5f7;margin:0">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="580" style="background:#ffffff;margin:20px 0;border-radius:6px">
<tr><td style="padding:20px 28px"><img src="https://www.hellowork.com/img/mail/logo-hellowork.png" alt="HelloWork" width="130"></td></tr>
<tr><td style="padding:0 28px 20px;font-size:15px;color:#1d1d1b">
<p>Bonjour Maëlle,</p>
<p>Votre candidature a bien été envoyée au recruteur pour l'offre :</p>
<p style="border-left:4px solid #6a3cff;padding-left:12px"><b>Infirmier Coordinateur H/F (IDEC)</b><br>
Bel Âge – Angers (49)<br>CDI · Temps plein</p>
<p>Le recruteur reviendra vers vous s'il souhaite poursuivre le processus. En attendant, continuez votre recherche :</p>
<p><a href="https://www.hellowork.com/fr-fr/emploi/recherche.html?k=infirmier+coordinateur&amp;l=Pays+de+la+Loire&amp;utm_source=mail_transac&amp;utm_medium=email" style="color:#6a3cff">Voir les offres similaires</a></p>
<p>À bientôt sur HelloWork !</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#8c8c8c">HelloWork SAS – 2 rue de la Mabilais, 35000 Rennes. Vous recevez cet e-mail suite à votre candidature.
<a href="https://www.hellowork.com/fr-fr/candidat/compte/notifications.html">Gérer mes notifications</a></td></tr>
</table></td></tr></table></body></html>""",
)

_ba2 = m(
    "j8ex",
    "2025-09-22 13:47",
    "Nathalie Bourcier <direction.lesglycines@belage-residences.example>",
    "Entretien – poste d'IDEC",
    A("interview", BA, BAR, 2, "direct"),
    text="""Bonjour Madame Guillou-Benhamou,

J'ai bien reçu votre candidature pour le poste d'infirmière coordinatrice de notre
établissement et je vous remercie de l'intérêt que vous nous portez.

Je vous propose de nous rencontrer le lundi 29 septembre à 14h30, à l'EHPAD. L'entretien se
déroulera en présence du Dr Fabre, médecin coordonnateur, et durera environ une heure ; nous
terminerons par une visite de l'établissement (84 lits dont une unité protégée de 14 places).

Je vous remercie de me confirmer votre venue.

Bien cordialement,

Nathalie Bourcier
Directrice
EHPAD Les Glycines – 27 rue de la Chalouère – 49100 Angers
Bel Âge Résidences · www.belage-residences.example
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000B0C1D2E3F4A5D901000000000000000010000000GLY29",
        "2025-09-29 14:30",
        "Entretien IDEC – Mme GUILLOU-BENHAMOU",
        ("Bourcier Nathalie", "direction.lesglycines@belage-residences.example"),
        style="outlook",
        minutes=90,
        location="EHPAD Les Glycines - bureau de direction",
        attendees=[("Dr Fabre Olivier", "medco.lesglycines@belage-residences.example")],
    ),
)

_ba3 = m(
    "q4mb",
    "2025-10-09 15:30",
    "Nathalie Bourcier <direction.lesglycines@belage-residences.example>",
    "Retour sur votre candidature",
    A("rejection", BA, BAR, 2, "direct"),
    text="""Madame,

Je tenais tout d'abord à vous remercier pour la qualité de notre échange du 29 septembre. Le
Dr Fabre et moi-même avons apprécié votre rigueur, votre connaissance du circuit du médicament
et la façon dont vous parlez des équipes de nuit, que vous connaissez bien.

Après mûre réflexion, nous avons fait le choix d'une candidate disposant déjà d'une première
expérience de coordination en EHPAD et du DU d'infirmier coordinateur, ce qui correspond à nos
besoins immédiats dans le cadre de l'évaluation externe à venir.

Ce choix a été difficile. Je conserve vos coordonnées et ne manquerai pas de revenir vers vous
si une opportunité se présentait dans l'une de nos résidences.

Je vous prie d'agréer, Madame, mes salutations distinguées.

Nathalie Bourcier
Directrice – EHPAD Les Glycines (Bel Âge Résidences)
""",
)

_ba4 = m(
    "w2zr",
    "2025-11-24 20:18",
    "HelloWork <candidature@hellowork.com>",
    "C'est envoyé ! Votre candidature pour Infirmier Coordinateur H/F (IDEC)",
    A("confirmation", BA, BAR, 3, "other"),
    html="""<html><body style="font-family:Arial,sans-serif;background:#f5f5f7">
<div style="max-width:580px;margin:auto;background:#fff;padding:24px 28px">
<img src="https://www.hellowork.com/img/mail/logo-hellowork.png" alt="HelloWork" width="130">
<h1 style="font-size:20px;color:#1d1d1b">C'est envoyé, Maëlle !</h1>
<p>Votre candidature a été transmise à <b>Bel Âge</b> pour l'offre <b>Infirmier Coordinateur H/F (IDEC)</b> – Angers (49).</p>
<p style="background:#fff6e5;padding:10px;font-size:13px">ℹ️ Vous aviez déjà postulé auprès de ce recruteur le 11/09/2025.</p>
<p>Astuce : un profil complet avec un CV à jour est consulté 3 fois plus souvent par les recruteurs.
<a href="https://www.hellowork.com/fr-fr/candidat/profil.html?utm_source=mail_transac">Compléter mon profil</a></p>
<p style="font-size:11px;color:#8c8c8c">HelloWork SAS – 2 rue de la Mabilais, 35000 Rennes.
<a href="https://www.hellowork.com/fr-fr/candidat/compte/notifications.html">Gérer mes notifications</a></p>
</div></body></html>""",
)

_ba5 = m(
    "e5lc",
    "2025-12-03 09:02",
    "HelloWork <candidature@hellowork.com>",
    "Bonne nouvelle, votre candidature a été consultée",
    A("viewed", BA, BAR, 3, "other"),
    text="""Bonjour Maëlle,

Bonne nouvelle : le recruteur Bel Âge a consulté votre candidature pour l'offre
« Infirmier Coordinateur H/F (IDEC) » – Angers (49).

Cela ne préjuge pas de la suite donnée à votre candidature, mais votre CV a retenu son
attention. Vous serez informée dans votre espace candidat si votre statut évolue.

Suivre mes candidatures : https://www.hellowork.com/fr-fr/candidat/candidatures.html?utm_source=mail_transac&utm_campaign=cv_vu

L'équipe HelloWork

Vous recevez cet e-mail car vous avez postulé via HelloWork.
Gérer mes notifications : https://www.hellowork.com/fr-fr/candidat/compte/notifications.html
""",
)

# --- HAD Domisoins: coordination (4, on hold) and liaison (5, filled internally) ----------

_ds0 = m(
    "a0rf",
    "2025-09-17 11:36",
    "Service RH – HAD Domisoins <rh@had-domisoins.example>",
    "RE: Candidature – infirmière coordinatrice, antenne de Saint-Nazaire",
    A("confirmation", DS, DSR1, 4, "direct"),
    text="""Madame,

Nous accusons réception de votre candidature au poste d'infirmier(e) coordinateur(trice) de
notre antenne de Saint-Nazaire et vous en remercions. Elle a été transmise à Mme Agnès
Rivalland, cadre de santé de l'antenne, qui reviendra vers vous après étude.

Cordialement,

Claire Le Goff
Responsable ressources humaines
Association Domisoins Estuaire – Hospitalisation à domicile
Association loi 1901 – 11 rue Paul-Bellamy, 44000 Nantes

De : Maëlle Guillou-Benhamou <maelle.guillou.benhamou@gmail.com>
Envoyé : lundi 15 septembre 2025 22:47
À : rh@had-domisoins.example
Objet : Candidature – infirmière coordinatrice, antenne de Saint-Nazaire

Madame, Monsieur,

Infirmière en chirurgie digestive au CHU depuis sept ans, je souhaite m'orienter vers la
coordination des parcours à domicile et vous adresse ma candidature pour le poste publié sur
votre site. Vous trouverez ci-joints mon CV et ma lettre de motivation.

Je reste à votre disposition pour un entretien.

Maëlle Guillou-Benhamou
06 •• •• •• 52
""",
)

_ds1 = m(
    "n3xy",
    "2025-10-06 08:58",
    "Agnès Rivalland <a.rivalland@had-domisoins.example>",
    "Rencontre – IDE coordination HAD Saint-Nazaire",
    A("interview", DS, DSR1, 4, "direct"),
    text="""Bonjour Madame Guillou-Benhamou,

Votre candidature a retenu notre attention et je vous propose une rencontre le mardi 14 octobre
à 10h00 à l'antenne de Saint-Nazaire, en présence du Dr Pierre-Yves Maillard, médecin
coordonnateur. Vous trouverez l'invitation ci-jointe.

Nous vous présenterons l'activité (environ 45 patients par jour sur le secteur, soins
palliatifs, pansements complexes, antibiothérapies) et le rôle de l'IDE coordinatrice dans
l'admission et la relation avec les libéraux.

Bien à vous,

Agnès Rivalland
Cadre de santé – Antenne de Saint-Nazaire
HAD Domisoins
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000D1C2B3A4F5E6D901000000000000000010000000HAD14",
        "2025-10-14 10:00",
        "Entretien IDEC - Mme Guillou-Benhamou",
        ("Rivalland Agnès", "a.rivalland@had-domisoins.example"),
        style="outlook",
        minutes=75,
        location="HAD Domisoins - Antenne de Saint-Nazaire, 8 boulevard de la Libération",
        attendees=[("Maillard Pierre-Yves", "py.maillard@had-domisoins.example")],
    ),
)

_ds2 = m(
    "g6vt",
    "2025-11-05 14:12",
    "Claire Le Goff <c.legoff@had-domisoins.example>",
    "Votre candidature – infirmier(e) coordinateur(trice)",
    A("confirmation", DS, DSR1, 4, "direct"),
    st="on_hold",
    text="""Madame,

Nous revenons vers vous concernant votre candidature au poste d'infirmier(e)
coordinateur(trice) de l'antenne de Saint-Nazaire, suite à votre entretien du 14 octobre avec
Mme Rivalland et le Dr Maillard.

Le conseil d'administration de l'association a décidé de geler temporairement ce recrutement,
dans l'attente de la notification de notre dotation 2026 par l'ARS. Votre candidature reste
active et nous ne manquerons pas de revenir vers vous dès que nous aurons de la visibilité,
a priori au cours du premier trimestre.

Nous vous remercions de votre compréhension.

Cordialement,
Claire Le Goff
Responsable RH – HAD Domisoins
""",
)

_ds3 = m(
    "r8ob",
    "2025-10-20 08:14",
    "Claire Le Goff <c.legoff@had-domisoins.example>",
    "Réponse automatique : Candidature – poste d'infirmier(e) de liaison",
    J("other_job", "direct", DS, DSR2),
    text="""Bonjour,

Je suis absente jusqu'au lundi 27 octobre inclus. Pour toute question urgente relative à la
paie, merci de contacter paie@had-domisoins.example ; pour les recrutements, vos messages seront
traités à mon retour.

Cordialement,
Claire Le Goff
""",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
)

_ds4 = m(
    "l1ph",
    "2025-10-20 08:31",
    "HAD Domisoins – Recrutement <ne-pas-repondre@had-domisoins.example>",
    "Confirmation de dépôt de candidature – Réf. 2025-IDL-07",
    A("confirmation", DS, DSR2, 5, "direct"),
    text="""Bonjour Maëlle Guillou-Benhamou,

Nous confirmons la réception de votre candidature :

  Poste : Infirmier(e) de liaison – site de Nantes (CDI, 100 %)
  Référence : 2025-IDL-07
  Date de dépôt : 20/10/2025

Votre dossier sera examiné par le service des ressources humaines et l'encadrement. Nous ne
manquerons pas de vous tenir informée.

Ce message est envoyé automatiquement, merci de ne pas y répondre.
HAD Domisoins – www.had-domisoins.example/nous-rejoindre
""",
)

_ds5 = m(
    "u4ws",
    "2025-11-18 17:22",
    "Claire Le Goff <c.legoff@had-domisoins.example>",
    "Votre candidature",
    A("rejection", DS, DSR2, 5, "direct"),
    text="""Madame,

Je reviens vers vous au sujet de votre candidature au poste d'infirmier(e) de liaison (réf.
2025-IDL-07). Ce poste a finalement été pourvu en interne, par une infirmière de l'équipe
soignante nantaise qui en avait fait la demande.

Concernant le poste de coordination à Saint-Nazaire, le recrutement reste suspendu comme
indiqué le 5 novembre ; votre candidature y est toujours enregistrée.

Avec mes regrets pour cette réponse, je vous prie d'agréer, Madame, mes salutations
distinguées.

Claire Le Goff
Responsable RH – HAD Domisoins
""",
)

# --- Santé au Travail Loire-Estuaire (6): France Travail, STLE, accepted ------------------

_st1 = m(
    "s9ha",
    "2025-10-02 21:10",
    "France Travail <ne-pas-repondre@francetravail.fr>",
    "Confirmation de votre candidature",
    A("confirmation", ST, STR, 6, "other"),
    html="""<html><body style="font-family:Marianne,Arial,sans-serif;color:#161616">
<div style="max-width:600px;margin:auto">
<img src="https://www.francetravail.fr/files/live/sites/PE/files/logo-ft-mail.png" alt="France Travail" height="48">
<p>Bonjour Maëlle GUILLOU-BENHAMOU,</p>
<p>Vous avez postulé à l'offre d'emploi suivante :</p>
<table style="background:#f6f6f6;padding:12px;width:100%">
<tr><td>Offre n° <b>196KQWT</b></td></tr>
<tr><td><b>Infirmier / Infirmière en santé au travail (H/F)</b></td></tr>
<tr><td>Employeur : SANTE AU TRAVAIL LOIRE ESTUAIRE</td></tr>
<tr><td>Lieu de travail : 44 - NANTES</td></tr>
<tr><td>Contrat à durée indéterminée – 35H Horaires normaux</td></tr>
</table>
<p>Votre candidature (CV et message) a été transmise à l'employeur. Il prendra directement contact avec vous s'il souhaite donner suite.</p>
<p>Retrouvez l'historique de vos candidatures dans votre <a href="https://candidat.francetravail.fr/candidatures">espace personnel</a>.</p>
<p>Cordialement,<br>Votre conseiller France Travail</p>
<p style="font-size:11px;color:#666">Ceci est un message automatique, merci de ne pas y répondre.</p>
</div></body></html>""",
)

_st2 = m(
    "d2kn",
    "2025-10-10 10:44",
    "STLE – Ressources humaines <recrutement@stle-sante.example>",
    "Accusé de réception – candidature IST",
    A("confirmation", ST, STR, 6, "direct"),
    text="""Madame,

Nous avons bien reçu votre candidature au poste d'infirmier(e) en santé au travail (IST),
transmise par France Travail (offre 196KQWT), et vous en remercions.

Les candidatures sont étudiées jusqu'au 31 octobre. Les candidat(e)s retenu(e)s seront
convoqué(e)s à un entretien dans la seconde quinzaine de novembre.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Le service des ressources humaines
STLE – Service de prévention et de santé au travail interentreprises
Association loi 1901 – 35 000 entreprises adhérentes en Loire-Atlantique
""",
)

_st3 = m(
    "x7cu",
    "2025-11-17 15:02",
    "Manon Tessier <m.tessier@stle-sante.example>",
    "Convocation entretien – Infirmier(e) en santé au travail",
    A("interview", ST, STR, 6, "direct"),
    text="""Madame,

Nous avons le plaisir de vous convier à un entretien de recrutement pour le poste
d'infirmier(e) en santé au travail, le mercredi 26 novembre 2025 à 14h00, au centre de
Nantes-Chantenay.

Le jury sera composé de Mme Isabelle Quéméner, directrice générale, du Dr Karim Belaïd, médecin
du travail coordinateur, et de Mme Laure Cadiou, infirmière en santé au travail référente.
L'entretien durera environ 1h30 et comprendra une courte mise en situation (conduite d'une
visite d'information et de prévention).

Merci de bien vouloir confirmer votre présence en acceptant l'invitation.

Cordialement,

Manon Tessier
Assistante ressources humaines
STLE – 9 rue des Usines, 44100 Nantes
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000A7B6C5D4E3F2DA01000000000000000010000000STLE26",
        "2025-11-26 14:00",
        "Entretien IST – Mme GUILLOU-BENHAMOU",
        ("Tessier Manon", "m.tessier@stle-sante.example"),
        style="outlook",
        minutes=90,
        location="STLE - Centre de Nantes-Chantenay, salle Loire",
        attendees=[
            ("Quéméner Isabelle", "i.quemener@stle-sante.example"),
            ("Dr Belaïd Karim", "k.belaid@stle-sante.example"),
        ],
    ),
)

_st4 = m(
    "o5pe",
    "2025-12-08 11:15",
    "Manon Tessier <m.tessier@stle-sante.example>",
    "Demi-journée d'observation le 16/12",
    A("interview", ST, STR, 6, "direct"),
    text="""Madame,

Suite à votre entretien du 26 novembre, le jury souhaite poursuivre le processus avec vous et
vous propose une demi-journée d'observation aux côtés de Mme Laure Cadiou, lors de visites
d'information et de prévention, le mardi 16 décembre de 8h30 à 12h30 au centre de
Saint-Herblain. Un échange avec le Dr Belaïd clôturera la matinée.

Vous êtes tenue au secret professionnel pendant cette observation ; une attestation vous sera
remise à l'accueil.

Cordialement,
Manon Tessier
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000A7B6C5D4E3F2DA01000000000000000010000000STLE16",
        "2025-12-16 08:30",
        "Observation VIP – Mme Guillou-Benhamou",
        ("Tessier Manon", "m.tessier@stle-sante.example"),
        style="outlook",
        minutes=240,
        location="STLE - Centre de Saint-Herblain, 2 rue Jacques-Cartier",
        attendees=[("Cadiou Laure", "l.cadiou@stle-sante.example")],
    ),
)

_st5 = m(
    "i0mf",
    "2026-01-06 16:40",
    "Isabelle Quéméner <i.quemener@stle-sante.example>",
    "Suite de votre candidature – STLE",
    A("offer", ST, STR, 6, "direct"),
    text="""Madame,

J'ai le plaisir de vous confirmer que le jury a retenu votre candidature au poste
d'infirmière en santé au travail. Vous trouverez ci-jointe notre promesse d'embauche, dont voici
les principaux éléments :

- contrat à durée indéterminée, temps plein (35 heures, du lundi au vendredi, sans garde ni
  week-end), basé au centre de Nantes-Chantenay avec des interventions en entreprise ;
- rémunération annuelle brute de 35 360 €, versée sur 13 mois (convention collective nationale
  des services de prévention et de santé au travail interentreprises) ;
- reprise intégrale de votre ancienneté d'infirmière (7 ans) ;
- prise en charge de la formation en santé au travail (DIU) dans votre première année ;
- prise de poste le lundi 2 mars 2026, compte tenu de votre préavis.

L'embauche sera définitive après la visite médicale d'embauche et la production des pièces
habituelles (diplôme, inscription à l'Ordre).

Je vous remercie de nous faire connaître votre réponse au plus tard le mardi 13 janvier.

Bien cordialement,

Isabelle Quéméner
Directrice générale
STLE – Santé au Travail Loire-Estuaire
""",
    attach=[
        (
            "Promesse_embauche_GUILLOU-BENHAMOU_STLE.pdf",
            "application/pdf",
            "%PDF-1.5\n% STLE - promesse d'embauche - infirmiere en sante au travail - CDI\n%%EOF\n",
        )
    ],
)

_st6 = m(
    "h8rq",
    "2026-01-08 12:26",
    "Isabelle Quéméner <i.quemener@stle-sante.example>",
    "RE: Suite de votre candidature – STLE",
    A("offer", ST, STR, 6, "direct"),
    st="accepted",
    text="""Chère Madame,

C'est une excellente nouvelle, toute l'équipe se réjouit de vous accueillir le 2 mars !

Manon Tessier vous contactera dans les prochains jours pour organiser votre visite médicale
d'embauche et vous transmettre le contrat ainsi que le livret d'accueil.

Bien cordialement,
Isabelle Quéméner

________________________________________
De : Maëlle Guillou-Benhamou <maelle.guillou.benhamou@gmail.com>
Envoyé : jeudi 8 janvier 2026 07:58
À : Quéméner Isabelle
Objet : Re: Suite de votre candidature – STLE

Madame,

Je vous remercie pour votre confiance. J'ai le plaisir de vous confirmer que j'accepte votre
proposition d'embauche au poste d'infirmière en santé au travail, aux conditions indiquées, pour
une prise de poste le lundi 2 mars 2026.

Vous trouverez ci-jointe la promesse signée.

Bien cordialement,
Maëlle Guillou-Benhamou
""",
    **re_(_st5),
)

_st7 = m(
    "b3zt",
    "2026-01-20 09:37",
    "Manon Tessier <m.tessier@stle-sante.example>",
    "Visite médicale d'embauche – convocation",
    J("other_job", "direct", ST, STR),
    text="""Bonjour Madame Guillou-Benhamou,

Comme convenu par téléphone, votre visite médicale d'embauche aura lieu le jeudi 29 janvier à
17h15 avec le Dr Anne Le Corre, au centre de Rezé (le médecin du travail de notre propre
personnel est extérieur au centre de Chantenay, pour des raisons d'indépendance).

Merci de vous munir de votre carnet de vaccinations. Vous trouverez également ci-joint la liste
des pièces à nous retourner pour votre dossier du personnel.

Cordialement,
Manon Tessier
Assistante RH – STLE
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000A7B6C5D4E3F2DA01000000000000000010000000STLEVM",
        "2026-01-29 17:15",
        "Visite médicale d'embauche – Mme Guillou-Benhamou",
        ("Tessier Manon", "m.tessier@stle-sante.example"),
        style="outlook",
        minutes=30,
        location="Centre de Rezé - 14 rue Jean-Jaurès",
    ),
    attach=[
        (
            "Pieces_dossier_personnel.txt",
            "text/plain",
            "Pièces à fournir : copie du diplôme d'État, attestation d'inscription à l'Ordre, RIB, carte Vitale, justificatif de domicile.\n",
        )
    ],
)

_st8 = m(
    "f6yl",
    "2026-02-10 13:05",
    "STLE – Ressources humaines <recrutement@stle-sante.example>",
    "Bienvenue chez STLE – votre arrivée le 2 mars",
    J("other_job", "direct", ST, STR),
    html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:14px">
<p>Bonjour Maëlle,</p>
<p>Nous sommes ravis de vous accueillir prochainement au sein de STLE ! Voici le programme de votre
<b>première semaine</b> :</p>
<ul>
<li><b>Lundi 2 mars, 9h</b> : accueil par Manon Tessier (RH) au siège – remise du badge, du PC portable et de la carte de visite ;</li>
<li><b>Lundi après-midi</b> : présentation du logiciel métier et de la messagerie ;</li>
<li><b>Mardi à vendredi</b> : tutorat avec Laure Cadiou, IST référente, au centre de Nantes-Chantenay.</li>
</ul>
<p>Votre contrat de travail vous sera remis le premier jour. N'oubliez pas votre attestation de
disponibilité délivrée par votre établissement actuel.</p>
<p>À très bientôt,<br>L'équipe RH</p>
<p style="font-size:11px;color:#777">STLE – Service de prévention et de santé au travail interentreprises – association loi 1901</p>
</body></html>""",
)

# --- Veridian Clinical Research (7): Workday, HireVue, English ----------------------------

_vc1 = m(
    "k2gi",
    "2025-09-19 23:11",
    "Veridian Clinical Research <vcrglobal@myworkday.com>",
    "Thank you for applying to Veridian",
    A("confirmation", VC, VCR, 7, "workday", "en"),
    text="""Dear Maëlle,

Thank you for your interest in Veridian Clinical Research. We have received your application
for the position of Clinical Research Associate I (Home-based, France - West), Job Requisition
ID R-0048213.

Our Talent Acquisition team will review your qualifications against the requirements of the
role. If your experience is a match, a member of the team will contact you to discuss next
steps. You can check the status of your application at any time by logging into your
candidate home:

https://vcrglobal.wd3.myworkdayjobs.com/en-US/Veridian_Careers/userHome

Kind regards,
Talent Acquisition
Veridian Clinical Research

This email was sent from an unmonitored mailbox. Veridian Clinical Research Holdings Ltd is an
equal opportunity employer.
""",
)

_vc2 = m(
    "m0sx",
    "2025-09-19 23:12",
    "Veridian Clinical Research <vcrglobal@myworkday.com>",
    "Welcome to the Veridian Talent Community",
    J("alert", "workday", VC, None, "en"),
    text="""Hi Maëlle,

Welcome to the Veridian Talent Community! You'll be the first to hear about new opportunities
in Clinical Operations across Europe that match your interests, as well as news and events
from our teams.

Manage your job alerts: https://vcrglobal.wd3.myworkdayjobs.com/en-US/Veridian_Careers/userHome/jobAlerts

The Veridian Talent Acquisition Team
""",
)

_vc3 = m(
    "z5ad",
    "2025-09-26 15:31",
    "Veridian Clinical Research via HireVue <no-reply@hirevue.com>",
    "Veridian Clinical Research: Next step – On Demand Interview",
    A("assessment", VC, VCR, 7, "hirevue", "en"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<p>Hi Maëlle,</p>
<p>Thank you for your application for <b>Clinical Research Associate I (Home-based, France – West)</b>.
As the next step, we would like to invite you to complete an On Demand video interview.</p>
<p>You will be asked 5 questions and will have up to 3 minutes to answer each one. Please complete
the interview by <b>Friday, October 3, 2025, 11:59 PM CEST</b>. You can answer in English.</p>
<p><a href="https://app.hirevue.com/interviews/vcr-cra1-fr/7Q2mXkd9?lang=en" style="background:#1f6bff;color:#fff;padding:10px 16px;text-decoration:none">Start Interview</a></p>
<p>Tips: find a quiet place, check your camera and microphone, and use a stable connection.</p>
<p>Best regards,<br>Priya Natarajan<br>Talent Acquisition Partner, EMEA – Veridian Clinical Research</p>
<p style="font-size:11px;color:#888">Powered by HireVue. <a href="https://www.hirevue.com/privacy">Privacy</a></p>
</body></html>""",
)

_vc4 = m(
    "p1vn",
    "2025-10-01 08:00",
    "Veridian Clinical Research via HireVue <no-reply@hirevue.com>",
    "Reminder: your interview with Veridian Clinical Research expires in 2 days",
    A("assessment", VC, VCR, 7, "hirevue", "en"),
    text="""Hi Maëlle,

This is a friendly reminder that your On Demand interview for Clinical Research Associate I
expires on October 3, 2025 at 11:59 PM CEST.

Start or continue your interview: https://app.hirevue.com/interviews/vcr-cra1-fr/7Q2mXkd9?lang=en

If you have any technical issues, visit https://candidatesupport.hirevue.com

Good luck!
""",
)

_vc5 = m(
    "r6bo",
    "2025-10-16 18:04",
    "Veridian Clinical Research <vcrglobal@myworkday.com>",
    "Update on your application",
    A("rejection", VC, VCR, 7, "workday", "en"),
    text="""Dear Maëlle,

Thank you for taking the time to complete the video interview for the Clinical Research
Associate I (Home-based, France - West) position (R-0048213). We appreciate the interest you
have shown in Veridian.

After careful review, we have decided to move forward with candidates whose experience more
closely matches the current requirements of the role, in particular prior on-site monitoring
experience under ICH-GCP.

We encourage you to keep an eye on our careers site, as new opportunities open regularly, and
we wish you every success in your search.

Kind regards,
Talent Acquisition
Veridian Clinical Research
""",
)

# --- Orthalys (8): SmartRecruiters, AssessFirst, withdrawal -----------------------------

_or1 = m(
    "c8wk",
    "2025-10-14 12:49",
    "Orthalys <noreply@smartrecruiters.com>",
    "Merci pour votre candidature chez Orthalys",
    A("confirmation", OR, ORR, 8, "smartrecruiters"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<div style="max-width:600px;margin:auto">
<img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/orthalysmedicalsas/logo.png" alt="Orthalys Medical SAS" height="40">
<p>Bonjour Maëlle,</p>
<p>Nous vous remercions pour votre candidature au poste de <b>Spécialiste Clinique Bloc Opératoire – Grand Ouest (H/F)</b>.</p>
<p>Notre équipe Talent Acquisition l'étudie avec attention et reviendra vers vous dans les meilleurs délais.</p>
<p>Vous pouvez consulter l'offre ici :
<a href="https://jobs.smartrecruiters.com/OrthalysMedicalSAS/744000091827364-specialiste-clinique-bloc-operatoire-grand-ouest-h-f">jobs.smartrecruiters.com/OrthalysMedicalSAS/744000091827364</a></p>
<p>Bien cordialement,<br>L'équipe Talent Acquisition Orthalys</p>
<hr><p style="font-size:11px;color:#888">Orthalys Medical SAS – implants et instrumentation orthopédiques – Parc technologique de la Gaudinière, Nantes.
Vos données sont traitées via SmartRecruiters. <a href="https://jobs.smartrecruiters.com/privacy-policy/OrthalysMedicalSAS">Politique de confidentialité</a></p>
</div></body></html>""",
)

_or2 = m(
    "a9jd",
    "2025-10-22 10:03",
    "AssessFirst <no-reply@assessfirst.com>",
    "Orthalys vous invite à compléter votre profil AssessFirst",
    A("assessment", OR, ORR, 8, "other"),
    text="""Bonjour Maëlle,

Dans le cadre de votre candidature au poste de Spécialiste Clinique Bloc Opératoire – Grand
Ouest, Orthalys vous invite à compléter vos questionnaires AssessFirst :

  • SWIPE – votre personnalité (environ 15 minutes)
  • DRIVE – vos motivations (environ 10 minutes)
  • BRAIN – votre style de raisonnement (environ 20 minutes)

Il n'y a pas de bonne ou de mauvaise réponse. À l'issue, vous recevrez votre propre rapport.

Commencer : https://app.assessfirst.com/invitation/Zt8qLw3v?company=orthalys

Merci de compléter les questionnaires avant le 29 octobre 2025.

L'équipe AssessFirst
AssessFirst SAS – Paris
""",
)

_or3 = m(
    "d7ou",
    "2025-11-19 17:12",
    "Julien Ferrand <julien.ferrand@orthalys.example>",
    "Entretien avec Delphine Aubry – Spécialiste clinique Grand Ouest",
    A("interview", OR, ORR, 8, "direct"),
    text="""Bonjour Maëlle,

Merci d'avoir complété les questionnaires AssessFirst. Comme évoqué au téléphone, je vous envoie
l'invitation pour votre entretien en visio avec Delphine Aubry, Responsable régionale Grand
Ouest, le mardi 25 novembre à 18h00 (créneau tardif pour tenir compte de vos horaires).

Le lien Teams figure dans l'invitation.

Bonne soirée,

Julien Ferrand
Talent Acquisition Specialist | Orthalys
+33 2 •• •• •• 40
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000F2E3D4C5B6A7DA01000000000000000010000000ORT25",
        "2025-11-25 18:00",
        "Orthalys – Entretien Spécialiste clinique (M. Guillou-Benhamou)",
        ("Ferrand Julien", "julien.ferrand@orthalys.example"),
        style="outlook",
        minutes=45,
        location="Réunion Microsoft Teams",
        description="Rejoindre la réunion : https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTc4ZTk3%40thread.v2/0",
        attendees=[("Aubry Delphine", "delphine.aubry@orthalys.example")],
    ),
)

_or4 = m(
    "s4nh",
    "2025-12-02 09:21",
    "Julien Ferrand <julien.ferrand@orthalys.example>",
    "Orthalys – 2e entretien",
    A("interview", OR, ORR, 8, "direct"),
    text="""Bonjour Maëlle,

Delphine a beaucoup apprécié votre échange de la semaine dernière, en particulier votre
connaissance du bloc et de la traçabilité des DMI. Nous souhaitons vous proposer un second
entretien en présentiel, avec Delphine et Marc Olivier-Ravel, Directeur commercial France.

Compte tenu des congés de fin d'année, le premier créneau commun est le lundi 12 janvier à 14h,
dans nos locaux de la Gaudinière. Je vous envoie l'invitation.

Belle journée,
Julien
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000F2E3D4C5B6A7DA01000000000000000010000000ORT12",
        "2026-01-12 14:00",
        "Orthalys – 2e entretien M. Guillou-Benhamou",
        ("Ferrand Julien", "julien.ferrand@orthalys.example"),
        style="outlook",
        minutes=90,
        location="Orthalys - Parc de la Gaudinière, 11 rue du Bois-Briand, Nantes",
        attendees=[
            ("Aubry Delphine", "delphine.aubry@orthalys.example"),
            ("Olivier-Ravel Marc", "marc.olivier-ravel@orthalys.example"),
        ],
    ),
    **re_(_or3),
)

_or5 = m(
    "e2xb",
    "2026-01-09 10:48",
    "Julien Ferrand <julien.ferrand@orthalys.example>",
    "RE: Désistement – poste de Spécialiste clinique",
    A("confirmation", OR, ORR, 8, "direct"),
    st="withdrawn",
    text="""Bonjour Maëlle,

Merci de m'avoir prévenu aussi rapidement, c'est très apprécié. Je prends bonne note de votre
désistement et j'annule l'entretien de lundi avec Delphine et Marc.

Félicitations pour votre nouveau poste ! Au plaisir de se recroiser,

Julien

Le jeu. 8 janv. 2026 à 20:41, Maëlle Guillou-Benhamou <maelle.guillou.benhamou@gmail.com> a écrit :
> Bonjour Julien,
>
> Je vous informe que j'ai accepté une autre proposition et retire donc ma candidature au
> poste de Spécialiste clinique Grand Ouest. Merci beaucoup pour votre suivi et à Delphine
> pour son temps.
>
> Bien cordialement,
> Maëlle
""",
    **re_(_or4),
)

_or6 = m(
    "w8yf",
    "2026-01-09 10:52",
    "Julien Ferrand <julien.ferrand@orthalys.example>",
    "Annulé : Orthalys – 2e entretien M. Guillou-Benhamou",
    A("interview", OR, ORR, 8, "direct"),
    st="withdrawn",
    text="""Entretien annulé suite au désistement de la candidate.
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000F2E3D4C5B6A7DA01000000000000000010000000ORT12",
        "2026-01-12 14:00",
        "Annulé : Orthalys – 2e entretien M. Guillou-Benhamou",
        ("Ferrand Julien", "julien.ferrand@orthalys.example"),
        style="outlook",
        minutes=90,
        method="CANCEL",
        location="Orthalys - Parc de la Gaudinière, 11 rue du Bois-Briand, Nantes",
    ),
)

# --- Centre Hospitalier Atlantique-Brière (9): FHF, mutation, cancelled, commission ------

_DSCH = "Direction des soins – CHAB <secretariat.dsirmt@ch-atlantique-briere.example>"

_ch1 = m(
    "t6mc",
    "2025-09-25 22:30",
    "FHF Emploi <ne-pas-repondre@fhf.fr>",
    "Votre candidature a bien été transmise",
    A("confirmation", CH, CHR, 9, "other"),
    text="""Bonjour,

Votre candidature à l'offre « Infirmier(e) diplômé(e) d'État – Hôpital de jour de médecine »
(réf. CHAB-2025-118), publiée par le Centre Hospitalier Atlantique-Brière (44), a bien été
transmise à l'établissement.

Les établissements publics de santé étudient les candidatures selon leurs propres procédures.
Pour toute question, contactez directement l'établissement.

Retrouvez vos candidatures : https://emploi.fhf.fr/candidat/mes-candidatures

FHF Emploi – le site emploi des hôpitaux publics
""",
)

_ch2 = m(
    "n1ep",
    "2025-10-01 11:08",
    _DSCH,
    "Votre demande de mutation – IDE",
    A("confirmation", CH, CHR, 9, "direct"),
    text="""Madame,

J'accuse réception de votre demande de mutation pour le poste d'infirmier(e) en hôpital de jour
de médecine (réf. CHAB-2025-118).

Afin de compléter votre dossier, je vous remercie de nous faire parvenir :
- votre dernier arrêté de situation administrative (grade, échelon) ;
- vos trois derniers comptes rendus d'entretien professionnel ;
- l'avis de votre cadre de santé actuel.

Un entretien avec M. Stéphane Guérin, cadre supérieur de santé du pôle médecine, vous sera
proposé. La décision sera prise après avis de la commission de recrutement ; la date d'effet
d'une éventuelle mutation reste conditionnée à l'accord de votre établissement d'origine.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Pour la Coordinatrice générale des soins,
Le secrétariat de la Direction des soins
Centre Hospitalier Atlantique-Brière – 2 rue de l'Hôpital – 44600 Saint-Nazaire
""",
)

_ch3 = m(
    "j3rk",
    "2025-10-28 14:19",
    "GUERIN Stéphane <stephane.guerin@ch-atlantique-briere.example>",
    "Entretien – demande de mutation – Mme GUILLOU-BENHAMOU",
    A("interview", CH, CHR, 9, "direct"),
    text="""Madame,

Je vous propose un entretien dans le cadre de votre demande de mutation le jeudi 6 novembre à
14h00, à la Direction des soins (bâtiment administratif, 2e étage). Mme Le Floch, cadre de
santé de l'hôpital de jour, y participera.

Cordialement,

S. Guérin
Cadre supérieur de santé – Pôle Médecine
CHAB
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DA01000000000000000010000000CHAB6",
        "2025-11-06 14:00",
        "Entretien mutation IDE HDJ - Mme GUILLOU-BENHAMOU",
        ("GUERIN Stéphane", "stephane.guerin@ch-atlantique-briere.example"),
        style="outlook",
        location="Direction des soins - bâtiment administratif, 2e étage",
        attendees=[("LE FLOCH Sandrine", "sandrine.lefloch@ch-atlantique-briere.example")],
    ),
)

_ch4 = m(
    "q9az",
    "2025-11-04 18:02",
    "GUERIN Stéphane <stephane.guerin@ch-atlantique-briere.example>",
    "Annulé : Entretien mutation IDE HDJ - Mme GUILLOU-BENHAMOU",
    A("interview", CH, CHR, 9, "direct"),
    text="""Madame,

En raison du déclenchement du plan de gestion des tensions hospitalières, je suis contraint
d'annuler notre entretien de jeudi. Le secrétariat de la Direction des soins reviendra vers
vous.

Veuillez m'en excuser.
S. Guérin
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000C3D4E5F6A7B8DA01000000000000000010000000CHAB6",
        "2025-11-06 14:00",
        "Annulé : Entretien mutation IDE HDJ - Mme GUILLOU-BENHAMOU",
        ("GUERIN Stéphane", "stephane.guerin@ch-atlantique-briere.example"),
        style="outlook",
        method="CANCEL",
        location="Direction des soins - bâtiment administratif, 2e étage",
    ),
)

_ch5 = m(
    "u0hg",
    "2025-12-11 16:55",
    _DSCH,
    "Retour sur votre demande de mutation",
    A("rejection", CH, CHR, 9, "direct"),
    text="""Madame,

La commission de recrutement de la Direction des soins, réunie le 9 décembre 2025, a examiné
votre demande de mutation sur le poste d'infirmier(e) en hôpital de jour de médecine.

Le poste ayant été attribué prioritairement à un agent de l'établissement dans le cadre d'un
reclassement, la commission n'a pas été en mesure de donner une suite favorable à votre
demande. Nous regrettons par ailleurs que l'entretien prévu n'ait pu être reprogrammé avant la
commission.

Votre dossier pourra être réétudié sur d'autres postes ; n'hésitez pas à consulter nos offres
sur le site de la FHF.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

Véronique Lhermitte
Coordinatrice générale des soins
Centre Hospitalier Atlantique-Brière
""",
)

# --- Centre de santé Ligéria (10): LinkedIn, viewed, ghosted ------------------------------

_lg1 = m(
    "y8tb",
    "2025-10-07 13:22",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Maëlle, votre candidature a été envoyée à UTML – Mutualité Ligérienne",
    A("confirmation", LG, LGR, 10, "linkedin"),
    html="""<html><body style="font-family:-apple-system,Segoe UI,Arial,sans-serif;color:#191919">
<table width="512" align="center"><tr><td>
<img src="https://static.licdn.com/aero-v1/sc/h/linkedin-logo.png" alt="LinkedIn" width="84">
<p style="font-size:20px">Votre candidature a été envoyée à UTML – Mutualité Ligérienne</p>
<table><tr><td><img src="https://media.licdn.com/dms/image/company-logo_100/utml.png" width="48" alt=""></td>
<td><b>Infirmier(e) – Centre de santé Ligéria (H/F)</b><br>UTML – Mutualité Ligérienne · Nantes, Pays de la Loire, France (Sur site)<br>
<span style="color:#666">Candidature envoyée le 7 oct. 2025</span></td></tr></table>
<p><a href="https://www.linkedin.com/jobs/view/4301827765/?trk=eml-jobs_jymbii_digest-application" style="color:#0a66c2">Voir l'offre</a></p>
<p style="font-size:12px;color:#666">Vous recevez des e-mails de candidature. <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs_application">Se désabonner</a><br>
LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.</p>
</td></tr></table></body></html>""",
)

_lg2 = m(
    "g1kw",
    "2025-10-13 08:40",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Votre candidature a été consultée par UTML – Mutualité Ligérienne",
    A("viewed", LG, LGR, 10, "linkedin"),
    text="""Votre candidature a été consultée

UTML – Mutualité Ligérienne a consulté votre candidature pour le poste Infirmier(e) – Centre de santé Ligéria (H/F).

Voir la candidature : https://www.linkedin.com/jobs/view/4301827765/?trk=eml-jobs_application_viewed

Ne soyez pas découragée si vous n'avez pas de nouvelles immédiatement : les recruteurs examinent souvent de nombreuses candidatures.

Se désabonner : https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Ireland Unlimited Company
""",
)

# --- Kalia (11): Welcome to the Jungle, Teamtailor, tutoiement ---------------------------

_KT = "Kalia <no-reply@mail.teamtailor.com>"

_ka1 = m(
    "l5us",
    "2025-10-23 20:41",
    "Welcome to the Jungle <no-reply@welcometothejungle.com>",
    "Ta candidature chez Kalia a bien été envoyée ✔",
    A("confirmation", KA, KAR, 11, "other"),
    html="""<html><body style="font-family:Inter,Arial,sans-serif;background:#fffbea;margin:0">
<div style="max-width:560px;margin:auto;background:#fff;padding:28px">
<img src="https://cdn.welcometothejungle.com/wttj-front/production/assets/images/logos/wttj.png" alt="Welcome to the Jungle" height="28">
<h2>Bravo Maëlle, ta candidature est partie ! 🚀</h2>
<p>Tu as postulé chez <b>Kalia</b> au poste <b>Infirmier·e de télésuivi (Care Manager)</b> – Nantes · Télétravail partiel.</p>
<p>L'entreprise va étudier ton profil. En attendant, découvre d'autres entreprises qui recrutent dans la santé :</p>
<p><a href="https://www.welcometothejungle.com/fr/jobs?refinementList%5Bsectors.name.fr%5D%5B%5D=Sant%C3%A9&amp;utm_medium=email&amp;utm_campaign=application_sent">Voir les offres santé</a></p>
<p style="font-size:11px;color:#999">Welcome to the Jungle – 31 rue du Faubourg-Poissonnière, 75009 Paris.
<a href="https://www.welcometothejungle.com/fr/me/settings/notifications">Préférences e-mail</a></p>
</div></body></html>""",
)

_ka2 = m(
    "v9cf",
    "2025-10-23 20:42",
    _KT,
    "Merci pour ta candidature 🙌",
    A("confirmation", KA, KAR, 11, "teamtailor"),
    text="""Hello Maëlle !

Merci pour ta candidature au poste d'Infirmier·e de télésuivi (Care Manager). On est une petite
équipe, alors chaque candidature est lue par un humain (promis).

On revient vers toi d'ici 10 jours. En attendant, tu peux découvrir comment on accompagne les
patients après leur chirurgie : https://kaliacare.teamtailor.com/pages/notre-mission

À très vite,
L'équipe Kalia

—
Kaliacare SAS · 5 rue de la Tour-d'Auvergne, 44200 Nantes
Gérer tes données : https://kaliacare.teamtailor.com/connect/consent
""",
    reply_to="Inès Marchetti <ines@kalia-sante.example>",
)

_ka3 = m(
    "c0ir",
    "2025-11-03 09:12",
    "Thomas Yilmaz <thomas@kalia-sante.example>",
    "Échange jeudi ?",
    A("interview", KA, KAR, 11, "direct"),
    text="""Salut Maëlle,

Thomas, cofondateur de Kalia. Ta candidature nous a bien plu, surtout ton expérience en chir
digestive (une bonne partie de nos patients sortent de colectomie).

Je te propose un premier échange de 30 min en visio jeudi 6/11 à 12h30, je t'ai envoyé une
invit Google Meet. Si ça ne colle pas avec ton planning de nuit, dis-moi et on trouve autre
chose.

À jeudi !
Thomas
""",
    ics=ics(
        "3k9v0b2q7mflr4xz8t1wd5nc6h@google.com",
        "2025-11-06 12:30",
        "Kalia x Maëlle – premier échange",
        ("Thomas Yilmaz", "thomas@kalia-sante.example"),
        minutes=30,
        description="Rejoindre avec Google Meet : https://meet.google.com/qzt-hmvr-kpa",
        location="https://meet.google.com/qzt-hmvr-kpa",
    ),
)

_ka4 = m(
    "i7ln",
    "2025-11-14 10:30",
    _KT,
    "Prochaine étape : mise en situation",
    A("assessment", KA, KAR, 11, "teamtailor"),
    text="""Hello Maëlle,

Merci pour ton échange avec Thomas, il en est ressorti très enthousiaste !

Prochaine étape : une petite mise en situation. Tu trouveras ci-dessous le lien vers 3 cas de
patients fictifs en J+3 post-opératoire, avec les alertes remontées par l'application (douleur,
température, photos de cicatrice). On te demande :
  1. comment tu priorises les trois situations ;
  2. ce que tu dirais au patient n°2 au téléphone ;
  3. ce que tu transmets au chirurgien, et comment.

Compte 1h maximum, pas besoin de faire long. À nous renvoyer avant le vendredi 21/11 en
répondant à ce mail.

Les cas : https://kaliacare.teamtailor.com/candidate/docs/2f9c1a7e

Belle journée,
Inès, Head of Care @ Kalia
""",
    reply_to="Inès Marchetti <ines@kalia-sante.example>",
)

_ka5 = m(
    "o3yg",
    "2025-11-28 17:48",
    _KT,
    "Ta candidature chez Kalia",
    A("rejection", KA, KAR, 11, "teamtailor"),
    text="""Hello Maëlle,

D'abord un grand merci pour le temps que tu nous as consacré. On a vraiment aimé ta mise en
situation : ta manière de prioriser le patient 2 et ta transmission au chirurgien étaient
exactement ce qu'on cherche, et Thomas a adoré votre échange.

Tu faisais partie des trois dernières personnes en lice et la décision a été très serrée. On a
finalement choisi quelqu'un qui a déjà une expérience du télésuivi en oncologie, car on lance
ce parcours en janvier.

On garde ton profil précieusement : on recrutera à nouveau au printemps et on aimerait
beaucoup pouvoir revenir vers toi.

Belle continuation,
Inès
""",
    reply_to="Inès Marchetti <ines@kalia-sante.example>",
)

_ka6 = m(
    "x2pq",
    "2025-12-02 10:00",
    _KT,
    "Ton avis sur notre process de recrutement (2 min)",
    J("other_job", "teamtailor", KA),
    text="""Hello Maëlle,

Tu as récemment candidaté chez Kalia. Qu'as-tu pensé de notre process de recrutement ?

Sur une échelle de 0 à 10, recommanderais-tu Kalia comme employeur à un·e ami·e ?
https://kaliacare.teamtailor.com/survey/cnps/8b2e41?score=

Tes réponses sont anonymes et nous aident à nous améliorer.
Merci !

Kalia · Propulsé par Teamtailor
""",
)


MAIL: list[dict[str, Any]] = [
    _po1, _vivier,
    _br1, _br2, _br3, _br4, _br5, _br6, _br7,
    _ba1, _ba2, _ba3, _ba4, _ba5,
    _ds0, _ds1, _ds2, _ds3, _ds4, _ds5,
    _st1, _st2, _st3, _st4, _st5, _st6, _st7, _st8,
    _vc1, _vc2, _vc3, _vc4, _vc5,
    _or1, _or2, _or3, _or4, _or5, _or6,
    _ch1, _ch2, _ch3, _ch4, _ch5,
    _lg1, _lg2,
    _ka1, _ka2, _ka3, _ka4, _ka5, _ka6,
]  # fmt: skip

# ruff: noqa: E501, RUF100
"""Corpus 144, job mail part one (data only): see heldout144.py.

Also the corpus's shared helpers: the time zone, ``m()``, the label shorthands, the thread
headers and the employer / role names, which the other data modules import from here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Brussels' offset on ``day`` (CEST until the last Sunday of October 2025)."""
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


def after(*ids: str) -> dict[str, str]:
    """In-Reply-To / References for a reply to the Message-IDs ``ids`` (oldest first)."""
    return {"In-Reply-To": ids[-1], "References": " ".join(ids)}


ME_NAME = "Baptiste Vandenbroucke-Amrani"
ME_ADDR = "baptiste.vdb.amrani@gmail.com"

FT, FTR = "Fietsly", "Growth Marketing Manager"
OF, OFR = "Office fédéral de la Consommation", "Attaché communication externe"
AW, AWR = "Agence wallonne pour l'Attractivité territoriale", "Chargé·e de communication digitale"
MB, MB1, MB2 = "Miam Box", "Content & Community Manager", "Marketing Manager"
BV, BV1, BV2 = (
    "Belvia Bank",
    "Brand & Communication Specialist",
    "Content Marketing Manager – Retail Banking",
)
AR, ARR = "Ardenna Pharma", "Corporate Communications Officer"
VE, VER = "Centre culturel La Verrière", "Chargé·e de communication et des publics"
NH, NHR = "Nordhaven Beverages", "Brand Manager Benelux"
UM, UMR = "Université Mosane", "Chargé·e de communication institutionnelle"
MA, MAR = "Meuse Aero Systems", "Marketing & Communication Specialist"
EU, EUR = "European Plant-Based Food Federation", "Communications Officer"
TH, THR = "Brasserie Tilleul & Houblon", "Responsable marketing & événements"

_SIG_FIETSLY = """
--
Fietsly BV · Quai des Charbonnages 40, 1080 Brussels
You're receiving this because you applied for a job at Fietsly.
Privacy notice: https://fietsly.teamtailor.com/privacy"""

_f1 = m(
    "k7q2",
    "2025-09-04 21:47",
    "Fietsly <no-reply@teamtailor-mail.com>",
    "Thanks for applying to Fietsly!",
    A("confirmation", FT, FTR, 1, "teamtailor", "en"),
    f"""Hi Baptiste,

Thanks a lot for applying for the Growth Marketing Manager role – we're happy you found us!

We're a team of 14 people who believe a city is better on two wheels, and we read every
application ourselves. So please give us up to two weeks to get back to you. In the meantime,
feel free to take a spin on our blog or follow us on Instagram (@fietsly.brussels).

Ride safe,
Lotte & the Fietsly crew
{_SIG_FIETSLY}""",
    reply_to="Fietsly <reply+3f9a01c7e2@teamtailor-mail.com>",
)

_f2 = m(
    "r8nd",
    "2025-09-18 10:12",
    "Lotte Claes (Fietsly) <no-reply@teamtailor-mail.com>",
    "Let's talk! 🚲",
    A("interview", FT, FTR, 1, "teamtailor", "en"),
    f"""Hi Baptiste,

I really enjoyed reading your application – especially the loyalty programme you built for the
frozen range at your current company. Would you be up for a first video call so we can get to
know each other?

I've sent you an invite for Tuesday 23 September at 16:00 (45 min, Google Meet). If the time
doesn't work, just pick another slot here: https://fietsly.teamtailor.com/meetings/lc-45-intro

Talk soon,
Lotte Claes
Co-founder & CEO
{_SIG_FIETSLY}""",
    reply_to="Lotte Claes <reply+3f9a01c7e2@teamtailor-mail.com>",
    ics=ics(
        "tt-meeting-88213@teamtailor.com",
        "2025-09-23 16:00",
        "Fietsly x Baptiste – intro call",
        ("Lotte Claes", "lotte@fietsly.example"),
        minutes=45,
        location="https://meet.google.com/xrw-kpbd-ugm",
        description="Intro call – Growth Marketing Manager. Join with Google Meet: https://meet.google.com/xrw-kpbd-ugm",
    ),
)

_f3 = m(
    "p0wz",
    "2025-09-25 09:03",
    "Lotte Claes (Fietsly) <no-reply@teamtailor-mail.com>",
    "Next step: a small case",
    A("assessment", FT, FTR, 1, "teamtailor", "en"),
    html="""<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#1d1d1b">
<p>Hey Baptiste,</p>
<p>Thanks again for Tuesday, great chat! As promised, here's the case for the next round. We
don't want you to spend a weekend on it – <b>2 to 3 hours max</b>, really.</p>
<p><b>The question:</b> we launched in Liège in June. Subscriptions are growing 4% month on
month, we'd like 30% in the next six months with a budget of €25k. What would you do?</p>
<ul>
<li>Max 6 slides (or a Notion page, whatever you prefer)</li>
<li>Send it back by <b>Thursday 2 October, 18:00</b> by replying to this email</li>
<li>You'll present it to Lotte and Jens (our Head of Ops) the week after</li>
</ul>
<p>Our numbers (anonymised) are in the attached sheet. Shout if anything is unclear!</p>
<p>Lotte</p>
<p style="font-size:11px;color:#8a8a8a">Fietsly BV · Quai des Charbonnages 40, 1080 Brussels ·
<a href="https://fietsly.teamtailor.com/privacy">Privacy</a></p>
</div>""",
    reply_to="Lotte Claes <reply+3f9a01c7e2@teamtailor-mail.com>",
    attach=[
        (
            "fietsly_liege_case_data.csv",
            "text/csv",
            "month,active_subs,churn_pct,cac_eur\n2025-06,212,3.1,41\n2025-07,221,3.4,44\n2025-08,229,2.9,47\n",
        )
    ],
    st="interviewing",  # a case / tests after a first interview: no step back
)

_f4 = m(
    "z1mc",
    "2025-10-09 17:40",
    "Fietsly <no-reply@teamtailor-mail.com>",
    "Your application at Fietsly",
    A("rejection", FT, FTR, 1, "teamtailor", "en"),
    f"""Hi Baptiste,

Thank you so much for the time and energy you put into the Liège case. Jens still talks about
your idea of teaming up with the student kots in Sart-Tilman – we might actually steal it
(with credit!).

That made this a really hard call. In the end we decided to go with a candidate who has more
hands-on experience running paid acquisition for a subscription business, which is the gap we
most need to fill right now.

I know that's not what you hoped to read. If you'd like more detailed feedback on the case,
just reply and I'll happily set up 15 minutes.

All the best, and I hope our paths cross again,
Lotte
{_SIG_FIETSLY}""",
    reply_to="Lotte Claes <reply+3f9a01c7e2@teamtailor-mail.com>",
)

# --- OFCO through the federal selection service (FedRecrut) --------------------------------

_FEDRECRUT_FOOT = """
--------------------------------------------------------------------
FedRecrut – Service de sélection de l'administration fédérale
Ce message est envoyé automatiquement, merci de ne pas y répondre.
Questions : via le formulaire de contact de votre compte « Mon FedRecrut ».
Consultez notre déclaration de confidentialité sur www.fedrecrut.example/vie-privee"""

_o0 = m(
    "vx3e",
    "2025-09-08 20:31",
    "FedRecrut <noreply@fedrecrut.example>",
    "Votre code de vérification",
    J("other_job", "other"),
    f"""Bonjour,

Votre code de vérification pour activer votre compte « Mon FedRecrut » est :

    483 912

Ce code est valable 15 minutes. Si vous n'êtes pas à l'origine de cette demande, vous pouvez
ignorer ce message.
{_FEDRECRUT_FOOT}""",
)

_o1 = m(
    "hq7t",
    "2025-09-08 20:44",
    "FedRecrut <noreply@fedrecrut.example>",
    "Confirmation de votre candidature – AFG25093",
    A("confirmation", OF, OFR, 2, "other"),
    f"""Cher candidat, chère candidate,

Nous vous confirmons la bonne réception de votre candidature pour la sélection suivante :

  Numéro de sélection : AFG25093
  Intitulé           : Attachés communication externe (m/f/x) – niveau A1 – francophones
  Employeur          : Office fédéral de la Consommation (OFCO)
  Date de clôture    : 22/09/2025

Votre candidature sera examinée après la date de clôture (screening sur la base du CV et des
réponses au formulaire). Vous serez informé·e du résultat via votre compte « Mon FedRecrut ».

Conservez bien votre numéro de sélection : il vous sera demandé à chaque étape de la
procédure.

Veillez à consulter régulièrement votre compte ainsi que vos courriels indésirables (spam).

Bien cordialement,

L'équipe FedRecrut
{_FEDRECRUT_FOOT}""",
)

_o2 = m(
    "c5bn",
    "2025-10-02 11:05",
    "FedRecrut <noreply@fedrecrut.example>",
    "AFG25093 – invitation aux tests informatisés",
    A("assessment", OF, OFR, 2, "other"),
    html=f"""<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Cher candidat, chère candidate,</p>
<p>Nous avons le plaisir de vous informer que votre candidature pour la sélection <b>AFG25093</b>
(Attachés communication externe – OFCO) a été jugée <b>recevable</b> à l'issue du screening.</p>
<p>Vous êtes invité·e à participer aux <b>tests informatisés</b> :</p>
<table cellpadding="4" style="border-collapse:collapse;font-size:13px">
<tr><td>Épreuves</td><td>raisonnement abstrait (30 min) – test de jugement situationnel (40 min)</td></tr>
<tr><td>Lieu</td><td>Centre d'examen FedRecrut, Rue de la Loi 51, 1040 Bruxelles (4e étage)</td></tr>
<tr><td>Période</td><td>du 13 au 24 octobre 2025</td></tr>
</table>
<p>Vous devez <b>réserver vous-même une session</b> dans votre compte « Mon FedRecrut »
<a href="https://mon.fedrecrut.example/sessions?sel=AFG25093">(cliquez ici)</a> au plus tard le
9 octobre 2025. Sans réservation de votre part, vous serez considéré·e comme absent·e.</p>
<p>Munissez-vous de votre carte d'identité. Des exemples de tests sont disponibles sur notre
site.</p>
<p>Bonne chance !<br>L'équipe FedRecrut</p>
<pre style="font-size:11px;color:#666">{_FEDRECRUT_FOOT}</pre>
</body></html>""",
)

_o3 = m(
    "yy40",
    "2025-10-17 16:22",
    "FedRecrut <noreply@fedrecrut.example>",
    "Résultat – AFG25093",
    A("assessment", OF, OFR, 2, "other"),
    f"""Cher candidat, chère candidate,

Sélection AFG25093 – Attachés communication externe (m/f/x) – OFCO

Nous avons le plaisir de vous informer que vous avez réussi les tests informatisés
(raisonnement abstrait : réussi ; jugement situationnel : 71/100, minimum requis 60/100).

Vous serez prochainement invité·e à l'épreuve suivante (épreuve orale). La convocation vous
parviendra par courriel et dans votre compte « Mon FedRecrut ».

Le détail de vos résultats est disponible dans votre compte. Vous pouvez demander une
consultation de vos tests dans les 30 jours.

L'équipe FedRecrut
{_FEDRECRUT_FOOT}""",
)

_o4 = m(
    "m2ro",
    "2025-11-06 10:48",
    "FedRecrut – Sélections <selections@fedrecrut.example>",
    "Convocation – épreuve orale AFG25093",
    A("interview", OF, OFR, 2, "other"),
    f"""Cher Monsieur Vandenbroucke-Amrani,

Dans le cadre de la sélection AFG25093 (Attachés communication externe – Office fédéral de la
Consommation), nous vous convoquons à l'épreuve orale :

  Date   : jeudi 20 novembre 2025
  Heure  : 09h30 (présentez-vous 15 minutes à l'avance)
  Lieu   : FedRecrut, Rue de la Loi 51, 1040 Bruxelles – salle 4.12
  Durée  : environ 60 minutes

L'épreuve comporte une préparation de 30 minutes (mise en situation écrite) suivie d'un
entretien avec le jury (présentation de 10 minutes, puis questions sur votre motivation, vos
compétences et votre connaissance de l'OFCO). Le jury est composé de deux représentant·es de
l'OFCO et d'un·e expert·e en communication.

Merci de confirmer votre présence via votre compte au plus tard le 13 novembre.

Vous trouverez en annexe l'invitation pour votre agenda.

Cordialement,

Sophie Van den Abeele
Chargée de sélection – FedRecrut
T 02 740 77 12
{_FEDRECRUT_FOOT}""",
    ics=ics(
        "040000008200E00074C5B7101A82E008000000006A3FC1F2D44EDC01000000000000000010000000D17F",
        "2025-11-20 09:30",
        "Épreuve orale AFG25093 – Vandenbroucke-Amrani",
        ("FedRecrut Sélections", "selections@fedrecrut.example"),
        style="outlook",
        minutes=60,
        location="FedRecrut, Rue de la Loi 51, 1040 Bruxelles – salle 4.12",
    ),
)

_o5 = m(
    "w6fa",
    "2025-12-03 14:02",
    "FedRecrut <noreply@fedrecrut.example>",
    "Résultat final – AFG25093",
    A("confirmation", OF, OFR, 2, "other"),
    f"""Cher candidat, chère candidate,

Sélection AFG25093 – Attachés communication externe (m/f/x) – niveau A1 – OFCO

Nous avons le plaisir de vous annoncer que vous avez réussi l'épreuve orale. Vous êtes
lauréat·e de la sélection et figurez à la 3e place du classement.

Vous êtes dès lors repris·e dans la réserve de recrutement, valable deux ans à compter de la
date du procès-verbal (01/12/2025). Cette réserve peut être prolongée.

Attention : être lauréat·e ne constitue pas une offre d'emploi. L'Office fédéral de la
Consommation prendra contact avec les lauréat·es dans l'ordre du classement, en fonction des
postes à pourvoir. Un seul poste est vacant à ce jour.

Vous pouvez consulter le procès-verbal et la motivation du jury dans votre compte.

Nous vous félicitons pour ce résultat.

L'équipe FedRecrut
{_FEDRECRUT_FOOT}""",
    st="on_hold",
)

# --- AWAT via an "offre d'emploi Forem" ----------------------------------------------------

_w1 = m(
    "b3kp",
    "2025-09-10 08:15",
    "Le Forem <ne-pas-repondre@leforem.be>",
    "Votre candidature a bien été transmise",
    A("confirmation", AW, AWR, 3, "other"),
    html="""<html><body style="font-family:Verdana,Arial;font-size:13px;color:#333">
<table width="600" style="border-top:4px solid #e30613"><tr><td>
<p><img alt="Le Forem" src="https://www.leforem.be/img/logo-forem.png" width="110"></p>
<p>Bonjour Baptiste,</p>
<p>Votre candidature a bien été transmise à l'employeur pour l'offre suivante :</p>
<p style="background:#f4f4f4;padding:10px"><b>Chargé de communication digitale (h/f/x)</b><br>
Agence wallonne pour l'Attractivité territoriale – Namur<br>
Offre d'emploi Forem n° 4718209 – Contrat à durée indéterminée – Temps plein</p>
<p>L'employeur prendra directement contact avec vous si votre profil correspond à ses attentes.
Vous retrouvez toutes vos candidatures dans votre espace personnel
<a href="https://www.leforem.be/mon-espace/candidatures?utm_source=mail&amp;utm_campaign=transmission">Mon Forem</a>.</p>
<p>Bonne chance dans vos démarches !</p>
<p>Le Forem</p>
<p style="font-size:10px;color:#888">Ce courriel vous est envoyé automatiquement. Le Forem –
Boulevard Tirou 104, 6000 Charleroi. Gérer mes notifications :
https://www.leforem.be/mon-espace/notifications</p>
</td></tr></table></body></html>""",
)

_AWAT_SIG = """Service des Ressources humaines
Agence wallonne pour l'Attractivité territoriale (AWAT)
Rue des Brasseurs 12 – 5000 Namur
Tél. 081 24 68 00 – www.awat.example"""

_w2 = m(
    "s9ug",
    "2025-09-12 13:37",
    "AWAT – Recrutement <recrutement@awat.example>",
    "Accusé de réception",
    A("confirmation", AW, AWR, 3, "direct"),
    f"""Madame, Monsieur,

Nous accusons bonne réception de votre candidature au poste de chargé(e) de communication
digitale (réf. AWAT/2025/017) et vous remercions de l'intérêt que vous portez à notre agence.

L'appel à candidatures est ouvert jusqu'au 30 septembre 2025. Les candidatures recevables
seront ensuite examinées par le comité de sélection. Les candidat(e)s retenu(e)s pour la suite
de la procédure seront contacté(e)s dans le courant du mois d'octobre.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

{_AWAT_SIG}""",
)

_w3 = m(
    "g4ai",
    "2025-10-06 09:20",
    "Christine Jacquemin <c.jacquemin@awat.example>",
    "Réf. AWAT/2025/017 – épreuve écrite",
    A("assessment", AW, AWR, 3, "direct"),
    f"""Monsieur,

Suite à l'examen des candidatures, nous avons le plaisir de vous informer que votre
candidature a été retenue pour l'épreuve écrite.

Vous trouverez en pièce jointe l'énoncé de l'épreuve. Il s'agit d'une mise en situation : vous
élaborez un plan de communication digitale pour une campagne de promotion de la Wallonie
auprès des investisseurs étrangers.

Votre travail (5 pages maximum, format PDF) est à nous renvoyer par retour de courriel au plus
tard le jeudi 9 octobre 2025 à 12h00. Aucun envoi tardif ne sera accepté.

Nous vous souhaitons bon travail.

Christine Jacquemin
Gestionnaire RH
{_AWAT_SIG}""",
    attach=[
        (
            "AWAT_2025_017_enonce_epreuve_ecrite.txt",
            "text/plain",
            "Epreuve ecrite - ref. AWAT/2025/017\nContexte : l'Agence souhaite renforcer la notoriete de la Wallonie aupres des investisseurs...\nConsignes : 5 pages max. Budget indicatif : 80.000 EUR HTVA.\n",
        )
    ],
)

_w4 = m(
    "n0ce",
    "2025-10-21 15:02",
    "Christine Jacquemin <c.jacquemin@awat.example>",
    "Invitation à un entretien – réf. AWAT/2025/017",
    A("interview", AW, AWR, 3, "direct"),
    f"""Monsieur Vandenbroucke-Amrani,

Nous avons le plaisir de vous informer que votre épreuve écrite a été jugée satisfaisante par
le comité de sélection. Nous vous invitons dès lors à un entretien oral :

le mardi 4 novembre 2025 à 14h00
dans nos bureaux, Rue des Brasseurs 12 à 5000 Namur (2e étage, salle Meuse).

L'entretien durera environ une heure et débutera par une courte présentation (10 minutes) de
votre épreuve écrite.

Pourriez-vous nous confirmer votre présence par retour de courriel ?

Bien à vous,

Christine Jacquemin
Gestionnaire RH
{_AWAT_SIG}""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000C0B8A9F1E34ADC010000000000000000100000004C2A",
        "2025-11-04 14:00",
        "Entretien – Chargé(e) de communication digitale (AWAT/2025/017)",
        ("Christine Jacquemin", "c.jacquemin@awat.example"),
        style="outlook",
        location="AWAT – Rue des Brasseurs 12, 5000 Namur – salle Meuse",
    ),
)

_w5 = m(
    "e7dl",
    "2025-10-30 11:41",
    "Christine Jacquemin <c.jacquemin@awat.example>",
    "Report de votre entretien du 4 novembre",
    A("interview", AW, AWR, 3, "direct"),
    f"""Monsieur,

Un membre du comité de sélection étant empêché, nous sommes contraints de reporter votre
entretien initialement prévu le mardi 4 novembre à 14h00.

Nous vous proposons la nouvelle date suivante : jeudi 13 novembre 2025 à 10h30, même lieu.

Veuillez nous excuser pour ce contretemps. Une nouvelle invitation remplace la précédente
dans votre agenda ; merci de nous confirmer que cette date vous convient.

Bien à vous,

Christine Jacquemin
{_AWAT_SIG}""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000C0B8A9F1E34ADC010000000000000000100000004C2A",
        "2025-11-13 10:30",
        "Entretien – Chargé(e) de communication digitale (AWAT/2025/017)",
        ("Christine Jacquemin", "c.jacquemin@awat.example"),
        style="outlook",
        sequence=1,
        location="AWAT – Rue des Brasseurs 12, 5000 Namur – salle Meuse",
    ),
)

_w6 = m(
    "q8hs",
    "2025-12-01 16:55",
    "AWAT – Recrutement <recrutement@awat.example>",
    "Suite à donner à votre candidature",
    A("rejection", AW, AWR, 3, "direct"),
    f"""Monsieur Vandenbroucke-Amrani,

Nous tenons à vous remercier pour votre participation à la procédure de sélection pour le poste
de chargé(e) de communication digitale (réf. AWAT/2025/017), ainsi que pour la qualité de votre
épreuve écrite et de votre entretien.

Votre profil a retenu toute notre attention, toutefois le comité de sélection a porté son choix
sur un(e) candidat(e) dont l'expérience dans la communication institutionnelle correspond plus
étroitement aux besoins actuels de l'Agence.

Avec votre accord, nous conserverons votre candidature pendant un an, afin de pouvoir vous
recontacter si un poste similaire venait à s'ouvrir.

Nous vous souhaitons plein succès dans vos recherches et vous prions d'agréer, Monsieur,
l'expression de nos salutations distinguées.

{_AWAT_SIG}""",
)

# --- Miam Box (Recruitee), first application ----------------------------------------------

_MIAM_FOOT = """
--
Miam Box SRL · Rue de l'Hocaille 8 · 1348 Louvain-la-Neuve
Tu reçois ce mail parce que tu as postulé via https://miambox.recruitee.com"""

_m1 = m(
    "t3vo",
    "2025-09-11 12:03",
    "Miam Box <no-reply@recruitee.com>",
    "Merci pour ta candidature 🍅",
    A("confirmation", MB, MB1, 4, "recruitee"),
    f"""Hello Baptiste !

Merci d'avoir postulé chez Miam Box pour le poste de Content & Community Manager 🙌

On a bien reçu ton CV et ta lettre. Notre petite équipe les lit tous (oui oui, vraiment), on
revient vers toi dans les 10 jours ouvrables.

En attendant, tu peux découvrir les coulisses de nos box sur Insta : @miambox.be

À très vite,
L'équipe Miam Box
{_MIAM_FOOT}""",
    reply_to="Miam Box <job.kx82hd@miambox.recruitee.com>",
)

_m2 = m(
    "a6jr",
    "2025-09-19 18:26",
    "Élodie Gérard <no-reply@recruitee.com>",
    "Ta candidature chez Miam Box",
    A("rejection", MB, MB1, 4, "recruitee"),
    f"""Salut Baptiste,

Merci encore pour ta candidature. On a reçu plus de 200 CV pour ce poste (on ne s'y attendait
pas du tout !) et on a dû faire des choix difficiles.

On a décidé de poursuivre avec des profils qui ont déjà géré une communauté en ligne à grande
échelle, donc on ne va pas aller plus loin avec ta candidature cette fois-ci.

On garde ton profil sous le coude et on espère sincèrement te recroiser.

Belle continuation,
Élodie
CEO & co-fondatrice
{_MIAM_FOOT}""",
    reply_to="Élodie Gérard <job.kx82hd@miambox.recruitee.com>",
)

# --- Belvia Bank (Workday tenant "bvb"), first role ----------------------------------------

_BVB_FOOT = """<p style="font-size:10px;color:#7a7a7a">Belvia Bank SA/NV – Boulevard du Régent 31,
1000 Bruxelles – RPM Bruxelles – TVA BE 0412.339.571. Ce message est généré automatiquement par
notre système de recrutement. Merci de ne pas y répondre.</p>"""

_b1 = m(
    "u5xe",
    "2025-09-16 22:10",
    "Belvia Bank <bvb@myworkday.com>",
    "Nous avons bien reçu votre candidature",
    A("confirmation", BV, BV1, 5, "workday"),
    html=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Bonjour Baptiste,</p>
<p>Merci pour votre candidature au poste <b>R-0012876 Brand &amp; Communication Specialist</b>.</p>
<p>Nous examinons attentivement chaque candidature. Si votre profil correspond à nos besoins,
un membre de notre équipe Talent Acquisition vous contactera. Vous pouvez suivre l'état de
votre candidature à tout moment dans votre
<a href="https://bvb.wd3.myworkdayjobs.com/fr-FR/Belvia_Careers/userHome">Compte candidat</a>.</p>
<p>Bien à vous,<br>Talent Acquisition – Belvia</p>
{_BVB_FOOT}
</body></html>""",
)

_b2 = m(
    "d8ig",
    "2025-09-30 09:00",
    "Belvia Bank <bvb@myworkday.com>",
    "Action requise : évaluation en ligne",
    A("assessment", BV, BV1, 5, "workday"),
    html=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Bonjour Baptiste,</p>
<p>Dans le cadre de votre candidature pour <b>Brand &amp; Communication Specialist</b>, nous
vous invitons à compléter notre évaluation en ligne (questionnaire de personnalité et test de
raisonnement verbal, environ 45 minutes au total).</p>
<p>Une nouvelle tâche vous attend dans votre compte candidat. Vous disposez de <b>5 jours
calendrier</b> pour la compléter.</p>
<p style="text-align:center"><a href="https://bvb.wd3.myworkdayjobs.com/fr-FR/Belvia_Careers/userHome"
style="background:#0b3d5c;color:#fff;padding:10px 18px;text-decoration:none">Accéder à ma tâche</a></p>
<p>Conseil : installez-vous dans un endroit calme, avec une connexion stable.</p>
<p>Talent Acquisition – Belvia</p>
{_BVB_FOOT}
</body></html>""",
)

_b3 = m(
    "f2yh",
    "2025-10-20 07:45",
    "Belvia Bank <bvb@myworkday.com>",
    "Mise à jour de votre candidature",
    A("rejection", BV, BV1, 5, "workday"),
    html=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Bonjour Baptiste,</p>
<p>Nous vous remercions pour l'intérêt que vous portez à Belvia et pour le temps consacré à
votre candidature au poste R-0012876 Brand &amp; Communication Specialist.</p>
<p>Après un examen attentif de l'ensemble des candidatures et des résultats de l'évaluation,
nous avons décidé de poursuivre le processus avec d'autres candidats dont le profil correspond
davantage aux exigences du poste.</p>
<p>Nous vous encourageons à consulter régulièrement nos offres et à postuler à nouveau pour
tout poste qui vous intéresse.</p>
<p>Nous vous souhaitons beaucoup de succès.</p>
<p>Talent Acquisition – Belvia</p>
{_BVB_FOOT}
</body></html>""",
)

# --- Ardenna Pharma (SuccessFactors, HireVue) ----------------------------------------------

_p1 = m(
    "l4nb",
    "2025-09-22 14:31",
    "Ardenna Pharma Careers <no-reply@successfactors.eu>",
    "Thank you for your application – Corporate Communications Officer (Req ID 24817)",
    A("confirmation", AR, ARR, 6, "other", "en"),
    """Dear Baptiste,

Thank you for your interest in Ardenna Pharma and for applying to the following position:

Corporate Communications Officer – Req ID 24817 – Wavre, Belgium

Our recruitment team will review your application carefully. If your qualifications match
the requirements of the role, we will contact you to discuss next steps. You can review the
status of your application at any time in our Career Site.

Kind regards,

Talent Acquisition
Ardenna Pharmaceuticals SRL

This is an automated message. Please do not reply to this e-mail.
Ardenna Pharmaceuticals SRL | Rue de l'Industrie 40, 1301 Bierges | RPM Nivelles
Data privacy statement: https://career5.successfactors.eu/career?company=ardennaphP&career_ns=privacy""",
)

_p2 = m(
    "h9aq",
    "2025-10-08 10:15",
    "Ardenna Pharma <noreply@hirevue.com>",
    "Ardenna Pharma invites you to a video interview",
    A("assessment", AR, ARR, 6, "hirevue", "en"),
    html="""<html><body style="font-family:Helvetica,Arial;font-size:14px">
<p>Hi Baptiste,</p>
<p>Thank you for your interest in the <b>Corporate Communications Officer</b> position at
Ardenna Pharma. As the next step, we would like to invite you to complete an on-demand video
interview. You will answer 6 questions at a time that suits you; each answer can be up to
3 minutes long, and you will have a practice question first.</p>
<p>Please complete your interview by <b>Wednesday, October 15, 2025</b>.</p>
<p><a href="https://app.hirevue.com/interviews/ard-7YqXk2/start?utm_medium=email">Start Interview</a></p>
<p>Need help? Visit our candidate support center at https://candidatesupport.hirevue.com</p>
<p>Best of luck!<br>Ardenna Pharma Talent Acquisition</p>
<p style="font-size:11px;color:#999">Powered by HireVue. HireVue, Inc. · 10876 S River Front Pkwy, South Jordan, UT 84095</p>
</body></html>""",
)

_p3 = m(
    "j1sc",
    "2025-10-24 13:58",
    "Sofie Lemaire <sofie.lemaire@ardennapharma.example>",
    "Corporate Communications Officer – entretien",
    A("interview", AR, ARR, 6, "direct"),
    """Bonjour Baptiste,

Je suis Sofie, Talent Acquisition Partner chez Ardenna. Merci pour votre entretien vidéo, que
Karen Delbrouck (Head of Corporate Affairs) et moi-même avons beaucoup apprécié.

Nous aimerions vous rencontrer pour un entretien plus approfondi, en ligne, le jeudi 30
octobre à 11h00 (environ une heure). L'entretien se fera en français et en partie en anglais,
la fonction impliquant beaucoup de contacts avec le groupe.

Je vous envoie une invitation Teams séparément – n'hésitez pas à me dire si le créneau ne
convient pas.

Bien à vous,

Sofie Lemaire
Talent Acquisition Partner | Ardenna Pharma
M +32 476 21 93 08

This e-mail and any attachments are confidential and intended solely for the addressee. If you
have received it in error, please notify the sender and delete it. Ardenna Pharmaceuticals SRL,
Rue de l'Industrie 40, 1301 Bierges, Belgium.""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000F1D2C3B45A46DC010000000000000000100000007A33",
        "2025-10-30 11:00",
        "Entretien – Corporate Communications Officer – B. Vandenbroucke-Amrani",
        ("Sofie Lemaire", "sofie.lemaire@ardennapharma.example"),
        style="outlook",
        attendees=[("Karen Delbrouck", "karen.delbrouck@ardennapharma.example")],
        location="Microsoft Teams Meeting",
        description="Réunion Microsoft Teams\nRejoindre : https://teams.microsoft.com/l/meetup-join/19%3ameeting_ZmE4YjQ5\nID de réunion : 384 221 907 655",
    ),
)

_p4 = m(
    "x0ma",
    "2025-11-18 17:12",
    "Sofie Lemaire <sofie.lemaire@ardennapharma.example>",
    "Corporate Communications Officer – mise à jour",
    A("confirmation", AR, ARR, 6, "direct"),
    """Bonjour Baptiste,

Je reviens vers vous comme promis concernant le poste de Corporate Communications Officer.

Suite à une réorganisation du département Corporate Affairs annoncée la semaine dernière en
interne, le recrutement est suspendu jusqu'à nouvel ordre. Ce n'est en aucun cas lié à votre
candidature : Karen a été très positive après votre entretien.

Nous ne savons pas encore quand (ni sous quelle forme) le poste sera rouvert. Si vous êtes
d'accord, je garde votre candidature active et je vous recontacte dès que j'en sais plus,
probablement pas avant la fin du premier trimestre.

Je suis désolée de ne pas avoir de meilleure nouvelle à vous annoncer aujourd'hui.

Bien à vous,

Sofie Lemaire
Talent Acquisition Partner | Ardenna Pharma
M +32 476 21 93 08""",
    st="on_hold",
)

# --- Centre culturel La Verrière via Actiris (ghosted) ------------------------------------

_c1 = m(
    "i7pe",
    "2025-09-24 19:03",
    "Actiris <no-reply@actiris.brussels>",
    "Votre candidature a bien été transmise",
    A("confirmation", VE, VER, 7, "other"),
    """Bonjour Baptiste Vandenbroucke-Amrani,

Votre candidature a bien été transmise à l'employeur.

Offre : Chargé·e de communication et des publics (M/F/X)
Référence Actiris : 2025-118734
Employeur : Centre culturel La Verrière asbl – 1070 Anderlecht
Type de contrat : CDI – 4/5e temps (30h24/semaine)

L'employeur examinera votre candidature et vous contactera directement s'il souhaite vous
rencontrer. Vous pouvez suivre vos candidatures dans votre espace My Actiris.

Besoin d'aide pour votre recherche ? Prenez rendez-vous avec un·e conseiller·ère emploi via
www.actiris.brussels.

Actiris – Boulevard Anspach 65 – 1000 Bruxelles
Cet e-mail a été envoyé automatiquement. Merci de ne pas y répondre.
Deze e-mail werd automatisch verzonden. Gelieve er niet op te antwoorden.""",
)

# --- Nordhaven Beverages via LinkedIn (English) --------------------------------------------

_n1 = m(
    "f5tt",
    "2025-09-26 08:52",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Baptiste, your application was sent to Nordhaven Beverages",
    A("confirmation", NH, NHR, 8, "linkedin", "en"),
    html="""<html><body style="font-family:-apple-system,Helvetica,Arial;font-size:14px;color:#000000e6">
<table width="512" align="center"><tr><td>
<p><img alt="LinkedIn" src="https://static.licdn.com/aero-v1/sc/h/logo.png" width="84"></p>
<h2 style="font-size:20px">Your application was sent to Nordhaven Beverages</h2>
<table><tr><td><img alt="Nordhaven Beverages" width="48" src="https://media.licdn.com/dms/image/nordhaven_logo.png"></td>
<td><b>Brand Manager Benelux</b><br>Nordhaven Beverages · Brussels, Brussels Region, Belgium (Hybrid)<br>
Applied on September 26, 2025</td></tr></table>
<p><a href="https://www.linkedin.com/jobs/view/4291178830/?trackingId=kH1%2B2q&amp;refId=a1b2">View job</a></p>
<p style="font-size:12px">Now, take these steps to stand out: keep your profile up to date and
turn on Open to Work so recruiters can find you.</p>
<p style="font-size:11px;color:#666">This email was intended for Baptiste Vandenbroucke-Amrani
(Chargé de projets marketing chez Nordal Foods). Learn why we included this.
<a href="https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn">Unsubscribe</a> ·
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2. LinkedIn is a registered
business name of LinkedIn Ireland Unlimited Company.</p>
</td></tr></table></body></html>""",
)

_n2 = m(
    "o3wq",
    "2025-10-15 11:30",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Your update from Nordhaven Beverages",
    A("rejection", NH, NHR, 8, "linkedin", "en"),
    html="""<html><body style="font-family:-apple-system,Helvetica,Arial;font-size:14px">
<table width="512" align="center"><tr><td>
<p><b>Brand Manager Benelux</b><br>Nordhaven Beverages · Brussels (Hybrid)</p>
<p>Dear Baptiste,</p>
<p>Thank you for your interest in the Brand Manager Benelux position at Nordhaven Beverages in
Brussels. Unfortunately, we will not be moving forward with your application, but we
appreciate your time and interest in Nordhaven Beverages.</p>
<p>Regards,<br>Nordhaven Beverages</p>
<p><a href="https://www.linkedin.com/jobs/search/?keywords=brand%20manager&amp;trk=eml-jobs_rejection">See similar jobs</a></p>
<p style="font-size:11px;color:#666">You're receiving Applicant Tracking emails.
<a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Unsubscribe</a> · © 2025 LinkedIn
Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p>
</td></tr></table></body></html>""",
)

# --- Université Mosane (direct; interview cancelled, then the no) ------------------------

_UM_SIG = """Administration des ressources humaines – Cellule recrutement
Université Mosane – Place du Rectorat 1 – 5000 Namur
www.umosane.example/emplois"""

_u1 = m(
    "k2fu",
    "2025-10-01 10:10",
    "Université Mosane – Recrutement <recrutement@umosane.example>",
    "Réf. ADM-2025-114 – accusé de réception",
    A("confirmation", UM, UMR, 9, "direct"),
    f"""Madame, Monsieur,

Nous accusons réception de votre candidature à l'emploi de Chargé·e de communication
institutionnelle (réf. ADM-2025-114, CDD de 12 mois renouvelable, temps plein, barème A2).

Après la date de clôture (15 octobre 2025), une commission de sélection examinera les dossiers
au regard des critères énoncés dans l'appel. Seules les personnes retenues pour un entretien
seront contactées.

Nous vous remercions de l'intérêt porté à l'Université Mosane.

{_UM_SIG}""",
)

_u2 = m(
    "c6rg",
    "2025-11-03 14:27",
    "Nathalie Dethier <nathalie.dethier@umosane.example>",
    "Convocation – réf. ADM-2025-114",
    A("interview", UM, UMR, 9, "direct"),
    f"""Monsieur,

La commission de sélection a le plaisir de vous inviter à un entretien pour l'emploi de
Chargé·e de communication institutionnelle (réf. ADM-2025-114).

Date : lundi 17 novembre 2025, 10h00
Lieu : Rectorat, Place du Rectorat 1, 5000 Namur – salle du Conseil (1er étage)

L'entretien (45 minutes) comprendra une présentation de 5 minutes sur le thème suivant :
« Comment renforcer le sentiment d'appartenance des étudiant·es de première année ? »

Merci de bien vouloir confirmer votre présence.

Nathalie Dethier
{_UM_SIG}""",
    ics=ics(
        "040000008200E00074C5B7101A82E0080000000022E1B47A5C50DC0100000000000000001000000099BD",
        "2025-11-17 10:00",
        "Entretien ADM-2025-114 – M. Vandenbroucke-Amrani",
        ("Nathalie Dethier", "nathalie.dethier@umosane.example"),
        style="outlook",
        minutes=45,
        location="Rectorat – salle du Conseil",
    ),
)

_u3 = m(
    "v8yb",
    "2025-11-13 08:02",
    "Nathalie Dethier <nathalie.dethier@umosane.example>",
    "Annulé : Entretien ADM-2025-114 – M. Vandenbroucke-Amrani",
    A("interview", UM, UMR, 9, "direct"),
    """Monsieur,

Pour des raisons indépendantes de notre volonté, la procédure de recrutement ADM-2025-114 est
temporairement suspendue et l'entretien prévu le lundi 17 novembre est annulé.

Nous reviendrons vers vous dès que possible.

Avec nos excuses,
N. Dethier""",
    ics=ics(
        "040000008200E00074C5B7101A82E0080000000022E1B47A5C50DC0100000000000000001000000099BD",
        "2025-11-17 10:00",
        "Annulé : Entretien ADM-2025-114 – M. Vandenbroucke-Amrani",
        ("Nathalie Dethier", "nathalie.dethier@umosane.example"),
        style="outlook",
        method="CANCEL",
        minutes=45,
        location="Rectorat – salle du Conseil",
    ),
)

_u4 = m(
    "r1kd",
    "2025-12-16 11:19",
    "Université Mosane – Recrutement <recrutement@umosane.example>",
    "Procédure de recrutement ADM-2025-114",
    A("rejection", UM, UMR, 9, "direct"),
    f"""Monsieur,

Nous revenons vers vous au sujet de l'emploi de Chargé·e de communication institutionnelle
(réf. ADM-2025-114).

Suite à la réorganisation du Service communication décidée par le Conseil d'administration, la
fonction a été pourvue par voie de mobilité interne. Nous sommes par conséquent au regret de
vous informer que nous ne pouvons pas donner une suite favorable à votre candidature.

Nous vous remercions pour l'intérêt que vous avez manifesté à l'égard de notre institution et
vous prions d'agréer, Monsieur, nos salutations distinguées.

{_UM_SIG}""",
)

# --- Meuse Aero Systems via StepStone ------------------------------------------------------

_STEPSTONE_FOOT = """<p style="font-size:10px;color:#8c8c8c">StepStone Belgium NV – Ikaroslaan 19, 1930 Zaventem.
Vous recevez cet e-mail car vous avez postulé via StepStone.be.
<a href="https://www.stepstone.be/fr/candidat/parametres?utm_source=transactional">Paramètres e-mail</a></p>"""

_s1 = m(
    "w3nj",
    "2025-10-03 22:40",
    "StepStone <noreply@stepstone.be>",
    "Votre candidature a bien été envoyée",
    A("confirmation", MA, MAR, 10, "other"),
    html=f"""<html><body style="font-family:Arial;font-size:14px;color:#1b1b1b">
<p>Bonjour Baptiste,</p>
<p>Votre candidature a bien été envoyée !</p>
<table style="border:1px solid #ddd;padding:8px"><tr><td>
<b>Marketing &amp; Communication Specialist (M/F/X)</b><br>Meuse Aero Systems SA<br>Herstal
</td></tr></table>
<p>Et maintenant ? Le recruteur va examiner votre dossier. Nous vous informerons dès que votre
candidature aura été consultée.</p>
<p><a href="https://www.stepstone.be/fr/candidat/mes-candidatures?utm_campaign=apply_confirmation">Voir mes candidatures</a></p>
{_STEPSTONE_FOOT}
</body></html>""",
)

_s2 = m(
    "y6cx",
    "2025-10-10 09:14",
    "StepStone <noreply@stepstone.be>",
    "Bonne nouvelle : votre candidature a été consultée",
    A("viewed", MA, MAR, 10, "other"),
    html=f"""<html><body style="font-family:Arial;font-size:14px;color:#1b1b1b">
<p>Bonjour Baptiste,</p>
<p>Meuse Aero Systems SA a consulté votre candidature pour le poste
<b>Marketing &amp; Communication Specialist (M/F/X)</b>.</p>
<p>Cela ne veut pas encore dire que vous serez invité·e à un entretien, mais c'est un bon
signe. En attendant, d'autres entreprises recrutent aussi :</p>
<ul><li>Chargé de marketing B2B – Seraing</li><li>Communication Officer – Liège</li></ul>
<p><a href="https://www.stepstone.be/fr/candidat/mes-candidatures?utm_campaign=cv_viewed">Suivre ma candidature</a></p>
{_STEPSTONE_FOOT}
</body></html>""",
)

_s3 = m(
    "p4ln",
    "2025-10-31 16:05",
    "MAS Talent <talent@meuseaero.example>",
    "Votre candidature",
    A("rejection", MA, MAR, 10, "direct"),
    """Bonjour Monsieur Vandenbroucke-Amrani,

Nous vous remercions pour l'intérêt que vous portez à Meuse Aero Systems et pour votre
candidature au poste de Marketing & Communication Specialist.

Nous avons été sensibles à votre parcours et à votre expérience de gestion de marques. Après
une analyse approfondie, nous avons toutefois retenu des candidatures présentant une
expérience plus directe du marketing industriel B2B et des salons internationaux, essentielle
pour ce poste.

Nous nous permettons de garder vos coordonnées et ne manquerons pas de vous recontacter si une
opportunité correspondant davantage à votre profil se présente.

Recevez, Monsieur, nos salutations distinguées.

L'équipe Talent
Meuse Aero Systems SA – Rue de l'Aéronef 7 – 4040 Herstal
--
Ce message et ses pièces jointes sont confidentiels.""",
)

# --- European Plant-Based Food Federation (Jobsinbrussels, English) -----------------------

_E_SIG = """Ines Morales Kühn
HR & Office Manager
EUPLANT – European Plant-Based Food Federation
Avenue de Tervueren 68, 1040 Brussels | EU Transparency Register 481223904117-52"""

_e1 = m(
    "n7ug",
    "2025-10-06 12:00",
    "EUPLANT Secretariat <jobs@euplant.example>",
    "RE: Application – Communications Officer (ref. COM-02)",
    A("confirmation", EU, EUR, 11, "direct", "en"),
    f"""Dear Baptiste,

Thank you for your application, which we have well received. The deadline for applications is
17 October; shortlisted candidates will be contacted shortly after and asked to complete a
short written exercise.

Kind regards,

{_E_SIG}

-----Original Message-----
From: Baptiste Vandenbroucke-Amrani <baptiste.vdb.amrani@gmail.com>
Sent: Sunday, 5 October 2025 21:14
To: EUPLANT Secretariat <jobs@euplant.example>
Subject: Application – Communications Officer (ref. COM-02)

Dear Ms Morales Kühn,

Please find attached my CV and cover letter for the Communications Officer position advertised
on Jobsinbrussels (ref. COM-02).

Best regards,
Baptiste Vandenbroucke-Amrani""",
    **after("<CAE0x8Kq4-vdb7@mail.gmail.com>"),
)

_e2 = m(
    "d2hw",
    "2025-10-22 15:30",
    "Ines Morales Kühn <i.moraleskuhn@euplant.example>",
    "Written exercise – Communications Officer",
    A("assessment", EU, EUR, 11, "direct", "en"),
    f"""Dear Baptiste,

We are pleased to inform you that you have been shortlisted for the position of
Communications Officer.

As a next step, we kindly ask you to complete the written exercise attached. You will have 48
hours from receipt of this email to send it back (i.e. by Friday 24 October, 15:30):

1. A press release (max. 400 words) reacting to the adoption of the Green Claims Directive.
2. Three LinkedIn posts promoting our annual conference "Plants on the Plate".

Candidates who pass the exercise will be invited to an interview with our Secretary General
and Policy Director in the week of 10 November.

Good luck!

{_E_SIG}""",
    attach=[
        (
            "COM-02_written_exercise.txt",
            "text/plain",
            "Written exercise - COM-02\nTask 1: press release (400 words max)\nTask 2: three LinkedIn posts\nReturn to jobs@euplant.example within 48h.\n",
        )
    ],
)

_e3 = m(
    "b5oy",
    "2025-11-05 09:45",
    "Ines Morales Kühn <i.moraleskuhn@euplant.example>",
    "Interview invitation – Communications Officer",
    A("interview", EU, EUR, 11, "direct", "en"),
    f"""Dear Baptiste,

Thank you for your written exercise, which the panel appreciated. We would like to invite you
to an interview on Wednesday 12 November at 14:00 (Brussels time) via Teams. The panel will be
composed of Maarten Pauwels (Secretary General), Chiara Benedetti (Policy Director) and
myself. The interview will last around 45 minutes and will be held in English; some questions
may be asked in French.

Please find the Teams invitation attached.

Best regards,

{_E_SIG}""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000AA01C9D2E452DC0100000000000000001000000011EE",
        "2025-11-12 14:00",
        "Interview – Communications Officer (COM-02)",
        ("Ines Morales Kühn", "i.moraleskuhn@euplant.example"),
        style="outlook",
        minutes=45,
        location="Microsoft Teams Meeting",
        attendees=[
            ("Maarten Pauwels", "m.pauwels@euplant.example"),
            ("Chiara Benedetti", "c.benedetti@euplant.example"),
        ],
    ),
)

_e4 = m(
    "g8pz",
    "2025-11-24 18:10",
    "Ines Morales Kühn <i.moraleskuhn@euplant.example>",
    "Communications Officer – outcome",
    A("rejection", EU, EUR, 11, "direct", "en"),
    f"""Dear Baptiste,

Thank you very much for taking part in our selection procedure for the Communications Officer
position, and for the time you invested in the written exercise and the interview.

The panel was impressed by your creativity and your consumer marketing background, and your
LinkedIn posts were among the strongest we received. However, after careful consideration, we
have decided to offer the position to a candidate with more direct experience of EU affairs
and media relations in Brussels.

We would be glad to keep your details on file for future opportunities, and we wish you every
success in your career.

Kind regards,

{_E_SIG}""",
)

# --- Brasserie Tilleul & Houblon (the founder writes from Gmail) ------------------------

_ME_T0 = "<CAE0x8Kq9-brass@mail.gmail.com>"
_t1 = m(
    "s0fe",
    "2025-10-09 22:16",
    "Arnaud Piérard <arnaud.pierard.th@gmail.com>",
    "Re: Candidature – Responsable marketing & événements",
    A("confirmation", TH, THR, 12, "direct"),
    """Salut Baptiste,

Merci pour ton mail et ton CV, ça a l'air vraiment chouette. Je suis à fond dans le brassin de
la bière de Noël cette semaine, je te recontacte la semaine prochaine sans faute.

Arnaud

Envoyé de mon iPhone

> Le 9 oct. 2025 à 19:02, Baptiste Vandenbroucke-Amrani <baptiste.vdb.amrani@gmail.com> a écrit :
>
> Bonjour Monsieur Piérard,
>
> J'ai vu passer sur la page Facebook de la brasserie que vous cherchiez quelqu'un pour
> le marketing et les événements (4/5e). Je vous envoie mon CV en pièce jointe : je suis
> chargé de projets marketing depuis cinq ans dans l'agroalimentaire et grand fan de la
> Tilleule Blonde...
>
> Bien à vous,
> Baptiste""",
    **after(_ME_T0),
)

_t2 = m(
    "u9bk",
    "2025-10-16 07:58",
    "Arnaud Piérard <arnaud.pierard.th@gmail.com>",
    "Re: Candidature – Responsable marketing & événements",
    A("interview", TH, THR, 12, "direct"),
    """Hello,

Comme promis : tu saurais passer à la brasserie jeudi 23 vers 17h ? On boit un verre, je te
montre le site et on discute de ce que j'ai en tête (taproom, festivals, la nouvelle gamme en
canettes). Ma compagne Laure sera là aussi, c'est elle qui gère les chiffres.

Adresse : Chaussée de Dinant 1190, 5100 Wépion. Parking derrière le hangar.

Dis-moi si ça joue.
Arnaud""",
    **after(_ME_T0, _t1["id"]),
)

_t3 = m(
    "h3ji",
    "2025-11-07 20:33",
    "Arnaud Piérard <arnaud.pierard.th@gmail.com>",
    "Re: Re: Candidature – Responsable marketing & événements",
    A("rejection", TH, THR, 12, "direct"),
    """Salut Baptiste,

Je vais être franc avec toi, parce que tu le mérites : on a refait les comptes avec Laure et on
n'a pas le budget pour un 4/5e cette année. La nouvelle ligne de canettes nous a coûté plus
cher que prévu. On va d'abord prendre quelqu'un à mi-temps pour les events, plutôt un profil
étudiant.

Je suis vraiment désolé, ton projet pour la taproom était top et je te l'aurais bien confié.
Si tu passes par Namur, la tournée est pour moi, promis.

Arnaud
Brasserie Tilleul & Houblon""",
    **after(_ME_T0, _t1["id"], _t2["id"]),
)

MAIL: list[dict[str, Any]] = [
    _f1, _f2, _f3, _f4,
    _o0, _o1, _o2, _o3, _o4, _o5,
    _w1, _w2, _w3, _w4, _w5, _w6,
    _m1, _m2,
    _b1, _b2, _b3,
    _p1, _p2, _p3, _p4,
    _c1,
    _n1, _n2,
    _u1, _u2, _u3, _u4,
    _s1, _s2, _s3,
    _e1, _e2, _e3, _e4,
    _t1, _t2, _t3,
]  # fmt: skip

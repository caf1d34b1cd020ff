# ruff: noqa: E501, RUF100
"""Corpus 135, job mail part one (data only): see heldout135.py.

Also the corpus's shared helpers: the time zone, ``m()``, the label shorthands and the employer
and role constants, which the other data modules import from here."""

from __future__ import annotations

from functools import partial
from typing import Any

from heldout import dated_spec


def tz(day: str) -> str:
    """Paris's offset on ``day`` (CEST until 26 October 2025 and again from 29 March 2026)."""
    return "+0200" if day < "2025-10-26" or day >= "2026-03-29" else "+0100"


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
    """Threading headers of a reply to ``ids`` (oldest first)."""
    return {"In-Reply-To": ids[-1], "References": " ".join(ids)}


# Employers as a person would write them, and the roles as the postings name them.
AS = "Altaïr Space Systems"
AS1 = "Ingénieur Logiciel Embarqué Vol"
AS2 = "Ingénieur Validation Logiciel Bord"
AS3 = "Ingénieur Systèmes Bord"  # started on Workday, never finished (the nudge)
AAV, AAVR = "Altaïr Avionics", "Développeur C++ Outils Sol"
GRP = "Groupe Altaïr"
MAG, MAGR = "Microtechniques Aéro Garonne", "Ingénieur Logiciel Embarqué DO-178C"
KOS, KOSR = "Kosmik", "Embedded Software Engineer – Flight Software"
KAL, KALR = "Kalyps Ingénierie", "Ingénieur Logiciel Embarqué C – Secteur Spatial"
KALR2 = "Ingénieur Validation Logiciel Avionique"
LAV, LAVR = "Lauragais Avionique", "Lead Développeur Logiciel Embarqué"
CER, CERR = "Cerfio", "Ingénieur Développement C/C++ – Spatial"
ODR, ODRR = "Occitanie Drones", "Ingénieur Logiciel Autopilote"
HEL, HELR = "Hélio Satcom", "Senior Embedded Software Engineer – Ground Terminals"
VEL, VELR = "Vélane Robotics", "Ingénieur Logiciel Embarqué Linux"
TRI, TRIR = "Trimaran Systems", "Développeur Embarqué C"
AST, ASTR = "Astrolabe Conseil", "Consultant Logiciel Embarqué Aéronautique"
VOL, VOLR = "Voltéo Automotive", "Software Engineer AUTOSAR Classic"
NIM, NIMR = "Nimbus Orbital", "Flight Software Engineer"
GEL, GELR = "Garonne Électronique", "Ingénieur Logiciel Temps Réel"
LUM, LUMR = "Lumeo", "Développeur Rust Embarqué"
AIR, AIRR = "Airélis Systèmes", "Architecte Logiciel Embarqué"
SAS, SASR = "Sud Avionique Services", "Développeur Logiciel Bancs de Test"
STE, STER = "Stellanor", "Ingénieur Logiciel Sol – Contrôle Commande Satellite"

ME_ADDR = "camille.roussel31@gmail.com"
ME_NAME = "Camille Roussel"

WD_FOOT = """Ce message a été généré automatiquement. Merci de ne pas y répondre.
Groupe Altaïr – Direction des Ressources Humaines – 2 avenue de l'Envol – 31700 Blagnac
Conformément au RGPD, vous disposez d'un droit d'accès, de rectification et d'effacement de vos données : dpo@altair-group.example"""

CLAIRE = ("Claire Ortiz", "claire.ortiz@altair-group.example")
CLAIRE_SIG = """Claire Ortiz
Chargée de recrutement – Talent Acquisition Ingénierie
Groupe Altaïr | Direction des Ressources Humaines
2 avenue de l'Envol – 31700 Blagnac
Tél. : +33 5 61 00 42 17"""

_AS1_CONF = m(
    "wd7c1e",
    "2025-10-06 21:14",
    "Groupe Altaïr <altairgroup@myworkday.com>",
    "Votre candidature a bien été reçue – R-0041873",
    A("confirmation", AS, AS1, 1, "workday"),
    text=f"""Bonjour Camille,

Nous vous remercions pour l'intérêt que vous portez au Groupe Altaïr et pour votre candidature au poste Ingénieur Logiciel Embarqué Vol (F/H) (R-0041873), au sein de la société Altaïr Space Systems à Toulouse.

Votre candidature va être étudiée avec attention par nos équipes Ressources Humaines et par les managers concernés. Si votre profil correspond à nos besoins, nous reviendrons vers vous dans les meilleurs délais.

Vous pouvez à tout moment suivre l'avancement de votre candidature depuis votre espace candidat :
https://altairgroup.wd3.myworkdayjobs.com/fr-FR/Altair_Careers/userHome

Bien cordialement,

L'équipe Talent Acquisition
Groupe Altaïr

{WD_FOOT}
""",
    html=f"""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1d2330">
<table width="600" align="center"><tr><td><img src="https://altairgroup.wd3.myworkdayjobs.com/Altair_Careers/assets/logo" alt="Groupe Altaïr" width="160"></td></tr>
<tr><td><p>Bonjour Camille,</p>
<p>Nous vous remercions pour l'intérêt que vous portez au Groupe Altaïr et pour votre candidature au poste <b>Ingénieur Logiciel Embarqué Vol (F/H)</b> (R-0041873), au sein de la société Altaïr Space Systems à Toulouse.</p>
<p>Votre candidature va être étudiée avec attention par nos équipes Ressources Humaines et par les managers concernés. Si votre profil correspond à nos besoins, nous reviendrons vers vous dans les meilleurs délais.</p>
<p>Vous pouvez à tout moment suivre l'avancement de votre candidature depuis votre <a href="https://altairgroup.wd3.myworkdayjobs.com/fr-FR/Altair_Careers/userHome">espace candidat</a>.</p>
<p>Bien cordialement,<br>L'équipe Talent Acquisition<br>Groupe Altaïr</p>
<p style="font-size:11px;color:#777">{WD_FOOT.replace(chr(10), "<br>")}</p></td></tr></table>
</body></html>""",
)

_AS2_CONF = m(
    "wd7c2f",
    "2025-10-06 21:41",
    "Groupe Altaïr <altairgroup@myworkday.com>",
    "Votre candidature a bien été reçue – R-0042210",
    A("confirmation", AS, AS2, 2, "workday"),
    text=f"""Bonjour Camille,

Nous vous remercions pour l'intérêt que vous portez au Groupe Altaïr et pour votre candidature au poste Ingénieur Validation Logiciel Bord (F/H) (R-0042210), au sein de la société Altaïr Space Systems à Toulouse.

Votre candidature va être étudiée avec attention par nos équipes Ressources Humaines et par les managers concernés. Si votre profil correspond à nos besoins, nous reviendrons vers vous dans les meilleurs délais.

Vous pouvez à tout moment suivre l'avancement de votre candidature depuis votre espace candidat :
https://altairgroup.wd3.myworkdayjobs.com/fr-FR/Altair_Careers/userHome

Bien cordialement,

L'équipe Talent Acquisition
Groupe Altaïr

{WD_FOOT}
""",
)

_AS1_INV = m(
    "cl18ab",
    "2025-11-04 16:52",
    "Claire Ortiz <claire.ortiz@altair-group.example>",
    "Entretien – Ingénieur Logiciel Embarqué Vol (R-0041873)",
    A("interview", AS, AS1, 1, "direct"),
    text=f"""Bonjour Camille,

Suite à votre test technique, dont les résultats ont retenu l'attention de l'équipe, je vous propose un premier entretien en visioconférence avec Julien Ferrand, responsable de l'équipe Logiciel de Vol d'Altaïr Space Systems, et moi-même.

  Date : mardi 18 novembre 2025
  Horaire : 10h00 – 11h00
  Format : Microsoft Teams (lien dans l'invitation ci-jointe)

L'entretien portera sur votre parcours, vos projets récents (notamment le logiciel de bord que vous avez développé pour le programme d'observation) et sur les missions du poste. Prévoyez quelques minutes en fin d'échange pour vos questions.

Merci de bien vouloir accepter l'invitation pour confirmer votre présence.

Bien cordialement,

{CLAIRE_SIG}

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires.
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000A1F3C2D9B84DDC01000000000000000010000000C7",
        "2025-11-18 10:00",
        "Entretien Camille Roussel – Ingénieur Logiciel Embarqué Vol (R-0041873)",
        CLAIRE,
        style="outlook",
        attendees=[("Julien Ferrand", "julien.ferrand@altair-space.example")],
        location="Réunion Microsoft Teams",
        description="Rejoindre la réunion Microsoft Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2ZTk0ODAtYzE1Ny00MTg5LWE4ZTItMWQ2ZDI5ZjU2N2Rh%40thread.v2/0\nID de la réunion : 384 229 615 703\nCode secret : fG7xQ2",
    ),
)

_AS1_RESCHED = m(
    "cl19ba",
    "2025-11-12 09:07",
    "Claire Ortiz <claire.ortiz@altair-group.example>",
    "Mis à jour : Entretien Camille Roussel – Ingénieur Logiciel Embarqué Vol (R-0041873)",
    A("interview", AS, AS1, 1, "direct"),
    text=f"""Bonjour Camille,

Julien Ferrand a un déplacement imprévu au CNES le 18 ; je me permets donc de décaler notre échange au jeudi 20 novembre, de 14h00 à 15h00, toujours sur Teams.

Vous trouverez l'invitation mise à jour ci-jointe. Si ce créneau ne vous convient pas, n'hésitez pas à me proposer d'autres disponibilités cette semaine-là.

Toutes mes excuses pour ce changement.

Bien cordialement,

{CLAIRE_SIG}
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000A1F3C2D9B84DDC01000000000000000010000000C7",
        "2025-11-20 14:00",
        "Entretien Camille Roussel – Ingénieur Logiciel Embarqué Vol (R-0041873)",
        CLAIRE,
        style="outlook",
        sequence=1,
        attendees=[("Julien Ferrand", "julien.ferrand@altair-space.example")],
        location="Réunion Microsoft Teams",
        description="Rejoindre la réunion Microsoft Teams : https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2ZTk0ODAtYzE1Ny00MTg5LWE4ZTItMWQ2ZDI5ZjU2N2Rh%40thread.v2/0",
    ),
    **reply(_AS1_INV["id"]),
)

_AS1_ONSITE = m(
    "jf02cd",
    "2026-01-07 18:26",
    "Julien Ferrand <julien.ferrand@altair-space.example>",
    "Prochaine étape – rencontre avec l'équipe",
    A("interview", AS, AS1, 1, "direct"),
    text="""Bonjour Camille,

Et d'abord bonne année !

Comme annoncé par Claire avant les fêtes, nous aimerions poursuivre avec vous. Je vous propose une demi-journée sur site le mercredi 14 janvier, à partir de 9h30 :
- 9h30 : présentation de l'équipe et de l'architecture du logiciel de vol (plateforme AS-250)
- 10h30 : exercice de revue de code (C, pas de préparation nécessaire)
- 11h30 : échange avec deux ingénieurs de l'équipe, puis déjeuner si vous êtes disponible

Adresse : Altaïr Space Systems, 31 rue des Cosmonautes, 31400 Toulouse – bâtiment Orion, accueil principal. Pensez à votre pièce d'identité, le site est à accès réglementé (l'accueil aura votre nom).

Je vous envoie l'invitation Outlook en parallèle.

À bientôt,
Julien

--
Julien Ferrand
Responsable équipe Logiciel de Vol
Altaïr Space Systems
31 rue des Cosmonautes – 31400 Toulouse
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000B7D1E4A0F47EDC01000000000000000010000000AA",
        "2026-01-14 09:30",
        "Rencontre équipe Logiciel de Vol – C. Roussel",
        ("Julien Ferrand", "julien.ferrand@altair-space.example"),
        style="outlook",
        minutes=180,
        attendees=[("Claire Ortiz", "claire.ortiz@altair-group.example")],
        location="Altaïr Space Systems – Bât. Orion – 31 rue des Cosmonautes, Toulouse",
    ),
)

_AS1_FINAL = m(
    "cl22ef",
    "2026-02-10 11:38",
    "Claire Ortiz <claire.ortiz@altair-group.example>",
    "Dernier entretien – Direction technique Altaïr Space Systems",
    A("interview", AS, AS1, 1, "direct"),
    text=f"""Bonjour Camille,

Merci encore pour votre venue le mois dernier, les retours de l'équipe sont très positifs.

Dernière étape du processus : un entretien avec Mme Hélène Vasseur, directrice technique d'Altaïr Space Systems, le mardi 17 février à 14h00 (45 minutes), dans ses bureaux au bâtiment Orion. Il s'agit d'un échange plutôt ouvert sur votre projet professionnel.

Je vous ai envoyé l'invitation. Je serai également disponible juste après pour faire un point sur la suite et sur vos attentes (rémunération, date de disponibilité, préavis).

Bien cordialement,

{CLAIRE_SIG}
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000C2A4D9E1269ADC01000000000000000010000000B3",
        "2026-02-17 14:00",
        "Entretien C. Roussel / H. Vasseur",
        CLAIRE,
        style="outlook",
        minutes=45,
        attendees=[("Hélène Vasseur", "helene.vasseur@altair-space.example")],
        location="Bât. Orion – bureau 3.12",
    ),
)

_AS1_OFFER = m(
    "cl23aa",
    "2026-03-10 17:02",
    "Claire Ortiz <claire.ortiz@altair-group.example>",
    "Votre arrivée chez Altaïr Space Systems",
    A("offer", AS, AS1, 1, "direct"),
    text=f"""Bonjour Camille,

J'ai le grand plaisir de vous confirmer, suite à nos échanges, notre souhait de vous accueillir au sein de l'équipe Logiciel de Vol d'Altaïr Space Systems en tant qu'Ingénieure Logiciel Embarqué Vol, en CDI, statut cadre.

Vous trouverez en pièce jointe notre proposition détaillée :
- rémunération annuelle brute de 52 000 €, sur 12 mois, complétée de la prime d'intéressement et de participation du Groupe ;
- forfait jours (212 jours), télétravail jusqu'à 2 jours par semaine après la période d'intégration ;
- date de prise de poste envisagée : lundi 15 juin 2026, compte tenu de votre préavis.

Si cette proposition vous convient, le contrat vous sera adressé pour signature électronique via DocuSign. Je reste bien sûr disponible par téléphone pour en discuter.

Au plaisir de vous compter bientôt parmi nous,

{CLAIRE_SIG}
""",
    attach=[
        (
            "Proposition_embauche_ASS_CRoussel.pdf",
            "application/pdf",
            "%PDF-1.7\n% Proposition d'embauche – Altaïr Space Systems SAS\n%%EOF\n",
        )
    ],
)

DS_FOOT = """Ne partagez pas cet e-mail
Cet e-mail contient un lien sécurisé vers DocuSign. Veuillez ne pas partager cet e-mail, ce lien ou le code d'accès avec d'autres personnes.

Autre méthode de signature
Rendez-vous sur DocuSign.com, cliquez sur « Accéder aux documents » et saisissez le code de sécurité : 6C1F0A2B9E7D4C3A8B5E2F1D0C9B8A7E2

À propos de DocuSign
Signez vos documents électroniquement en quelques minutes. C'est sûr, sécurisé et juridiquement contraignant."""

_AS1_DS = m(
    "ds41bb",
    "2026-03-11 10:15",
    "Claire Ortiz via Docusign <dse@eumail.docusign.net>",
    "Veuillez signer avec Docusign : Contrat de travail CDI – ROUSSEL Camille – Altaïr Space Systems",
    A("offer", AS, AS1, 1, "docusign"),
    reply_to="Claire Ortiz <claire.ortiz@altair-group.example>",
    text=f"""Claire Ortiz vous a envoyé un document à vérifier et à signer.

VÉRIFIER LE DOCUMENT
https://eu.docusign.net/Signing/EmailStart.aspx?a=4f6b1c2e-8a1d-4b73-9c0e-2d7e5a9b3f11&etti=24&acct=9e1d7a55-3c2b-4e8f-a0d4-6b2f9c8e1a70&er=0c4a7e19-5b3d-4f2a-8e6c-1d9b0a7f3e25

Claire Ortiz
claire.ortiz@altair-group.example

Bonjour Camille,
Comme convenu, voici votre contrat de travail. Merci de le signer électroniquement (les pages 3 et 7 sont à parapher).
Bien cordialement,
Claire

{DS_FOOT}
""",
)

_AS1_DONE = m(
    "ds42cc",
    "2026-03-12 08:47",
    "Docusign NE PAS RÉPONDRE <dse@eumail.docusign.net>",
    "Terminé : Contrat de travail CDI – ROUSSEL Camille – Altaïr Space Systems",
    A("offer", AS, AS1, 1, "docusign"),
    st="accepted",
    text="""Tous les signataires ont signé le document.

Votre document est terminé.
AFFICHER LE DOCUMENT COMPLÉTÉ
https://eu.docusign.net/Member/EmailStart.aspx?m=7b2e9f14-0a6c-4d31-8e57-c3f1a9d20b48

Tous les signataires ont terminé le document Contrat de travail CDI – ROUSSEL Camille – Altaïr Space Systems.
Le document signé est joint à cet e-mail.

Ne partagez pas cet e-mail
Cet e-mail contient un lien sécurisé vers DocuSign. Veuillez ne pas partager cet e-mail, ce lien ou le code d'accès avec d'autres personnes.
""",
    attach=[
        (
            "Contrat de travail CDI - ROUSSEL Camille.pdf",
            "application/pdf",
            "%PDF-1.7\n% completed envelope\n%%EOF\n",
        )
    ],
)

MAIL: list[dict[str, Any]] = [
    # --- 1 + 2: Altaïr Space Systems, two roles, Workday tenant of the group ----------------
    m(
        "wd7c00",
        "2025-10-06 20:58",
        "Groupe Altaïr <altairgroup@myworkday.com>",
        "Création de votre compte candidat",
        J("other_job", "workday", GRP),
        text=f"""Bonjour,

Votre compte candidat sur le site carrières du Groupe Altaïr a bien été créé.

Identifiant : camille.roussel31@gmail.com

Pour des raisons de sécurité, nous ne vous communiquons jamais votre mot de passe par e-mail. Si vous n'êtes pas à l'origine de cette création de compte, merci de contacter notre support : careers-support@altair-group.example

Site carrières : https://altairgroup.wd3.myworkdayjobs.com/fr-FR/Altair_Careers

{WD_FOOT}
""",
    ),
    _AS1_CONF,
    _AS2_CONF,
    m(
        "wd7d11",
        "2025-10-09 07:30",
        "Groupe Altaïr <altairgroup@myworkday.com>",
        "Vous n'avez pas finalisé votre candidature",
        J("alert", "workday", AS, AS3),
        html=f"""<html><body style="font-family:Arial,sans-serif">
<p>Bonjour Camille,</p>
<p>Vous avez commencé à postuler à l'offre <b>Ingénieur Systèmes Bord (F/H)</b> – Altaïr Space Systems – Toulouse (R-0041990), mais votre candidature n'a pas été envoyée.</p>
<p>Il ne vous reste que quelques étapes ! Vos informations ont été enregistrées : reprenez là où vous vous êtes arrêté(e).</p>
<p><a href="https://altairgroup.wd3.myworkdayjobs.com/fr-FR/Altair_Careers/job/Toulouse/Ingnieur-Systmes-Bord--F-H-_R-0041990/apply" style="background:#0b2e59;color:#fff;padding:10px 18px;text-decoration:none">Reprendre ma candidature</a></p>
<p>L'offre sera close prochainement.</p>
<p style="font-size:11px;color:#888">{WD_FOOT.replace(chr(10), "<br>")}</p>
</body></html>""",
    ),
    m(
        "hr90a1",
        "2025-10-20 14:03",
        "HackerRank <noreply@hackerrankforwork.com>",
        "Invitation: Altaïr Space Systems - Embedded C / RTOS Assessment",
        A("assessment", AS, AS1, 1, "hackerrank", "en"),
        reply_to="claire.ortiz@altair-group.example",
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#39424e">
<p>Hi Camille Roussel,</p>
<p>Thank you for your interest in Altaïr Space Systems. As part of the selection process, we would like you to take the following HackerRank test.</p>
<table cellpadding="4">
<tr><td><b>Test</b></td><td>Embedded C / RTOS – Flight SW (R-0041873)</td></tr>
<tr><td><b>Duration</b></td><td>90 minutes</td></tr>
<tr><td><b>Questions</b></td><td>4 (2 coding, 1 debugging, 1 multiple choice)</td></tr>
<tr><td><b>Expires</b></td><td>Oct 27, 2025 11:59 PM CET</td></tr>
</table>
<p><i>Message from the hiring team:</i><br>
« Bonjour Camille, comme convenu par téléphone, voici le test technique pour le poste d'ingénieur logiciel embarqué vol. Il se fait en C, sans accès à un compilateur croisé : ne vous inquiétez pas des détails de la cible. Bon courage ! Claire »</p>
<p><a href="https://www.hackerrank.com/tests/8k2ab4c1d7f/login?b=eyJ1c2VybmFtZSI6ImNhbWlsbGUucm91c3NlbDMxQGdtYWlsLmNvbSIsInBhc3N3b3JkIjoiIn0=" style="background:#1ba94c;color:#fff;padding:10px 20px;text-decoration:none;border-radius:4px">Start test</a></p>
<p>Before you begin: use a recent desktop browser, make sure your connection is stable, and try the <a href="https://www.hackerrank.com/tests/sample">sample test</a> to get familiar with the environment.</p>
<p>Good luck!<br>Team HackerRank, on behalf of Altaïr Space Systems</p>
<p style="font-size:11px;color:#999">You received this email because Altaïr Space Systems invited you to take a test on HackerRank. HackerRank, 700 East El Camino Real, Suite 300, Mountain View, CA 94041.</p>
</body></html>""",
    ),
    m(
        "hr90a2",
        "2025-10-23 22:41",
        "HackerRank <noreply@hackerrankforwork.com>",
        "Test submitted successfully",
        A("assessment", AS, AS1, 1, "hackerrank", "en"),
        text="""Hi Camille Roussel,

Thank you for completing the test "Embedded C / RTOS – Flight SW (R-0041873)".

Your responses have been submitted to Altaïr Space Systems. The hiring team will review your results and get back to you regarding the next steps. HackerRank does not share results with candidates.

Questions about the role? Please reach out to the company directly.

Best,
Team HackerRank
""",
    ),
    _AS1_INV,
    _AS1_RESCHED,
    m(
        "wd7e21",
        "2025-11-14 12:10",
        "Groupe Altaïr <altairgroup@myworkday.com>",
        "Votre candidature au Groupe Altaïr",
        A("rejection", AS, AS2, 2, "workday"),
        text=f"""Bonjour Camille,

Nous tenons tout d'abord à vous remercier pour le temps que vous avez consacré à votre candidature au poste Ingénieur Validation Logiciel Bord (F/H) – R-0042210.

Votre parcours a retenu toute notre attention et nous avons apprécié la qualité de votre dossier. Toutefois, après une étude approfondie, nous avons retenu une candidature dont l'expérience correspond plus étroitement aux besoins actuels de l'équipe.

Nous conservons vos informations dans notre base de talents et nous vous encourageons à consulter régulièrement nos offres : d'autres opportunités au sein du Groupe pourraient correspondre à votre profil.

Nous vous souhaitons pleine réussite dans vos projets.

L'équipe Talent Acquisition
Groupe Altaïr

{WD_FOOT}
""",
    ),
    _AS1_ONSITE,
    _AS1_FINAL,
    _AS1_OFFER,
    _AS1_DS,
    _AS1_DONE,
    m(
        "wd7f30",
        "2026-03-13 09:20",
        "Groupe Altaïr <altairgroup@myworkday.com>",
        "Action requise : documents d'embauche",
        J("other_job", "workday", AS, AS1),
        text=f"""Bonjour Camille,

Bienvenue ! Une nouvelle tâche vous a été attribuée dans votre espace Workday : « Documents d'embauche – Altaïr Space Systems SAS ».

Merci de nous transmettre avant le 27 mars 2026 :
- copie de votre pièce d'identité
- attestation de carte Vitale
- RIB
- copie de votre diplôme d'ingénieur

Accéder à mes tâches : https://wd3.myworkday.com/altairgroup/d/inst/tasks.htmld

{WD_FOOT}
""",
    ),
    m(
        "ob55d0",
        "2026-03-25 15:33",
        "Onboarding Groupe Altaïr <onboarding@altair-group.example>",
        "J-82 : préparez votre arrivée !",
        J("other_job", "direct", AS, AS1),
        html="""<html><body style="font-family:Arial,sans-serif;color:#1d2330">
<h2 style="color:#0b2e59">Bienvenue dans l'aventure, Camille !</h2>
<p>Votre arrivée au sein d'<b>Altaïr Space Systems</b> est prévue le <b>lundi 15 juin 2026</b>. D'ici là, voici quelques informations pour bien préparer votre intégration :</p>
<ul>
<li>Votre parcours d'intégration « Altaïr Welcome » : 2 jours au siège du Groupe à Blagnac, puis accueil dans votre équipe ;</li>
<li>Votre badge sera remis à l'accueil du bâtiment Orion (prévoir une pièce d'identité) ;</li>
<li>Votre manager, Julien Ferrand, vous contactera quelques semaines avant votre arrivée.</li>
</ul>
<p>En attendant, découvrez notre <a href="https://welcome.altair-group.example/livret?utm_source=onboarding&amp;utm_medium=email">livret d'accueil</a> et la chaîne vidéo de nos équipes.</p>
<p>À très bientôt,<br>L'équipe Onboarding – Groupe Altaïr</p>
</body></html>""",
    ),
    # --- 3: Altaïr Avionics, answered by the group's recruitment mailbox --------------------
    m(
        "gr31a0",
        "2025-10-28 10:44",
        "Groupe Altaïr – Recrutement <recrutement@altair-group.example>",
        "Accusé de réception – réf. AAV-DEV-0925",
        A("confirmation", AAV, AAVR, 3, "direct"),
        text="""Madame,

Nous accusons réception de la candidature que vous avez remise lors du Forum Aéro Emploi Occitanie du 23 octobre, pour le poste de Développeur C++ Outils Sol (F/H) proposé par notre filiale Altaïr Avionics (Blagnac).

Votre dossier a été transmis au responsable du recrutement de la filiale, qui prendra contact avec vous si votre profil est retenu pour la suite du processus.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

Le Service Recrutement
Groupe Altaïr
Altaïr Avionics SAS · Altaïr Space Systems SAS · Altaïr Cyber SAS
""",
    ),
    m(
        "gr31b7",
        "2025-12-09 15:58",
        "Groupe Altaïr – Recrutement <recrutement@altair-group.example>",
        "Votre candidature – réf. AAV-DEV-0925",
        A("confirmation", AAV, AAVR, 3, "direct"),
        st="on_hold",
        text="""Madame,

Nous revenons vers vous au sujet de votre candidature au poste de Développeur C++ Outils Sol au sein d'Altaïr Avionics.

Dans le cadre d'une réorganisation de l'activité Outils Sol, le recrutement sur ce poste est suspendu jusqu'à nouvel ordre. Votre candidature n'est pas écartée : nous la conservons et ne manquerons pas de revenir vers vous dès la réouverture du poste, a priori au cours du deuxième trimestre 2026.

Nous vous remercions de votre compréhension et de votre patience.

Le Service Recrutement
Groupe Altaïr
""",
    ),
    # --- 4: Microtechniques Aéro Garonne (MAG), Taleo, first try --------------------------
    m(
        "tl4a01",
        "2025-10-09 13:25",
        "MAG Recrutement <mag-recrutement@taleo.net>",
        "Accusé de réception de votre candidature - 2500319",
        A("confirmation", MAG, MAGR, 4, "taleo"),
        html="""<html><body>
<table width="640" style="font-family:Verdana,sans-serif;font-size:12px"><tr><td>
<p><img src="https://mag-aero.taleo.net/careersection/theme/6101/1733931512000/fr/theme/images/logo_mag.png" alt="MAG"></p>
<p>Madame Camille Roussel,</p>
<p>Nous avons bien reçu votre candidature pour le poste <b>Ingénieur Logiciel Embarqué DO-178C (H/F)</b>, numéro de référence <b>2500319</b>, et nous vous en remercions.</p>
<p>Notre équipe Ressources Humaines va étudier votre dossier avec attention. Nous vous contacterons si votre profil correspond aux exigences du poste.</p>
<p>Vous pouvez à tout moment consulter l'état de votre candidature en vous connectant à la <a href="https://mag-aero.taleo.net/careersection/2/mysubmissions.ftl?lang=fr">Section carrières</a>.</p>
<p>Cordialement,</p>
<p>Direction des Ressources Humaines<br>Microtechniques Aéro Garonne<br>ZA de Font-Grasse – 31700 Cornebarrieu</p>
<p style="color:#999;font-size:10px">Ce courriel est envoyé à partir d'une adresse qui ne peut recevoir de courriels. Merci de ne pas répondre à ce message.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "tl4a02",
        "2025-10-15 08:02",
        "MAG Recrutement <mag-recrutement@taleo.net>",
        "Mise à jour de votre candidature - 2500319",
        A("viewed", MAG, MAGR, 4, "taleo"),
        text="""Madame Camille Roussel,

Le statut de votre candidature au poste Ingénieur Logiciel Embarqué DO-178C (H/F) (2500319) a été modifié : votre dossier est en cours d'examen par le responsable du recrutement.

Aucune action n'est requise de votre part pour le moment.

Direction des Ressources Humaines
MAG – Microtechniques Aéro Garonne
""",
    ),
    m(
        "tl4a03",
        "2025-11-20 17:45",
        "MAG Recrutement <mag-recrutement@taleo.net>",
        "Candidature 2500319 - Ingénieur Logiciel Embarqué DO-178C (H/F)",
        A("rejection", MAG, MAGR, 4, "taleo"),
        text="""Madame,

Vous avez postulé au poste d'Ingénieur Logiciel Embarqué DO-178C (H/F) au sein de MAG et nous vous remercions de l'intérêt que vous portez à notre société.

Nous avons étudié votre candidature avec la plus grande attention. Votre expérience est intéressante, mais nous avons donné suite à d'autres profils dont l'expérience de la certification DAL A correspond davantage à nos attentes actuelles.

Nous conservons votre dossier dans notre vivier et nous permettrons de vous recontacter si une opportunité se présentait.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

Direction des Ressources Humaines
Microtechniques Aéro Garonne
""",
    ),
    # --- 5: Kosmik (KSM Technologies SAS), Welcome to the Jungle, founder mail, CodinGame ---
    m(
        "wj5b10",
        "2025-11-03 12:36",
        "Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Ta candidature chez Kosmik a bien été envoyée",
        A("confirmation", KOS, KOSR, 5, "other"),
        headers={
            "List-Unsubscribe": "<https://www.welcometothejungle.com/fr/me/settings/notifications>"
        },
        html="""<html><body style="background:#fef9f0;font-family:'Work Sans',Arial,sans-serif;color:#212121">
<table width="560" align="center" style="background:#fff;padding:24px"><tr><td>
<p style="font-size:22px;font-weight:bold">C'est envoyé ! 🎉</p>
<p>Bonjour Camille,</p>
<p>Ta candidature pour le poste <b>Embedded Software Engineer – Flight Software</b> chez <b>Kosmik</b> a bien été transmise à l'entreprise.</p>
<p>Et maintenant ? L'équipe de Kosmik va étudier ton profil. Tu seras notifié·e dès que ta candidature évolue.</p>
<p><a href="https://click.welcometothejungle.com/ls/click?upn=u001.Hx7Yb2kK-2BqP9o3" style="background:#ffcd00;color:#000;padding:10px 16px;text-decoration:none;font-weight:bold">Suivre ma candidature</a></p>
<p>En attendant, découvre les autres offres de Kosmik et des entreprises du NewSpace toulousain.</p>
<p style="font-size:11px;color:#777">Welcome to the Jungle – 25 rue de Ponthieu, 75008 Paris<br><a href="https://www.welcometothejungle.com/fr/me/settings/notifications">Gérer mes notifications</a></p>
</td></tr></table></body></html>""",
    ),
    m(
        "gk5b20",
        "2025-11-07 22:18",
        "Thibault Kermarrec <t.kermarrec@gmail.com>",
        "Kosmik / ta candidature",
        A("interview", KOS, KOSR, 5, "direct"),
        text="""Salut Camille,

Thibault, CTO de Kosmik. J'ai vu passer ta candidature sur WTTJ, et ton expérience sur le logiciel bord (FreeRTOS + la partie FDIR) colle vraiment bien avec ce qu'on cherche pour la prochaine génération de nos cubesats.

Ça te dirait qu'on en parle 30 min en visio ? Je suis dispo jeudi 13 à partir de 17h ou vendredi 14 midi. Sinon propose-moi un créneau, on s'adapte.

À+
Thibault

PS : je t'écris depuis mon Gmail perso, notre messagerie pro fait des siennes cette semaine…

--
Thibault Kermarrec
CTO & co-fondateur – Kosmik
""",
    ),
    m(
        "cg5b30",
        "2025-11-17 09:12",
        "CodinGame for Work <noreply@codingame.com>",
        "KSM Technologies vous invite à passer une évaluation",
        A("assessment", KOS, KOSR, 5, "other"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#252e38">
<p>Bonjour Camille Roussel,</p>
<p><b>KSM Technologies</b> vous invite à passer une évaluation technique sur CodinGame.</p>
<ul>
<li>Campagne : <b>Flight SW – C/C++ (nov. 2025)</b></li>
<li>Durée estimée : 1 h 15</li>
<li>Langages : C, C++</li>
<li>À compléter avant le : 24/11/2025</li>
</ul>
<p>L'évaluation se compose de questions à choix multiples et d'exercices de programmation. Vous pouvez vous entraîner sur la plateforme avant de commencer.</p>
<p><a href="https://www.codingame.com/evaluate/?id=5183207d1f0a47e6c9b2d3a1e8f74c0b" style="background:#f2bb13;color:#252e38;padding:10px 18px;text-decoration:none;font-weight:bold">Commencer l'évaluation</a></p>
<p>Attention : une fois commencée, l'évaluation ne peut pas être mise en pause.</p>
<p style="font-size:11px;color:#8a8a8a">CodinGame – 14 rue Bergère, 75009 Paris. Cet e-mail vous a été envoyé à la demande de KSM Technologies.</p>
</body></html>""",
    ),
    m(
        "gc5b40",
        "2025-12-01 16:20",
        "Thibault Kermarrec <thibault@kosmik-space.example>",
        "Invitation: Entretien technique Kosmik – Camille Roussel @ ven. 5 déc. 2025 14:00 - 15:30 (CET) (camille.roussel31@gmail.com)",
        A("interview", KOS, KOSR, 5, "direct"),
        text="""Thibault Kermarrec vous a invité(e) à un événement.

Entretien technique Kosmik – Camille Roussel
Quand : vendredi 5 déc. 2025 14:00 – 15:30 (heure normale d'Europe centrale - Paris)
Lieu : Kosmik, 12 rue Louis Blériot, 31500 Toulouse (3e étage, sonner "KSM")
Participants : Thibault Kermarrec (organisateur), Inès Marchetti, camille.roussel31@gmail.com

Salut Camille, super test CodinGame. On fera un peu de design (gestion des modes + watchdog), rien à préparer. Café offert.

Participer avec Google Meet : https://meet.google.com/kzt-qwop-xbn

Invitation de Google Agenda : https://calendar.google.com/calendar/
Vous recevez cet e-mail, car vous êtes invité(e) à l'événement.
""",
        ics=ics(
            "5r8p0f2kq1m9t3a6h7c4v2n0bs@google.com",
            "2025-12-05 14:00",
            "Entretien technique Kosmik – Camille Roussel",
            ("Thibault Kermarrec", "thibault@kosmik-space.example"),
            minutes=90,
            attendees=[("Inès Marchetti", "ines@kosmik-space.example")],
            location="Kosmik, 12 rue Louis Blériot, 31500 Toulouse",
            description="Salut Camille, super test CodinGame. On fera un peu de design (gestion des modes + watchdog), rien à préparer.",
        ),
    ),
    m(
        "im5b50",
        "2026-01-15 19:03",
        "Inès Marchetti <ines@kosmik-space.example>",
        "Une journée avec nous ?",
        A("interview", KOS, KOSR, 5, "direct"),
        text="""Hello Camille,

Belle année à toi ! Thibault m'a fait un super retour de votre session de décembre, et on aimerait aller plus loin.

Chez Kosmik on termine toujours par une journée d'immersion : tu passes la journée avec l'équipe (revue de code, stand-up, déjeuner), tu poses toutes les questions que tu veux, et nous aussi. Elle est évidemment indemnisée.

Est-ce que le vendredi 23 janvier te conviendrait ? Arrivée vers 9h30.

Inès
CEO – Kosmik
kosmik-space.example – « Des satellites qui parlent vite »

KSM Technologies SAS au capital de 48 210 € – RCS Toulouse 912 345 678 – 12 rue Louis Blériot, 31500 Toulouse
""",
    ),
    m(
        "im5b60",
        "2026-03-03 18:40",
        "Inès Marchetti <ines@kosmik-space.example>",
        "On aimerait t'avoir à bord 🚀",
        A("offer", KOS, KOSR, 5, "direct"),
        cc="Thibault Kermarrec <thibault@kosmik-space.example>",
        text="""Camille,

Après ta journée avec nous et nos derniers échanges, toute l'équipe est unanime : on aimerait vraiment que tu nous rejoignes comme Embedded Software Engineer sur le flight software.

Ce qu'on te propose (détails dans le PDF) :
- CDI, 50 k€ brut annuel fixe + BSPCE (0,15 %)
- full remote possible 2 jours/semaine, horaires souples
- démarrage quand tu veux après ton préavis

On sait que tu as d'autres process en cours, prends le temps qu'il te faut, mais si tu peux nous donner une réponse d'ici le 13 mars ce serait top (on a un planning de lancement assez serré).

Hâte de te lire,
Inès

KSM Technologies SAS au capital de 48 210 € – RCS Toulouse 912 345 678 – 12 rue Louis Blériot, 31500 Toulouse
""",
        attach=[
            (
                "Offre_Kosmik_C_Roussel.pdf",
                "application/pdf",
                "%PDF-1.5\n% KSM Technologies SAS\n%%EOF\n",
            )
        ],
    ),
    m(
        "im5b70",
        "2026-03-12 21:55",
        "Inès Marchetti <ines@kosmik-space.example>",
        "Re: On aimerait t'avoir à bord 🚀",
        A("offer", KOS, KOSR, 5, "direct"),
        st="declined",
        text="""Merci Camille pour ta réponse, et surtout pour ta franchise.

Évidemment on est déçus, mais on comprend très bien : le programme sur lequel tu pars est une sacrée opportunité. La porte reste grande ouverte si un jour l'envie du NewSpace te reprend :)

Je te souhaite plein de réussite, et passe nous voir au prochain apéro lancement !

Inès

Le jeu. 12 mars 2026 à 20:31, Camille Roussel <camille.roussel31@gmail.com> a écrit :
> Bonjour Inès, bonjour Thibault,
>
> Merci encore pour votre proposition et pour l'accueil pendant la journée
> d'immersion. Après beaucoup d'hésitation, j'ai décidé de ne pas y donner suite :
> j'ai accepté un autre poste, sur un programme qui me tient à cœur depuis longtemps.
> Ce n'est pas un choix contre Kosmik, vraiment.
>
> Je vous souhaite le meilleur pour le lancement,
> Camille
""",
        **reply("<CAKq9w3vR2c8Yt1pZ7hB@mail.gmail.com>"),
    ),
]

# --- 6: Kalyps Ingénierie (ESN), applied through the Apec; the mission's client named late ---
_KAL_CLIENT = m(
    "sb6c20",
    "2025-10-28 11:30",
    "Sarah Benali <sarah.benali@kalyps.example>",
    "Présentation client – mission logiciel de vol",
    A("interview", KAL, KALR, 6, "direct"),
    text="""Bonjour Camille,

Comme évoqué lors de notre échange, votre profil a plu et je souhaite vous présenter à notre client, un acteur majeur du spatial toulousain (je ne peux malheureusement pas encore vous donner son nom, le client préfère que nous attendions la confirmation du rendez-vous).

Le rendez-vous est fixé au mercredi 5 novembre à 9h30. Il s'agit d'un entretien technique d'environ 1h avec le responsable de lot logiciel et un membre de son équipe. Je serai présente.

Je vous transmets une invitation ; le lieu exact vous sera précisé dès que possible.

Bien à vous,

Sarah BENALI
Chargée de recrutement – Business Unit Aéro & Spatial
KALYPS Ingénierie
6 place Alfonse Jourdain – 31000 Toulouse
""",
    ics=ics(
        "040000008200E00074C5B7101A82E008000000001C9A44F0B448DC01000000000000000010000000E2",
        "2025-11-05 09:30",
        "Entretien client – C. Roussel (Kalyps)",
        ("Sarah Benali", "sarah.benali@kalyps.example"),
        style="outlook",
        location="Toulouse – lieu communiqué ultérieurement",
    ),
)

MAIL += [
    m(
        "ap6c01",
        "2025-10-13 20:47",
        "Apec <ne-pas-repondre@apec.fr>",
        "Votre candidature a bien été envoyée",
        A("confirmation", KAL, KALR, 6, "other"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#22252e">
<p><img src="https://www.apec.fr/files/live/sites/apec/files/logo-apec.png" alt="Apec" width="90"></p>
<p>Bonjour Camille Roussel,</p>
<p>Votre candidature à l'offre ci-dessous a bien été transmise au recruteur :</p>
<table style="border:1px solid #ddd;padding:8px"><tr><td>
<b>Ingénieur Logiciel Embarqué C – Secteur Spatial H/F</b><br>
KALYPS INGENIERIE – Toulouse (31)<br>
CDI – 42 - 50 k€ brut annuel<br>
Réf. Apec : 176543210W-7731
</td></tr></table>
<p>Retrouvez toutes vos candidatures dans votre <a href="https://www.apec.fr/candidat/mon-espace/mes-candidatures.html?xtor=EPR-31">espace Apec</a>.</p>
<p>Besoin d'un coup de pouce ? Nos consultants vous accompagnent gratuitement dans votre projet professionnel.</p>
<p>L'équipe Apec</p>
<p style="font-size:10px;color:#888">Vous recevez cet e-mail car vous avez un compte sur apec.fr. Apec – 51 boulevard Brune – 75014 Paris</p>
</body></html>""",
    ),
    m(
        "sb6c10",
        "2025-10-16 09:51",
        "Sarah Benali <sarah.benali@kalyps.example>",
        "Votre candidature Apec – Ingénieur Logiciel Embarqué",
        A("interview", KAL, KALR, 6, "direct"),
        text="""Bonjour Madame Roussel,

J'ai bien reçu votre candidature via l'Apec pour notre poste d'Ingénieur Logiciel Embarqué C dans le secteur spatial, et je vous en remercie.

Votre parcours m'intéresse : seriez-vous disponible pour un premier échange téléphonique d'une trentaine de minutes ? Je vous propose lundi 20 octobre à 12h30 ou mardi 21 à 18h, selon vos contraintes.

Bien à vous,

Sarah BENALI
Chargée de recrutement – Business Unit Aéro & Spatial
KALYPS Ingénierie
06 71 22 84 09
""",
    ),
    _KAL_CLIENT,
    m(
        "sb6c21",
        "2025-10-31 14:12",
        "Sarah Benali <sarah.benali@kalyps.example>",
        "RE: Présentation client – mission logiciel de vol",
        A("interview", KAL, KALR, 6, "direct"),
        text="""Bonjour Camille,

Bonne nouvelle, je peux maintenant vous en dire plus : il s'agit d'Altaïr Space Systems, pour l'équipe Segment Sol / Logiciel de test. Je sais que vous avez aussi candidaté en direct chez eux sur un autre poste ; ce n'est pas un problème, la mission est portée par un autre service.

Rendez-vous mercredi à 9h15 devant l'accueil du site de Rangueil (31 rue des Cosmonautes), avec une pièce d'identité. Je vous y retrouve.

Bon week-end,
Sarah

-----Message d'origine-----
De : Camille Roussel <camille.roussel31@gmail.com>
Envoyé : jeudi 30 octobre 2025 21:04
À : Sarah Benali <sarah.benali@kalyps.example>
Objet : Re: Présentation client – mission logiciel de vol

Bonjour Sarah,
C'est noté pour le 5 à 9h30, merci. Pouvez-vous me confirmer l'adresse dès que vous l'avez ?
Bonne soirée,
Camille
""",
        **reply(_KAL_CLIENT["id"], "<CAKq9w3s0XoL2vE8pA@mail.gmail.com>"),
    ),
    m(
        "sb6c30",
        "2025-11-14 16:26",
        "Sarah Benali <sarah.benali@kalyps.example>",
        "Retour suite à votre entretien",
        A("rejection", KAL, KALR, 6, "direct"),
        text="""Bonjour Camille,

Je reviens vers vous suite à votre entretien du 5 novembre.

Le client a beaucoup apprécié votre échange, en particulier votre maîtrise des environnements temps réel. Il a néanmoins fait le choix d'un consultant déjà habilité sur ses outils de test internes, ce qui lui permettait un démarrage immédiat.

Nous ne pourrons donc pas donner suite à votre candidature pour cette mission. Je me permets de garder votre CV et reviendrai vers vous si une mission plus proche de vos attentes se présente.

Merci encore pour votre disponibilité.

Bien à vous,

Sarah BENALI
KALYPS Ingénierie
""",
    ),
    m(
        "sb6d90",
        "2026-01-20 10:05",
        "Sarah Benali <sarah.benali@kalyps.example>",
        "Nouvelle opportunité – Validation logiciel avionique (Blagnac)",
        J("outreach", "direct", KAL, KALR2),
        text="""Bonjour Camille,

J'espère que vous allez bien et que l'année commence bien pour vous.

Comme promis, je reviens vers vous : nous ouvrons un poste d'Ingénieur Validation Logiciel Avionique pour un programme de calculateurs de commandes de vol à Blagnac (DO-178C, bancs de test, Python / C). Démarrage souhaité en mars, CDI chez Kalyps.

Seriez-vous ouverte à en discuter ? Je peux vous appeler cette semaine.

Bien à vous,

Sarah BENALI
Chargée de recrutement – Business Unit Aéro & Spatial
KALYPS Ingénierie
""",
    ),
]

# --- 7: Pyrène Talents (headhunter) for Lauragais Avionique, named late -------------------
_PT_INMAIL = m(
    "li7d00",
    "2025-11-18 08:44",
    "Margaux Delpech via LinkedIn <inmail-hit-reply@linkedin.com>",
    "Lead Développeur Logiciel Embarqué – équipementier aéronautique (Est toulousain)",
    J("outreach", "linkedin", None, LAVR),
    html="""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif;color:#191919">
<p><b>Margaux Delpech</b><br><span style="color:#666">Consultante senior Ingénierie & Industrie chez Pyrène Talents</span></p>
<p>Bonjour Camille,</p>
<p>Je me permets de vous contacter car j'accompagne actuellement un équipementier aéronautique de rang 1, basé dans l'Est toulousain (environ 300 personnes, calculateurs et capteurs embarqués), sur le recrutement de son/sa futur·e Lead Développeur Logiciel Embarqué.</p>
<p>Le poste : encadrement technique d'une équipe de 5 développeurs, logiciel DAL B/C en C, relation avec les autorités de certification. Rémunération autour de 58-62 k€ selon profil.</p>
<p>Votre parcours chez Novalgo sur les logiciels de bord me semble très pertinent. Auriez-vous 15 minutes cette semaine pour en parler ?</p>
<p>Belle journée,<br>Margaux</p>
<p><a href="https://www.linkedin.com/messaging/thread/2-YzM4NmUyYzQtNGE1Yi00/?trk=eml-inmail-reply">Répondre</a> &nbsp; <a href="https://www.linkedin.com/messaging/thread/2-YzM4NmUyYzQtNGE1Yi00/?action=decline">Non merci</a></p>
<p style="font-size:11px;color:#888">Cet e-mail a été envoyé à Camille Roussel (Ingénieure logiciel embarqué chez Novalgo). LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.</p>
</body></html>""",
)

_PT_ITW = m(
    "md7d20",
    "2025-12-02 13:10",
    "Margaux Delpech <m.delpech@pyrene-talents.example>",
    "Entretien avec mon client – Lead Développeur Logiciel Embarqué",
    A("interview", LAV, LAVR, 7, "agency"),
    text="""Bonjour Camille,

Très bonne nouvelle : mon client souhaite vous rencontrer ! Je peux maintenant vous dévoiler son nom : il s'agit de Lauragais Avionique, à Villefranche-de-Lauragais.

L'entretien aura lieu le jeudi 11 décembre à 14h00 sur leur site (ZI de la Borde Blanche), avec M. Frédéric Azéma, directeur R&D, et Mme Sandrine Py, RRH. Comptez 1h30, dont une partie technique sur l'architecture logicielle et la certification.

Je vous envoie une invitation pour bloquer le créneau et vous appelle demain pour vous préparer.

Bien cordialement,

Margaux Delpech
Consultante senior – Ingénierie & Industrie
PYRÈNE TALENTS – Cabinet de recrutement
14 allées Jean Jaurès – 31000 Toulouse – 05 34 00 19 27
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000D4C1F8A9E063DC01000000000000000010000000F1",
        "2025-12-11 14:00",
        "Entretien Lauragais Avionique – C. Roussel",
        ("Margaux Delpech", "m.delpech@pyrene-talents.example"),
        style="outlook",
        minutes=90,
        location="Lauragais Avionique – ZI de la Borde Blanche, 31290 Villefranche-de-Lauragais",
    ),
)

MAIL += [
    _PT_INMAIL,
    m(
        "md7d10",
        "2025-11-24 18:22",
        "Margaux Delpech <m.delpech@pyrene-talents.example>",
        "Suite à notre échange",
        A("confirmation", LAV, LAVR, 7, "agency"),
        text="""Bonjour Camille,

Merci pour notre échange de ce midi, très agréable.

Comme convenu, je vous confirme que je présente votre candidature à mon client cette semaine pour le poste de Lead Développeur Logiciel Embarqué. Vous trouverez ci-joint la fiche de poste (anonymisée à ce stade, le client souhaite rester confidentiel jusqu'au premier entretien).

Je reviens vers vous dès que j'ai un retour, normalement sous dix jours.

Bien cordialement,

Margaux Delpech
Consultante senior – Ingénierie & Industrie
PYRÈNE TALENTS – Cabinet de recrutement
""",
        attach=[
            (
                "Fiche_poste_Lead_Dev_Embarque.pdf",
                "application/pdf",
                "%PDF-1.4\n% fiche de poste\n%%EOF\n",
            )
        ],
    ),
    _PT_ITW,
    m(
        "md7d21",
        "2025-12-08 09:33",
        "Margaux Delpech <m.delpech@pyrene-talents.example>",
        "Report : Entretien Lauragais Avionique – C. Roussel",
        A("interview", LAV, LAVR, 7, "agency"),
        text="""Bonjour Camille,

M. Azéma doit se rendre chez un client jeudi. L'entretien est reporté au mardi 16 décembre à 10h00, même lieu, même format. L'invitation est mise à jour.

Dites-moi si cela vous pose problème.

Margaux
""",
        ics=ics(
            "040000008200E00074C5B7101A82E00800000000D4C1F8A9E063DC01000000000000000010000000F1",
            "2025-12-16 10:00",
            "Entretien Lauragais Avionique – C. Roussel",
            ("Margaux Delpech", "m.delpech@pyrene-talents.example"),
            style="outlook",
            minutes=90,
            sequence=1,
            location="Lauragais Avionique – ZI de la Borde Blanche, 31290 Villefranche-de-Lauragais",
        ),
        **reply(_PT_ITW["id"]),
    ),
    m(
        "md7d30",
        "2025-12-22 11:02",
        "Margaux Delpech <m.delpech@pyrene-talents.example>",
        "Réponse automatique : Des nouvelles ?",
        J("other_job", "agency"),
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        text="""Bonjour,

Je suis absente du 20 décembre au 4 janvier inclus, avec un accès limité à mes e-mails.
Pour toute urgence, vous pouvez contacter Antoine Ribes : a.ribes@pyrene-talents.example.

Très belles fêtes de fin d'année !
Margaux Delpech – Pyrène Talents
""",
    ),
    m(
        "md7d40",
        "2026-01-08 12:47",
        "Margaux Delpech <m.delpech@pyrene-talents.example>",
        "Retour",
        A("rejection", LAV, LAVR, 7, "agency"),
        text="""Bonjour Camille,

J'espère que vous avez passé de bonnes fêtes. Je voulais vous faire un retour par écrit après mon message vocal d'hier.

Lauragais Avionique a été sincèrement intéressée par votre profil : M. Azéma a souligné la qualité de votre approche et votre connaissance de la DO-178C. Ils ont finalement décidé de promouvoir un de leurs ingénieurs en interne sur ce poste de lead, et le processus est donc clos.

Je suis désolée de ce dénouement, d'autant que votre candidature était très solide. Je garde évidemment votre profil en tête pour mes prochaines missions.

Bien cordialement,
Margaux
""",
    ),
]

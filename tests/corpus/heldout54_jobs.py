# ruff: noqa: E501
"""Corpus 54, French job mail (data only): see heldout54.py."""

from __future__ import annotations

import hashlib
from typing import Any


def _tz(day: str) -> str:
    if day < "2025-10-26" or day >= "2026-03-29":
        return "+0200"
    return "+0100"


def m(
    when: str,
    frm: str,
    subject: str,
    t: tuple,
    text: str | None = None,
    html: str | None = None,
    **kw: Any,
) -> dict[str, Any]:
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    key = (
        int(hashlib.sha1(f"{when}|{frm}|{subject}".encode()).hexdigest()[:8], 16) % 900000 + 100000
    )
    spec: dict[str, Any] = {
        "id": f"<{key}.{when[:10].replace('-', '')}@{dom}>",
        "date": f"{when}:00 {_tz(when[:10])}",
        "from": frm,
        "subject": subject,
        "t": t,
    }
    if text:
        spec["text"] = text
    if html:
        spec["html"] = html
    spec.update(kw)
    return spec


def F(cat, co, role, app, src):
    return (cat, co, role, app, src, "fr")


def J(cat, src, co=None, role=None):
    return (cat, co, role, None, src, "fr")


def ev(
    start, minutes, org, uid, summary, description="", location="", style="google", method="REQUEST"
):
    d = {
        "start": start,
        "minutes": minutes,
        "organizer": org,
        "uid": uid,
        "summary": summary,
        "style": style,
        "method": method,
    }
    if description:
        d["description"] = description
    if location:
        d["location"] = location
    return d


VA, VAR = "Maison Vautrin", "Product Designer Senior – Parcours client"
QD, QDR = "Quadrille", "UX Researcher"
VE, VER = "Velora", "Lead Product Designer"
BR, BRR = "Brindille", "Product Designer (premier recrutement design)"
OR, OR1, OR2 = "Orféo Santé", "UX Researcher", "Product Designer – Application patient"
BQ, BQR = "Banque Rhodanienne", "UX Designer – Banque en ligne"
MI, MIR = "Atelier Mirabel", "Designer UX/UI"
SO, SOR = "Solvéa Énergie", "UX/UI Designer"
PX, PX1, PX2 = "Pixelune", "Product Designer", "Senior Product Designer"
TR, TRR = "Transalpes", "Designer UX – Billettique"
AZ, AZR = "Mutuelle Azuréa", "Chargé(e) de recherche utilisateur (UX Researcher)"
ON, ONR = "Ondine", "Product Designer"
FE, FER = "Fermentis", "Product Designer – Plateforme B2B"
CA, CAR = "Studio Caribou", "UX Designer"
AL, ALR = "Caisse Alpine", "Mission UX Research – Refonte espace adhérent"
BO, BOR = "Bocage", "Product Designer"
EU, EUR = "Eurolab Analyses", "UX Designer – Portail laboratoire"
CY, CYR = "Cybelis", "Product Designer Senior"

ME_SIG = "Thomas Lefèvre-Nguyen"
TH = ("Thomas Lefèvre-Nguyen", "thomas.lefevre.nguyen@laposte.net")

MAIL: list[dict[str, Any]] = [
    # --- 1 Maison Vautrin (Groupe Vautrin, Workday) ----------------------------------------
    m(
        "2025-10-03 09:41",
        "Groupe Vautrin <groupevautrin@myworkday.com>",
        "Groupe Vautrin – Accusé de réception de votre candidature",
        F("confirmation", VA, VAR, 1, "workday"),
        "Bonjour Thomas,\n\nNous avons bien reçu votre candidature au poste de Product Designer Senior – Parcours client (réf. R-0042187) au sein de Maison Vautrin, l'une des marques du Groupe Vautrin.\n\nNos équipes Ressources Humaines vont étudier votre profil avec attention. Si votre candidature est retenue pour la suite du processus, vous serez contacté(e) dans les prochaines semaines. Dans le cas contraire, nous vous en informerons par e-mail.\n\nVous pouvez suivre l'avancement de votre candidature depuis votre espace candidat : https://groupevautrin.wd3.myworkday.com/fr-FR/Vautrin_Careers\n\nCordialement,\nLa Direction des Talents – Groupe Vautrin\n\nCe message est généré automatiquement, merci de ne pas y répondre.",
    ),
    m(
        "2025-10-16 14:22",
        "Aurélie Massart <aurelie.massart@groupe-vautrin.fr>",
        "Votre candidature chez Maison Vautrin – premier échange",
        F("interview", VA, VAR, 1, "direct"),
        "Bonjour Thomas,\n\nJe suis chargée de recrutement pour les marques du Groupe Vautrin. Votre profil a retenu notre attention pour le poste de Product Designer Senior chez Maison Vautrin et j'aimerais organiser un premier échange téléphonique de 30 minutes.\n\nSeriez-vous disponible mardi 21 octobre à 11h00 ? Je vous envoie une invitation dans la foulée, n'hésitez pas à me proposer un autre créneau si besoin.\n\nBien à vous,\n\nAurélie Massart\nChargée de recrutement – Fonctions digitales\nGroupe Vautrin | 14 quai Rambaud, 69002 Lyon\nTél. : 04 72 00 18 63",
        ics=ev(
            "2025-10-21 11:00:00 +0200",
            30,
            ("Aurélie Massart", "aurelie.massart@groupe-vautrin.fr"),
            "vtr-8821-a@groupe-vautrin.fr",
            "Échange téléphonique – Thomas Lefèvre-Nguyen / Maison Vautrin",
            "Appel au 06 XX XX XX 47",
            "Téléphone",
            "outlook",
        ),
    ),
    m(
        "2025-10-29 17:05",
        "Aurélie Massart <aurelie.massart@groupe-vautrin.fr>",
        "Entretien avec Julien Hocquet – Maison Vautrin",
        F("interview", VA, VAR, 1, "direct"),
        "Bonjour Thomas,\n\nMerci encore pour notre échange de la semaine dernière. Comme convenu, je vous propose un entretien avec Julien Hocquet, Head of Design Maison Vautrin, le jeudi 6 novembre à 14h30 dans nos locaux du quai Rambaud (prévoir 1h15, avec présentation d'un cas de votre portfolio de 20 minutes).\n\nVous trouverez l'invitation ci-jointe.\n\nBien cordialement,\nAurélie\n\n--\nAurélie Massart\nGroupe Vautrin",
        ics=ev(
            "2025-11-06 14:30:00 +0100",
            75,
            ("Aurélie Massart", "aurelie.massart@groupe-vautrin.fr"),
            "vtr-8821-b@groupe-vautrin.fr",
            "Entretien Product Designer Senior – T. Lefèvre-Nguyen",
            "Entretien avec Julien Hocquet (Head of Design). Présentation portfolio 20 min.",
            "Groupe Vautrin, 14 quai Rambaud, 69002 Lyon – accueil RDC",
            "outlook",
        ),
    ),
    m(
        "2025-11-20 10:12",
        "Groupe Vautrin <groupevautrin@myworkday.com>",
        "Suite de votre candidature – R-0042187",
        F("rejection", VA, VAR, 1, "workday"),
        "Bonjour Thomas,\n\nNous vous remercions pour le temps que vous avez consacré à nos échanges et pour la qualité de votre présentation, qui a été très appréciée par l'équipe.\n\nAprès mûre réflexion, nous avons malheureusement décidé de ne pas donner suite à votre candidature pour le poste de Product Designer Senior – Parcours client. Nous avons retenu un profil dont l'expérience dans le secteur du luxe correspond plus étroitement à nos besoins actuels.\n\nNous conservons votre profil dans notre vivier et ne manquerons pas de revenir vers vous si une opportunité au sein de l'une de nos marques se présentait.\n\nNous vous souhaitons pleine réussite dans vos recherches.\n\nLa Direction des Talents\nGroupe Vautrin – Maison Vautrin · Vautrin Home · Atelier Lisse",
    ),
    # --- 2 Quadrille (Quadrille Solutions SAS / QDS, Teamtailor) -------------------------
    m(
        "2025-10-08 18:31",
        "Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Votre candidature chez Quadrille a bien été envoyée",
        F("confirmation", QD, QDR, 2, "other"),
        html="<html><body><table width='600'><tr><td><img alt='Welcome to the Jungle'></td></tr><tr><td><h1>C'est envoyé !</h1><p>Bonjour Thomas,</p><p>Votre candidature pour le poste <b>UX Researcher</b> chez <b>Quadrille</b> (Lyon 7e) a bien été transmise à l'entreprise.</p><p>Vous recevrez une réponse directement de leur part. En attendant, découvrez d'autres offres qui pourraient vous plaire.</p><p><a href='https://www.welcometothejungle.com/fr/me/applications'>Suivre mes candidatures</a></p></td></tr><tr><td style='font-size:11px;color:#777'>Welcome to the Jungle · 8 rue du Sentier, 75002 Paris · <a href='#'>Se désabonner</a></td></tr></table></body></html>",
    ),
    m(
        "2025-10-08 18:33",
        "QDS Recrutement <no-reply@teamtailor-mail.com>",
        "Merci pour votre candidature !",
        F("confirmation", QD, QDR, 2, "teamtailor"),
        "Bonjour Thomas,\n\nMerci pour l'intérêt que vous portez à Quadrille et pour votre candidature au poste d'UX Researcher.\n\nNous lisons toutes les candidatures nous-mêmes, ça peut donc prendre une dizaine de jours. Si votre profil ne correspond pas à ce que nous cherchons pour ce poste, nous vous le dirons aussi, promis : pas de silence radio chez nous.\n\nÀ très vite,\nL'équipe Quadrille\n\nQuadrille Solutions SAS – 31 rue de Marseille, 69007 Lyon\nhttps://quadrille.teamtailor.com",
    ),
    m(
        "2025-10-15 11:48",
        "Inès Boualem <ines.boualem@quadrille.io>",
        "Quadrille x Thomas – on se parle ?",
        F("interview", QD, QDR, 2, "direct"),
        "Bonjour Thomas,\n\nJe suis Inès, Talent Partner chez Quadrille. Ton parcours en recherche utilisateur dans la santé nous a beaucoup plu (on se tutoie chez nous, j'espère que ça te va !).\n\nJe te propose un premier call de 30 min pour te présenter l'équipe Produit et le poste. Tu peux réserver directement un créneau ici : https://calendly.com/ines-quadrille/30min\n\nBelle journée,\nInès\n\nInès Boualem – Talent Partner\nQuadrille (QDS) · quadrille.io",
    ),
    m(
        "2025-10-15 16:02",
        "Calendly <notifications@calendly.com>",
        "Nouvel événement : Thomas Lefèvre-Nguyen - Appel découverte Quadrille - 17 oct. 2025",
        F("interview", QD, QDR, 2, "other"),
        "Bonjour Thomas Lefèvre-Nguyen,\n\nUn nouvel événement a été planifié.\n\nType d'événement : Appel découverte Quadrille (30 min)\nInvité : Inès Boualem\nDate/heure : 10:00 - vendredi 17 octobre 2025 (heure d'Europe centrale)\nLieu : Google Meet – le lien sera ajouté à l'invitation\n\nAnnuler ou reprogrammer : https://calendly.com/cancellations/9f2c1\n\nPowered by Calendly",
        ics=ev(
            "2025-10-17 10:00:00 +0200",
            30,
            ("Inès Boualem", "ines.boualem@quadrille.io"),
            "cal-9f2c1@calendly.com",
            "Appel découverte Quadrille – Thomas Lefèvre-Nguyen",
            "Réservé via Calendly",
            "https://meet.google.com/qdr-txpn-aob",
        ),
    ),
    m(
        "2025-10-22 09:15",
        "Inès Boualem <ines.boualem@quadrille.io>",
        "Exercice de design – UX Researcher",
        F("assessment", QD, QDR, 2, "direct"),
        "Hello Thomas,\n\nMerci pour l'appel de vendredi ! Comme annoncé, l'étape suivante est un petit exercice : on te partage un brief (PDF en pièce jointe) sur l'onboarding de notre app de gestion de tournées. On te demande un plan de recherche et une synthèse de 3-4 pages max. Compte 4 heures, pas plus, on ne cherche pas un livrable parfait.\n\nTu as jusqu'au lundi 3 novembre. Ensuite on en discutera ensemble lors d'un entretien avec Maëlle (Head of Product) et Bastien (Lead Designer).\n\nBon courage !\nInès",
        attach=[
            (
                "Quadrille_exercice_UXR.pdf",
                "application/pdf",
                "%PDF-1.4 brief exercice onboarding tournées (contenu fictif)",
            )
        ],
    ),
    m(
        "2025-11-04 15:40",
        "Quadrille <no-reply@teamtailor-mail.com>",
        "Invitation : Entretien équipe Produit – Quadrille",
        F("interview", QD, QDR, 2, "teamtailor"),
        "Bonjour Thomas,\n\nMerci pour votre rendu ! Nous avons le plaisir de vous inviter à un entretien avec Maëlle Perret et Bastien Nakache.\n\nDate : mercredi 12 novembre 2025, 14h00 – 15h30\nLieu : Quadrille, 31 rue de Marseille, 69007 Lyon (3e étage)\n\nMerci de confirmer votre présence via le lien ci-dessous.\nhttps://quadrille.teamtailor.com/meetings/7c1ad0\n\nL'équipe Quadrille",
        ics=ev(
            "2025-11-12 14:00:00 +0100",
            90,
            ("Quadrille", "no-reply@teamtailor-mail.com"),
            "tt-7c1ad0@teamtailor.com",
            "Entretien équipe Produit – Thomas Lefèvre-Nguyen",
            "Restitution exercice + échange",
            "31 rue de Marseille, 69007 Lyon",
        ),
    ),
    m(
        "2025-11-21 12:10",
        "Inès Boualem <ines.boualem@quadrille.io>",
        "Dernière étape : rencontre avec Antoine",
        F("interview", QD, QDR, 2, "direct"),
        "Hello Thomas,\n\nL'équipe a adoré ta restitution, vraiment. Dernière étape : un échange informel avec Antoine Keller, notre CEO, le 27 novembre à 9h30 en visio. C'est plutôt une discussion sur la culture et la vision produit.\n\nInvitation à suivre.\n\nInès",
        ics=ev(
            "2025-11-27 09:30:00 +0100",
            45,
            ("Inès Boualem", "ines.boualem@quadrille.io"),
            "qds-ceo-0419@quadrille.io",
            "Thomas / Antoine – échange final",
            "",
            "https://meet.google.com/qds-akel-tln",
        ),
    ),
    m(
        "2025-12-03 17:55",
        "Inès Boualem <ines.boualem@quadrille.io>",
        "Proposition – UX Researcher chez Quadrille 🎉",
        F("offer", QD, QDR, 2, "direct"),
        "Bonjour Thomas,\n\nJ'ai le plaisir de te confirmer que nous souhaitons te proposer le poste d'UX Researcher en CDI chez Quadrille Solutions SAS.\n\nLes grandes lignes, comme évoqué au téléphone :\n- Rémunération : 52 k€ bruts annuels + BSPCE\n- Démarrage : 2 mars 2026 (ou avant si possible)\n- Télétravail : 2 jours par semaine\n\nLa promesse d'embauche te sera envoyée via Yousign d'ici quelques jours. N'hésite pas si tu as des questions, et prends le temps qu'il te faut.\n\nInès",
    ),
    m(
        "2025-12-09 10:02",
        "Yousign <noreply@yousign.com>",
        "QUADRILLE SOLUTIONS vous invite à signer « Promesse d'embauche – T. Lefèvre-Nguyen »",
        F("offer", QD, QDR, 2, "other"),
        html="<html><body><div style='font-family:Arial'><p>Bonjour Thomas Lefèvre-Nguyen,</p><p><b>Inès Boualem</b> (QUADRILLE SOLUTIONS) vous invite à signer le document suivant :</p><p>📄 Promesse d'embauche – T. Lefèvre-Nguyen.pdf</p><p><a href='https://yousign.app/sign/xz81' style='background:#6a41f6;color:#fff;padding:10px 18px'>Signer le document</a></p><p>Cette demande expire le 23/12/2025.</p><p style='font-size:11px;color:#888'>Yousign SAS – Signature électronique conforme eIDAS</p></div></body></html>",
    ),
    m(
        "2025-12-12 19:20",
        "Yousign <noreply@yousign.com>",
        "Document signé : « Promesse d'embauche – T. Lefèvre-Nguyen »",
        F("offer", QD, QDR, 2, "other"),
        "Bonjour Thomas Lefèvre-Nguyen,\n\nTous les signataires ont signé le document « Promesse d'embauche – T. Lefèvre-Nguyen ». Vous trouverez le document signé et son certificat de preuve en pièce jointe.\n\nL'équipe Yousign",
        st="accepted",
        attach=[
            ("Promesse_embauche_signee.pdf", "application/pdf", "%PDF-1.4 document signé (fictif)")
        ],
    ),
    m(
        "2026-02-16 09:00",
        "Quadrille Solutions <no-reply@teamtailor-mail.com>",
        "Bienvenue chez Quadrille ! Ton onboarding du 2 mars",
        J("other_job", "teamtailor", QD, QDR),
        "Salut Thomas,\n\nPlus que deux semaines ! Voici ce qu'il te faut pour ton arrivée le lundi 2 mars :\n- 9h30 accueil au 31 rue de Marseille\n- pense à apporter ta pièce d'identité et ton RIB pour l'administratif\n- ton ordinateur t'attendra sur ton bureau\n\nRemplis aussi le formulaire d'onboarding : https://quadrille.teamtailor.com/onboarding/tln\n\nÀ très vite,\nL'équipe People de Quadrille",
    ),
    # --- 3 Velora via Talentis Conseil (agency) -------------------------------------------
    m(
        "2025-10-10 08:47",
        "Guillaume Berthier <g.berthier@talentis-conseil.fr>",
        "Opportunité Lead Product Designer – scale-up lyonnaise (confidentiel)",
        J("outreach", "agency", None, VER),
        "Bonjour Thomas,\n\nJe me permets de vous contacter de la part du cabinet Talentis Conseil. J'accompagne actuellement une scale-up lyonnaise de la mobilité (environ 120 personnes, série B) dans le recrutement de son Lead Product Designer, en CDI.\n\nLe poste : encadrer une équipe de 4 designers, structurer le design system et la recherche utilisateur, en lien direct avec la CPO. Package entre 65 et 72 k€ selon profil.\n\nVotre parcours me semble très pertinent. Seriez-vous ouvert à un échange téléphonique cette semaine ?\n\nBien cordialement,\n\nGuillaume Berthier\nManager – Digital & Produit\nTalentis Conseil | Cabinet de recrutement\n52 cours Lafayette, 69003 Lyon",
    ),
    m(
        "2025-10-14 13:30",
        "Guillaume Berthier <g.berthier@talentis-conseil.fr>",
        "RE: Opportunité Lead Product Designer – scale-up lyonnaise (confidentiel)",
        J("outreach", "agency", None, VER),
        "Bonjour Thomas,\n\nMerci pour votre retour et pour l'échange de ce matin. Comme convenu, je vous confirme que je présente votre candidature à mon client dès aujourd'hui. Je vous communiquerai son nom dès que j'aurai son accord.\n\nBien à vous,\nGuillaume\n\n-----Message d'origine-----\nDe : Thomas Lefèvre-Nguyen\nEnvoyé : lundi 13 octobre 2025 21:14\nObjet : RE: Opportunité Lead Product Designer\n\nBonjour Guillaume,\nOui, avec plaisir. Je suis disponible mardi matin.\nThomas",
    ),
    m(
        "2025-10-20 16:11",
        "Guillaume Berthier <g.berthier@talentis-conseil.fr>",
        "Votre candidature – Velora",
        F("confirmation", VE, VER, 3, "agency"),
        "Bonjour Thomas,\n\nBonne nouvelle : mon client a accepté que je vous dévoile son nom, il s'agit de Velora (velora.fr), la plateforme de vélos-cargos en libre-service. Votre dossier a été transmis à Clémence Faure, CPO, qui l'a lu avec intérêt.\n\nJe reviens vers vous très vite pour un premier entretien.\n\nGuillaume Berthier\nTalentis Conseil",
    ),
    m(
        "2025-10-28 10:05",
        "Guillaume Berthier <g.berthier@talentis-conseil.fr>",
        "Entretien Velora – jeudi 30/10 à 17h",
        F("interview", VE, VER, 3, "agency"),
        "Bonjour Thomas,\n\nClémence Faure vous propose un entretien le jeudi 30 octobre à 17h00 chez Velora, 8 rue Smith, 69002 Lyon. Durée : environ une heure.\n\nMerci de me confirmer votre disponibilité.\n\nGuillaume",
    ),
    m(
        "2025-11-26 18:40",
        "Guillaume Berthier <g.berthier@talentis-conseil.fr>",
        "Velora – point sur le recrutement",
        F("confirmation", VE, VER, 3, "agency"),
        "Bonjour Thomas,\n\nJe voulais vous tenir informé : Velora vient de m'indiquer qu'ils mettent le recrutement du Lead Product Designer en pause, le temps de finaliser leur réorganisation et leur prochaine levée. Ce n'est pas lié à votre candidature, Clémence a été très positive sur votre entretien.\n\nJe reviens vers vous dès que j'ai du nouveau, probablement début d'année.\n\nBien cordialement,\nGuillaume Berthier",
        st="on_hold",
    ),
    # --- 4 Brindille (WTTJ, founder from Gmail) -------------------------------------------
    m(
        "2025-10-21 22:04",
        "Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Votre candidature chez Brindille a bien été envoyée",
        F("confirmation", BR, BRR, 4, "other"),
        html="<html><body><table width='600'><tr><td><h1>C'est envoyé !</h1><p>Bonjour Thomas,</p><p>Votre candidature pour le poste <b>Product Designer (premier recrutement design)</b> chez <b>Brindille</b> (Grenoble ou remote) a bien été transmise.</p><p><a href='https://www.welcometothejungle.com/fr/me/applications'>Suivre mes candidatures</a></p></td></tr><tr><td style='font-size:11px;color:#777'>Welcome to the Jungle · <a href='#'>Se désabonner</a></td></tr></table></body></html>",
    ),
    m(
        "2025-10-24 07:58",
        "Camille Roussel <camille.roussel.grenoble@gmail.com>",
        "Brindille – ta candidature",
        F("interview", BR, BRR, 4, "direct"),
        "Salut Thomas,\n\nCamille, cofondatrice de Brindille (on fait une appli de suivi de la biodiversité pour les agriculteurs). J'écris depuis mon adresse perso, nos boîtes pro sont en migration, désolée.\n\nTa candidature m'a vraiment plu, surtout ton projet de recherche terrain avec les infirmières libérales. On est 7, tu serais le premier designer. Tu aurais 45 minutes la semaine prochaine pour un visio ? Mardi 28 à 18h ça irait ?\n\nCamille\n\nEnvoyé de mon iPhone",
    ),
    m(
        "2025-10-27 08:12",
        "Camille Roussel <camille.roussel.grenoble@gmail.com>",
        "Invitation: Brindille x Thomas @ mar. 28 oct. 2025 18:00 - 18:45 (CET)",
        F("interview", BR, BRR, 4, "direct"),
        "Camille Roussel vous invite à un événement.\n\nBrindille x Thomas\nmardi 28 octobre 2025 · 18:00 – 18:45\nRejoindre avec Google Meet : meet.google.com/brn-dlle-xyz\n\nInvitation de Google Agenda",
        ics=ev(
            "2025-10-28 18:00:00 +0100",
            45,
            ("Camille Roussel", "camille.roussel.grenoble@gmail.com"),
            "brindille28oct@google.com",
            "Brindille x Thomas",
            "",
            "meet.google.com/brn-dlle-xyz",
        ),
    ),
    m(
        "2025-11-10 21:36",
        "Camille Roussel <camille.roussel.grenoble@gmail.com>",
        "Re: Brindille – ta candidature",
        F("confirmation", BR, BRR, 4, "direct"),
        "Hello Thomas,\n\nJe te dois une réponse honnête : notre subvention BPI est décalée à février et on ne peut pas s'engager sur un recrutement avant. On met donc le poste en stand-by. J'ai vraiment envie de retravailler avec toi dès que c'est possible, je te recontacte en février si tu es toujours dispo.\n\nMerci pour ta patience,\nCamille\n\nLe mar. 28 oct. 2025 à 19:02, Thomas Lefèvre-Nguyen a écrit :\n> Merci Camille pour l'échange, très enthousiasmant !\n> Thomas",
        st="on_hold",
    ),
    # --- 5/6 Orféo Santé, two roles (Lever) ------------------------------------------------
    m(
        "2025-10-06 12:20",
        "Orféo Santé <no-reply@hire.lever.co>",
        "Orféo Santé – Votre candidature au poste UX Researcher",
        F("confirmation", OR, OR1, 5, "lever"),
        "Bonjour Thomas,\n\nMerci d'avoir postulé chez Orféo Santé ! Nous avons bien reçu votre candidature au poste UX Researcher et notre équipe va l'examiner.\n\nSi votre profil correspond à nos besoins, un membre de l'équipe vous contactera. En raison du nombre de candidatures, nous ne pourrons malheureusement pas répondre individuellement à chacune d'entre elles si elles ne sont pas retenues.\n\nL'équipe Talent d'Orféo Santé",
    ),
    m(
        "2025-10-06 12:27",
        "Orféo Santé <no-reply@hire.lever.co>",
        "Orféo Santé – Votre candidature au poste Product Designer – Application patient",
        F("confirmation", OR, OR2, 6, "lever"),
        "Bonjour Thomas,\n\nMerci d'avoir postulé chez Orféo Santé ! Nous avons bien reçu votre candidature au poste Product Designer – Application patient et notre équipe va l'examiner.\n\nSi votre profil correspond à nos besoins, un membre de l'équipe vous contactera. En raison du nombre de candidatures, nous ne pourrons malheureusement pas répondre individuellement à chacune d'entre elles si elles ne sont pas retenues.\n\nL'équipe Talent d'Orféo Santé",
    ),
    m(
        "2025-10-23 09:33",
        "Sophie Lanvin <sophie.lanvin@orfeo-sante.fr>",
        "Votre candidature Product Designer – Application patient",
        F("interview", OR, OR2, 6, "direct"),
        "Bonjour Thomas,\n\nJe vous remercie pour votre candidature. J'aimerais vous proposer un premier entretien visio de 45 minutes avec moi-même et Yann, notre Lead Designer. Voici le lien pour choisir un créneau : https://jobs.lever.co/orfeo-sante/schedule/4ac2\n\nBien cordialement,\n\nSophie Lanvin\nResponsable recrutement\nOrféo Santé – 17 rue de la République, 69002 Lyon",
    ),
    m(
        "2025-10-23 18:05",
        "Orféo Santé <no-reply@hire.lever.co>",
        "Entretien confirmé : Orféo Santé – 29 octobre 2025",
        F("interview", OR, OR2, 6, "lever"),
        "Bonjour Thomas,\n\nVotre entretien est confirmé.\n\nPoste : Product Designer – Application patient\nDate : mercredi 29 octobre 2025, 10:00 – 10:45 (CET)\nAvec : Sophie Lanvin, Yann Perrichon\nLien : https://meet.google.com/orf-ypdz-kkq\n\nL'équipe Talent d'Orféo Santé",
        ics=ev(
            "2025-10-29 10:00:00 +0100",
            45,
            ("Sophie Lanvin", "sophie.lanvin@orfeo-sante.fr"),
            "lever-4ac2-1029@hire.lever.co",
            "Entretien Orféo Santé – Thomas Lefèvre-Nguyen",
            "Product Designer – Application patient",
            "https://meet.google.com/orf-ypdz-kkq",
        ),
    ),
    m(
        "2025-11-03 16:50",
        "Orféo Santé <no-reply@hire.lever.co>",
        "Votre candidature chez Orféo Santé",
        F("rejection", OR, OR1, 5, "lever"),
        "Bonjour Thomas,\n\nMerci pour votre intérêt pour le poste UX Researcher chez Orféo Santé. Nous avons reçu de nombreuses candidatures de grande qualité et, malgré les atouts de votre profil, nous avons décidé de poursuivre avec d'autres candidats dont l'expérience correspond davantage à nos besoins sur ce poste.\n\nVotre candidature pour d'autres postes chez nous reste bien entendu en cours d'étude.\n\nBien cordialement,\nL'équipe Talent d'Orféo Santé",
    ),
    # --- 9 Banque Rhodanienne (APEC -> Taleo) ----------------------------------------------
    m(
        "2025-10-13 10:44",
        "APEC <ne-pas-repondre@apec.fr>",
        "Votre candidature a bien été transmise",
        F("confirmation", BQ, BQR, 7, "other"),
        "Bonjour Thomas Lefèvre-Nguyen,\n\nVotre candidature à l'offre « UX Designer – Banque en ligne » (réf. 178452103W) publiée par BANQUE RHODANIENNE a bien été transmise au recruteur.\n\nRetrouvez toutes vos candidatures dans votre espace Apec, rubrique « Mes candidatures ».\n\nL'Apec, l'emploi des cadres\nwww.apec.fr",
    ),
    m(
        "2025-10-13 10:52",
        "Banque Rhodanienne Recrutement <banquerhodanienne@taleo.net>",
        "Confirmation de votre candidature – UX Designer – Banque en ligne (2500913)",
        F("confirmation", BQ, BQR, 7, "taleo"),
        "Madame, Monsieur,\n\nNous accusons réception de votre candidature pour le poste UX Designer – Banque en ligne (numéro de référence 2500913).\n\nVotre dossier sera étudié avec la plus grande attention. Si votre profil ne correspondait pas à nos besoins, nous vous en informerions dans les meilleurs délais.\n\nVous pouvez consulter l'état de votre candidature à tout moment en vous connectant sur notre site carrières.\n\nNous vous prions d'agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\nLa Direction des Ressources Humaines\nBanque Rhodanienne SA",
    ),
    m(
        "2025-12-01 08:30",
        "Banque Rhodanienne Recrutement <banquerhodanienne@taleo.net>",
        "Votre candidature – référence 2500913",
        F("rejection", BQ, BQR, 7, "taleo"),
        "Monsieur,\n\nNous avons bien pris connaissance de votre candidature au poste UX Designer – Banque en ligne et vous remercions de l'intérêt que vous portez à notre établissement.\n\nVotre parcours présente de réelles qualités. Néanmoins, après étude attentive, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature.\n\nNous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.\n\nLa Direction des Ressources Humaines\nBanque Rhodanienne SA – Société anonyme à directoire, RCS Lyon 958 000 221",
    ),
    # --- 10 Atelier Mirabel (Indeed) -----------------------------------------------------
    m(
        "2025-10-17 13:05",
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyée : Designer UX/UI",
        F("confirmation", MI, MIR, 8, "indeed"),
        html="<html><body><div style='max-width:560px'><p style='font-size:20px'><b>Candidature envoyée</b></p><p>Designer UX/UI<br>Atelier Mirabel – Villeurbanne (69)</p><p>Les éléments suivants ont été envoyés à Atelier Mirabel : votre CV, vos réponses aux questions de l'employeur.</p><p>Vous trouverez cette candidature dans <a href='https://fr.indeed.com/myjobs'>Mes emplois</a>.</p><p style='color:#767676;font-size:12px'>© 2025 Indeed · Ne pas répondre à cet e-mail.</p></div></body></html>",
    ),
    m(
        "2025-10-24 09:10",
        "Indeed <donotreply@indeed.com>",
        "Atelier Mirabel a consulté votre candidature",
        F("viewed", MI, MIR, 8, "indeed"),
        html="<html><body><div style='max-width:560px'><p>Bonne nouvelle, Thomas !</p><p>L'employeur <b>Atelier Mirabel</b> a consulté votre candidature pour le poste <b>Designer UX/UI</b>.</p><p>Cela ne garantit pas qu'il vous contactera, mais c'est un bon signe.</p><p><a href='https://fr.indeed.com/myjobs'>Voir le statut</a></p></div></body></html>",
    ),
    # --- 11 Solvéa Énergie (HelloWork -> Flatchr) ------------------------------------------
    m(
        "2025-10-30 20:18",
        "HelloWork <candidature@hellowork.com>",
        "Votre candidature pour UX/UI Designer a bien été envoyée",
        F("confirmation", SO, SOR, 9, "other"),
        "Bonjour Thomas,\n\nFélicitations, votre candidature pour l'offre UX/UI Designer chez Solvéa Énergie à Grenoble (38) a bien été envoyée au recruteur.\n\nPour mettre toutes les chances de votre côté, pensez à compléter votre profil HelloWork.\n\nÀ bientôt sur HelloWork !",
    ),
    m(
        "2025-11-18 11:27",
        "Solvéa Énergie <noreply@flatchr.io>",
        "Réponse à votre candidature – UX/UI Designer",
        F("rejection", SO, SOR, 9, "other"),
        "Bonjour Thomas,\n\nNous vous remercions pour votre candidature au poste d'UX/UI Designer et pour l'intérêt que vous portez à Solvéa.\n\nVotre profil est intéressant, mais nous avons malheureusement reçu des candidatures plus proches des compétences recherchées (notamment en développement front-end). Nous ne pouvons donc pas y donner une suite favorable.\n\nNous vous souhaitons une bonne continuation.\n\nL'équipe RH Solvéa\n\nEnvoyé via Flatchr",
    ),
    # --- 12 Pixelune PD (LinkedIn) + 22 re-application ------------------------------------
    m(
        "2025-10-09 12:41",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Thomas, votre candidature a été envoyée à Pixelune",
        F("confirmation", PX, PX1, 10, "linkedin"),
        html="<html><body><table><tr><td><p>Votre candidature a été envoyée à Pixelune</p><p><b>Product Designer</b><br>Pixelune · Lyon, Auvergne-Rhône-Alpes, France (Hybride)</p><p>Candidature envoyée le 9 oct. 2025</p><p><a href='https://www.linkedin.com/jobs/view/4190021337'>Voir l'offre</a></p><p style='font-size:11px;color:#888'>Cet e-mail était destiné à Thomas Lefèvre-Nguyen (Product Designer & UX Researcher). LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p></td></tr></table></body></html>",
    ),
    m(
        "2025-10-14 07:12",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Votre candidature a été consultée par Pixelune",
        F("viewed", PX, PX1, 10, "linkedin"),
        html="<html><body><p>Votre candidature a été consultée</p><p>Pixelune a consulté votre candidature pour <b>Product Designer</b>.</p><p><a href='https://www.linkedin.com/jobs/applied'>Voir mes candidatures</a></p></body></html>",
    ),
    m(
        "2025-11-05 15:30",
        "Marion Gaillard <marion@pixelune.fr>",
        "Ta candidature Product Designer",
        F("rejection", PX, PX1, 10, "direct"),
        "Bonjour Thomas,\n\nMerci d'avoir postulé chez Pixelune, et merci pour ton portfolio : la partie sur la recherche avec les patients diabétiques était passionnante.\n\nOn a finalement choisi un profil plus orienté motion/illustration pour ce poste, donc on ne va pas aller plus loin ensemble cette fois-ci. On ouvre un poste plus senior début 2026, je te tiens au courant !\n\nBelle suite,\nMarion Gaillard\nCo-fondatrice – Pixelune",
    ),
    m(
        "2026-02-03 10:15",
        "Pixelune <no-reply@recruitee.com>",
        "Nous avons bien reçu votre candidature – Senior Product Designer",
        F("confirmation", PX, PX2, 19, "recruitee"),
        "Bonjour Thomas,\n\nMerci pour votre candidature au poste de Senior Product Designer chez Pixelune. Nous l'avons bien reçue et nous reviendrons vers vous sous deux semaines.\n\nÀ bientôt,\nL'équipe Pixelune\n\nPowered by Recruitee",
    ),
    m(
        "2026-02-12 14:02",
        "Marion Gaillard <marion@pixelune.fr>",
        "Re: Senior Product Designer – on se revoit ?",
        F("interview", PX, PX2, 19, "direct"),
        "Hello Thomas,\n\nContente de te revoir dans nos candidatures ! On aimerait t'inviter à un entretien avec Hugo (CTO) et moi, le jeudi 19 février à 16h, dans nos locaux de la Croix-Rousse.\n\nDis-moi si c'est bon pour toi.\n\nMarion",
    ),
    m(
        "2026-02-13 12:47",
        "Marion Gaillard <marion@pixelune.fr>",
        "Re: Senior Product Designer – on se revoit ?",
        F("confirmation", PX, PX2, 19, "direct"),
        "Ah zut, mais félicitations ! Merci de m'avoir prévenue si vite, je retire ta candidature de notre côté. On se croisera sûrement à un meetup Lyon UX.\n\nMarion\n\nLe ven. 13 févr. 2026 à 09:30, Thomas Lefèvre-Nguyen <thomas.lefevre.nguyen@laposte.net> a écrit :\n> Bonjour Marion,\n> Merci beaucoup pour l'invitation. Je viens d'accepter une proposition en CDI qui démarre en mars, je préfère donc retirer ma candidature plutôt que de vous faire perdre du temps.\n> Thomas",
        st="withdrawn",
    ),
    # --- 13 Transalpes (Grenoble, DigitalRecruiters) --------------------------------------
    m(
        "2025-11-04 08:55",
        "Transalpes – Recrutement <noreply@digitalrecruiters.com>",
        "Transalpes : confirmation de réception de votre candidature",
        F("confirmation", TR, TRR, 11, "other"),
        "Bonjour Thomas LEFEVRE-NGUYEN,\n\nNous vous remercions de l'intérêt que vous portez à Transalpes et accusons réception de votre candidature pour l'offre « Designer UX – Billettique » (Grenoble).\n\nNos équipes l'étudient attentivement. Sans réponse de notre part sous 4 semaines, vous pourrez considérer que votre candidature n'a pas été retenue.\n\nCordialement,\nLe service Recrutement de Transalpes\nRégie des transports de l'agglomération grenobloise",
    ),
    m(
        "2025-11-19 14:41",
        "Transalpes – Recrutement <noreply@digitalrecruiters.com>",
        "Invitation à un entretien – Designer UX – Billettique",
        F("interview", TR, TRR, 11, "other"),
        "Bonjour Thomas,\n\nSuite à l'étude de votre candidature, nous avons le plaisir de vous convier à un entretien avec Mme Dussert (responsable Expérience voyageur) et M. Achard (RH), le mardi 25 novembre 2025 à 10h00, dans nos locaux : 15 avenue Félix Viallet, 38000 Grenoble.\n\nMerci de confirmer votre présence en cliquant sur le lien : https://transalpes.digitalrecruiters.com/confirm/a83c\n\nCordialement,\nLe service Recrutement",
    ),
    m(
        "2025-12-10 09:20",
        "Transalpes – Recrutement <noreply@digitalrecruiters.com>",
        "Votre candidature chez Transalpes",
        F("rejection", TR, TRR, 11, "other"),
        "Bonjour Thomas,\n\nNous tenons à vous remercier pour votre venue à Grenoble et pour la qualité de nos échanges.\n\nMalheureusement, nous avons fait le choix d'un autre candidat, déjà en poste dans le secteur des transports, pour ce poste. Cette décision a été difficile compte tenu de la qualité de votre profil.\n\nNous vous souhaitons une pleine réussite dans vos projets.\n\nLe service Recrutement de Transalpes",
    ),
    # --- 14 Mutuelle Azuréa (Cegid Talentsoft) -----------------------------------------
    m(
        "2025-11-07 17:30",
        "Mutuelle Azuréa <recrutement@talent-soft.com>",
        "Accusé de réception – Votre candidature",
        F("confirmation", AZ, AZR, 12, "other"),
        "Bonjour Monsieur Lefèvre-Nguyen,\n\nNous avons bien reçu votre candidature pour le poste de Chargé(e) de recherche utilisateur (UX Researcher) – CDI – Paris 13e, et nous vous en remercions.\n\nNotre équipe recrutement l'examinera dans les meilleurs délais.\n\nL'équipe Recrutement\nMutuelle Azuréa – Mutuelle soumise au livre II du Code de la mutualité\n\nCegid Talentsoft – Ce message a été envoyé automatiquement.",
    ),
    m(
        "2026-01-08 09:02",
        "Mutuelle Azuréa <recrutement@talent-soft.com>",
        "Votre candidature au poste de Chargé(e) de recherche utilisateur",
        F("rejection", AZ, AZR, 12, "other"),
        "Bonjour Monsieur Lefèvre-Nguyen,\n\nNous vous remercions de votre candidature et de votre patience.\n\nNous sommes au regret de vous annoncer que celle-ci n'a pas été retenue. Nous conservons néanmoins vos coordonnées afin de vous recontacter si un poste correspondant à votre profil venait à s'ouvrir.\n\nNous vous souhaitons bonne chance dans vos recherches.\n\nL'équipe Recrutement – Mutuelle Azuréa",
    ),
    # --- 15 Ondine (Grenoble, Recruitee) -> withdrawn --------------------------------
    m(
        "2025-11-12 10:18",
        "Ondine <no-reply@recruitee.com>",
        "Merci pour votre candidature chez Ondine",
        F("confirmation", ON, ONR, 13, "recruitee"),
        "Bonjour Thomas,\n\nNous avons bien reçu votre candidature pour le poste Product Designer. Merci de l'intérêt que vous portez à Ondine !\n\nSi votre profil ne correspond pas, nous vous tiendrons tout de même informé.\n\nL'équipe Ondine\nondine.recruitee.com",
    ),
    m(
        "2025-11-24 11:00",
        "Lucas Girod <lucas.girod@ondine-hydro.com>",
        "Ondine – exercice de design",
        F("assessment", ON, ONR, 13, "direct"),
        "Bonjour Thomas,\n\nMerci pour notre échange téléphonique de vendredi. Comme prochaine étape, nous vous proposons un exercice de design à la maison : repenser l'écran de suivi de consommation d'eau de notre appli pour les collectivités. Le brief est dans le lien Notion ci-dessous.\n\nhttps://ondine.notion.site/exercice-design-2025\n\nMerci de nous renvoyer votre proposition (Figma ou PDF) avant le 5 décembre.\n\nLucas Girod\nHead of Product – Ondine (Ondine Hydro SAS), Grenoble",
    ),
    m(
        "2025-12-04 18:44",
        "Lucas Girod <lucas.girod@ondine-hydro.com>",
        "Re: Ondine – exercice de design",
        F("confirmation", ON, ONR, 13, "direct"),
        "Bonjour Thomas,\n\nBien noté, et merci de nous avoir prévenus rapidement. Je comprends tout à fait, félicitations pour ta nouvelle aventure chez Quadrille ! Je clôture ta candidature de notre côté.\n\nAu plaisir,\nLucas\n\n> Le 4 déc. 2025 à 17:10, Thomas Lefèvre-Nguyen a écrit :\n> Bonjour Lucas,\n> Je souhaite retirer ma candidature : j'ai accepté une autre proposition.",
        st="withdrawn",
    ),
    # --- 17 Fermentis (Greenhouse, GoodTime, DocuSign) -> declined ----------------------
    m(
        "2025-11-14 09:37",
        "Fermentis <no-reply@greenhouse-mail.io>",
        "Merci pour votre candidature chez Fermentis",
        F("confirmation", FE, FER, 14, "greenhouse"),
        "Bonjour Thomas,\n\nMerci d'avoir postulé au poste de Product Designer – Plateforme B2B chez Fermentis. Votre candidature a bien été reçue et sera étudiée par notre équipe.\n\nSi votre profil correspond à ce que nous recherchons, nous reviendrons vers vous rapidement pour la suite du process.\n\nL'équipe Talent Acquisition\nFermentis SAS – Paris 10e",
    ),
    m(
        "2025-11-19 16:20",
        "Fermentis Recrutement via GoodTime <scheduling@goodtime.io>",
        "Entretien confirmé avec Fermentis – vendredi 21 novembre",
        F("interview", FE, FER, 14, "other"),
        "Bonjour Thomas,\n\nVotre entretien avec Fermentis est confirmé.\n\nPoste : Product Designer – Plateforme B2B\nDate : vendredi 21 novembre 2025, 11:00 – 11:45 (Europe/Paris)\nIntervenante : Nora Belkacem, Talent Acquisition\nVisio : https://fermentis.zoom.us/j/84410233\n\nBesoin de changer ? https://goodtime.io/r/fm-7721\n\nGoodTime, pour le compte de Fermentis",
        ics=ev(
            "2025-11-21 11:00:00 +0100",
            45,
            ("Nora Belkacem", "nora.belkacem@fermentis.io"),
            "gt-fm-7721@goodtime.io",
            "Fermentis – Entretien Product Designer (Thomas Lefèvre-Nguyen)",
            "Visio Zoom",
            "https://fermentis.zoom.us/j/84410233",
        ),
    ),
    m(
        "2025-11-28 10:05",
        "Fermentis Recrutement via GoodTime <scheduling@goodtime.io>",
        "Vos entretiens chez Fermentis – mardi 9 décembre (Paris)",
        F("interview", FE, FER, 14, "other"),
        "Bonjour Thomas,\n\nVoici le programme de votre demi-journée d'entretiens chez Fermentis, 42 rue de Paradis, 75010 Paris :\n\n14:00 – Design critique avec Élodie Marchand (Design Manager)\n15:00 – Cas pratique avec l'équipe produit\n16:00 – Échange avec Karim Saïdi (VP Product)\n\nVos billets de train sont pris en charge, envoyez vos justificatifs à nora.belkacem@fermentis.io.\n\nGoodTime, pour le compte de Fermentis",
        ics=ev(
            "2025-12-09 14:00:00 +0100",
            180,
            ("Nora Belkacem", "nora.belkacem@fermentis.io"),
            "gt-fm-7790@goodtime.io",
            "Fermentis – Entretiens sur site (Thomas Lefèvre-Nguyen)",
            "Design critique, cas pratique, VP Product",
            "42 rue de Paradis, 75010 Paris",
        ),
    ),
    m(
        "2025-12-15 18:02",
        "Nora Belkacem <nora.belkacem@fermentis.io>",
        "Proposition d'embauche – Product Designer",
        F("offer", FE, FER, 14, "direct"),
        "Bonjour Thomas,\n\nSuite à nos échanges téléphoniques, je vous confirme notre souhait de vous accueillir chez Fermentis en tant que Product Designer – Plateforme B2B, en CDI, pour une rémunération annuelle brute de 58 000 €, avec 3 jours de télétravail par semaine (présence à Paris 2 jours).\n\nVous allez recevoir la lettre d'offre via DocuSign.\n\nBien à vous,\nNora Belkacem\nTalent Acquisition – Fermentis",
    ),
    m(
        "2025-12-15 18:06",
        "Nora Belkacem via DocuSign <dse_NA3@docusign.net>",
        "Merci de signer : Lettre d'offre – Fermentis – T. Lefèvre-Nguyen",
        F("offer", FE, FER, 14, "docusign"),
        html="<html><body><div style='font-family:Helvetica'><p>Nora Belkacem vous a envoyé un document à examiner et à signer.</p><p><a href='https://eu.docusign.net/Signing/?ti=4f2e'>EXAMINER LE DOCUMENT</a></p><p>Nora Belkacem<br>nora.belkacem@fermentis.io</p><p>Bonjour Thomas, merci de trouver ci-joint votre lettre d'offre. N'hésitez pas à revenir vers moi pour toute question.</p><p style='font-size:11px'>Ne partagez pas cet e-mail. Il contient un lien d'accès sécurisé à DocuSign.</p></div></body></html>",
    ),
    m(
        "2025-12-17 11:40",
        "Nora Belkacem <nora.belkacem@fermentis.io>",
        "RE: Proposition d'embauche – Product Designer",
        F("confirmation", FE, FER, 14, "direct"),
        "Bonjour Thomas,\n\nMerci pour votre message et pour votre transparence. Nous regrettons bien sûr votre décision, mais la comprenons parfaitement. J'ai annulé l'enveloppe DocuSign.\n\nN'hésitez pas à revenir vers nous à l'avenir, la porte reste ouverte.\n\nBelle continuation,\nNora\n\nDe : Thomas Lefèvre-Nguyen\nEnvoyé : mardi 16 décembre 2025 22:31\nObjet : RE: Proposition d'embauche – Product Designer\n\nBonjour Nora,\nMerci infiniment pour cette proposition. Après réflexion, j'ai décidé de la décliner : j'ai accepté un poste à Lyon qui me permet de rester près de ma famille.\nThomas",
        st="declined",
    ),
    # --- 18 Studio Caribou (JobTeaser) ghosted --------------------------------------------
    m(
        "2025-11-25 13:15",
        "JobTeaser <notifications@jobteaser.com>",
        "Ta candidature a bien été envoyée à Studio Caribou",
        F("confirmation", CA, CAR, 15, "other"),
        html="<html><body><p>Bravo Thomas !</p><p>Ta candidature pour <b>UX Designer</b> chez <b>Studio Caribou</b> (Lyon) a bien été envoyée.</p><p>Tu peux suivre son avancement dans ton espace JobTeaser Connect.</p><p><a href='https://www.jobteaser.com/fr/candidatures'>Mes candidatures</a></p></body></html>",
    ),
    # --- 19 Caisse Alpine (Malt) ----------------------------------------------------------
    m(
        "2025-10-27 09:12",
        "Malt <noreply@malt.fr>",
        "Vous avez postulé à la mission « UX Research – Refonte espace adhérent »",
        F("confirmation", AL, ALR, 16, "other"),
        "Bonjour Thomas,\n\nVotre proposition pour la mission « UX Research – Refonte espace adhérent » (Caisse Alpine, Grenoble / remote, 25 jours) a bien été envoyée au client, avec votre TJM de 520 €.\n\nLe client vous répondra directement sur Malt.\n\nL'équipe Malt",
    ),
    m(
        "2025-11-08 10:30",
        "Malt <noreply@malt.fr>",
        "Mise à jour de votre proposition – Caisse Alpine",
        F("rejection", AL, ALR, 16, "other"),
        "Bonjour Thomas,\n\nLe client Caisse Alpine a clôturé le projet « UX Research – Refonte espace adhérent » et a choisi de travailler avec un autre freelance.\n\nNe vous découragez pas : de nouveaux projets correspondant à votre profil sont publiés chaque jour.\n\nL'équipe Malt",
    ),
    # --- 20 Bocage (Teamtailor) ----------------------------------------------------------
    m(
        "2025-12-02 21:04",
        "Bocage <no-reply@teamtailor-mail.com>",
        "Ta candidature chez Bocage 🌿",
        F("confirmation", BO, BOR, 17, "teamtailor"),
        "Hello Thomas,\n\nOn a bien reçu ta candidature pour le poste de Product Designer. Merci !\n\nOn revient vers toi d'ici deux semaines maximum, quelle que soit la réponse.\n\nL'équipe Bocage\nbocage.teamtailor.com",
    ),
    m(
        "2025-12-16 10:25",
        "Bocage <no-reply@teamtailor-mail.com>",
        "Des nouvelles de ta candidature",
        F("rejection", BO, BOR, 17, "teamtailor"),
        "Hello Thomas,\n\nMerci encore d'avoir pris le temps de candidater chez Bocage. Ton portfolio est très soigné et on a aimé ta façon de raconter tes projets.\n\nCeci dit, on a dû faire des choix difficiles et on ne va pas poursuivre avec ta candidature pour ce poste. On te souhaite le meilleur pour la suite !\n\nL'équipe Bocage",
    ),
    # --- 21 Eurolab Analyses (SmartRecruiters) ------------------------------------------
    m(
        "2025-11-17 08:22",
        "Eurolab Analyses <noreply@smartrecruiters.com>",
        "Merci pour votre candidature chez Eurolab Analyses",
        F("confirmation", EU, EUR, 18, "smartrecruiters"),
        "Bonjour Thomas,\n\nMerci pour votre candidature au poste UX Designer – Portail laboratoire à Lyon (Gerland). Nous avons bien reçu votre dossier.\n\nNous allons examiner votre candidature et reviendrons vers vous si votre profil correspond à nos besoins.\n\nCordialement,\nÉquipe recrutement Eurolab",
    ),
    m(
        "2025-11-27 14:48",
        "Hélène Marchetti <h.marchetti@eurolab-analyses.com>",
        "Échange téléphonique – UX Designer",
        F("interview", EU, EUR, 18, "direct"),
        "Bonjour Monsieur Lefèvre-Nguyen,\n\nJe souhaiterais convenir d'un échange téléphonique d'une trentaine de minutes au sujet de votre candidature au poste d'UX Designer. Seriez-vous disponible lundi 1er décembre à 9h30 ?\n\nCordialement,\n\nHélène Marchetti\nChargée de recrutement\nEUROLAB ANALYSES SA – 280 avenue Jean Jaurès – 69007 Lyon",
    ),
    m(
        "2025-12-11 16:15",
        "Eurolab Analyses <noreply@smartrecruiters.com>",
        "Mise à jour de votre candidature",
        F("rejection", EU, EUR, 18, "smartrecruiters"),
        "Bonjour Thomas,\n\nMerci pour l'intérêt que vous avez manifesté pour Eurolab et pour le temps accordé lors de notre échange.\n\nNous avons décidé de poursuivre le processus avec d'autres candidats. Ce choix ne remet pas en cause vos compétences.\n\nNous vous souhaitons bonne chance.\n\nÉquipe recrutement Eurolab",
    ),
    # --- 25 Cybelis via Prisme RH (agency, named) -----------------------------------
    m(
        "2026-01-13 11:08",
        "Léa Fontanel <lea.fontanel@prisme-rh.com>",
        "Product Designer Senior – Cybelis (Paris / remote partiel)",
        J("outreach", "agency", CY, CYR),
        "Bonjour Thomas,\n\nConsultante chez Prisme RH, cabinet spécialisé dans les métiers du numérique, je recrute pour notre client Cybelis, éditeur de solutions de cybersécurité (250 personnes, Paris 9e), un Product Designer Senior en CDI. Télétravail 3 jours/semaine possible depuis Lyon.\n\nSeriez-vous intéressé ?\n\nLéa Fontanel\nPrisme RH",
    ),
    m(
        "2026-01-16 17:21",
        "Léa Fontanel <lea.fontanel@prisme-rh.com>",
        "RE: Product Designer Senior – Cybelis (Paris / remote partiel)",
        F("confirmation", CY, CYR, 20, "agency"),
        "Bonjour Thomas,\n\nMerci pour votre accord. Votre dossier a été présenté ce jour à Cybelis, je reviens vers vous dès que j'ai leur retour.\n\nBien cordialement,\nLéa Fontanel\nPrisme RH",
    ),
    m(
        "2026-01-30 12:00",
        "Léa Fontanel <lea.fontanel@prisme-rh.com>",
        "Retour Cybelis",
        F("rejection", CY, CYR, 20, "agency"),
        "Bonjour Thomas,\n\nJ'ai eu le retour de Cybelis : ils ont apprécié votre parcours mais souhaitent avancer avec des profils ayant déjà travaillé sur des outils pour équipes SOC. Ils ne donneront donc pas suite.\n\nJe garde votre profil en tête pour d'autres missions.\n\nBien à vous,\nLéa",
    ),
]

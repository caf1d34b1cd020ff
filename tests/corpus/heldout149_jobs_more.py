# ruff: noqa: E501, RUF100
"""Corpus 149, job mail part two (data only): see heldout149.py.

Applications 12 to 23 (boards, portals, a Belgian company, an English-speaking multinational,
a start-up founder on Gmail), job alerts, outreach and other job mail."""

from __future__ import annotations

from typing import Any

from heldout149_jobs import (
    AXI,
    AXIR,
    CAS,
    CASR,
    CFL,
    CFLR,
    DLP,
    DLPR,
    DNE,
    DNER,
    FER,
    FERR,
    HAL,
    HALR,
    ME_ADDR,
    NEB,
    NEBR,
    PHN,
    PHNR,
    RE_ILM,
    SANDRINE,
    SCA,
    SCAR,
    SCHOOL_ADDR,
    SPO,
    SPOR,
    VER,
    VERR,
    A,
    J,
    after,
    ics,
    m,
)

ILM_SHORT_SIG = """Sandrine Caudron
Relations entreprises & alternance – ILM Lille
03 20 55 41 08"""

LINKEDIN_FOOT = """<p style="font-size:11px;color:#666">Cet e-mail était destiné à Yasmine Belkacem-Rousseau (Étudiante M1 Management de la supply chain – ILM Lille). <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs">Se désabonner</a> · <a href="https://www.linkedin.com/help/linkedin/answer/4788">Aide</a></p>
<p style="font-size:11px;color:#666">© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2. LinkedIn est un nom commercial enregistré de LinkedIn Corporation et de ses sociétés affiliées.</p>"""

EMMA = "Emma Clarke <emma.clarke@halvorsen-pkg.example>"
EMMA_SIG = """Emma Clarke
Talent Acquisition Partner – Western Europe
Halvorsen Packaging | Lesquin Distribution Hub
+44 20 3966 1842 | halvorsen-pkg.example/careers"""

_hal_screen = m(
    "Hv2Qa",
    "2025-12-04 10:18",
    EMMA,
    "Supply Chain Apprentice – quick call?",
    A("interview", HAL, HALR, 12, "direct", "en"),
    f"""Hi Yasmine,

Thanks for applying for our Supply Chain Apprentice (Alternance) role at the Lesquin hub via LinkedIn. I'd love to set up a 30-minute call to walk you through the programme and hear more about your background. The conversation will be in English, with a few questions in French from our site manager if he can join.

I've sent a calendar invite for Tuesday 9 December at 4pm (Paris time) – if that doesn't work, just reply with a couple of alternatives.

Best,
{EMMA_SIG}""",
    ics=ics(
        "7f3e2a90b1c4@google.com",
        "2025-12-09 16:00",
        "Halvorsen Packaging – Supply Chain Apprentice screening (Yasmine Belkacem-Rousseau)",
        ("Emma Clarke", "emma.clarke@halvorsen-pkg.example"),
        minutes=30,
        location="https://meet.google.com/rwe-fjkt-zpo",
        description="Screening call for the Supply Chain Apprentice (Alternance) role, Lesquin hub.",
    ),
)

SCALDIS = "Scaldis Logistique – Jobs <jobs@scaldis-logistique.example>"
VANDEN = "Valérie Vandenbossche <v.vandenbossche@scaldis-logistique.example>"
VANDEN_SIG = """Valérie Vandenbossche
HR Officer
Scaldis Logistique SA
Zoning industriel de Tournai-Ouest – Rue de la Terre à Briques 14 – 7522 Marquain (Belgique)
Tél. +32 69 45 22 10 – GSM +32 475 61 88 02
TVA BE 0477.318.206 – RPM Hainaut, division Tournai"""

_sca_invite = m(
    "Sk4Tb",
    "2026-01-06 14:03",
    VANDEN,
    "Invitation à un entretien",
    A("interview", SCA, SCAR, 13, "direct"),
    f"""Madame,

Nous faisons suite à votre candidature pour un stage au sein de notre département Supply Chain et avons le plaisir de vous inviter à un entretien, le mardi 13 janvier à 10h00, via Microsoft Teams.

Vous rencontrerez M. Dewulf, Supply Chain Manager, et moi-même. L'entretien durera environ trois quarts d'heure. Merci de bien vouloir nous confirmer votre disponibilité par retour de mail.

Au plaisir de faire votre connaissance,

{VANDEN_SIG}""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000F1E3C95B8B7EDC01000000000000000010000000A4D3E2",
        "2026-01-13 10:00",
        "Entretien stage Supply Chain – Mme Belkacem-Rousseau",
        ("Vandenbossche Valérie", "v.vandenbossche@scaldis-logistique.example"),
        style="outlook",
        minutes=45,
        location="Microsoft Teams",
        attendees=[("Dewulf Koen", "k.dewulf@scaldis-logistique.example")],
    ),
)

INDEED_APPLY = "Indeed Apply <indeedapply@indeed.com>"
HUGO = "Hugo Lambin <hugo.lambin.axf@gmail.com>"

MAIL: list[dict[str, Any]] = [
    # --- 12 Halvorsen Packaging (LinkedIn Easy Apply, then an English-speaking recruiter) ----
    m(
        "Hv0Oy",
        "2025-11-24 20:15",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Yasmine, votre candidature a été envoyée à Halvorsen Packaging",
        A("confirmation", HAL, HALR, 12, "linkedin"),
        html=f"""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif;font-size:14px;color:#1d2226">
<table width="512" align="center"><tr><td>
<p><img src="https://static.licdn.com/aero-v1/sc/h/logo-linkedin.png" alt="LinkedIn" height="21"></p>
<p style="font-size:20px">Votre candidature a été envoyée à Halvorsen Packaging</p>
<table><tr><td><img src="https://media.licdn.com/dms/image/company-logo_100_100/halvorsen.png" width="48" alt="Halvorsen Packaging"></td>
<td><b>Supply Chain Apprentice (Alternance)</b><br>Halvorsen Packaging · Lesquin, Hauts-de-France, France (Sur site)<br><span style="color:#666">Candidature envoyée le 24 nov. 2025</span></td></tr></table>
<p><a href="https://www.linkedin.com/comm/jobs/view/4081273391/?trackingId=aZ3%2F&amp;refId=ybr">Voir l'offre</a></p>
<p style="color:#666">Pour suivre vos candidatures, accédez à Mes offres d'emploi.</p>
{LINKEDIN_FOOT}
</td></tr></table></body></html>""",
    ),
    m(
        "Hv1Pz",
        "2025-11-27 13:51",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Votre candidature a été vue par Halvorsen Packaging",
        A("viewed", HAL, HALR, 12, "linkedin"),
        html=f"""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif;font-size:14px;color:#1d2226">
<table width="512" align="center"><tr><td>
<p style="font-size:20px">Yasmine, votre candidature a été vue</p>
<p>Le recruteur de <b>Halvorsen Packaging</b> a consulté votre candidature pour <b>Supply Chain Apprentice (Alternance)</b>.</p>
<p><a href="https://www.linkedin.com/comm/jobs-tracker/?stage=applied">Voir le statut de la candidature</a></p>
<p style="color:#666">Les candidats qui relancent le recruteur une semaine après avoir postulé ont plus de chances d'obtenir une réponse.</p>
{LINKEDIN_FOOT}
</td></tr></table></body></html>""",
    ),
    _hal_screen,
    m(
        "Hv3Rb",
        "2026-01-09 16:27",
        EMMA,
        "Your application – Supply Chain Apprentice (Alternance)",
        A("rejection", HAL, HALR, 12, "direct", "en"),
        f"""Hi Yasmine,

Thank you again for your time over the past few weeks and for speaking with Olivier and me – we really enjoyed learning about your project work on inventory segmentation.

After careful consideration, we've decided to move forward with another candidate for this apprenticeship, whose school calendar aligns more closely with our peak season planning. This was a difficult decision, as we had a very strong shortlist.

We'd be glad to keep your details on file for future opportunities at Halvorsen, including our graduate programme in 2027. I wish you every success with your search.

Kind regards,
{EMMA_SIG}

Halvorsen Packaging Ltd is registered in England and Wales (No. 04417263). This email and any attachments are confidential.""",
        **after(_hal_screen),
    ),
    # --- 13 Scaldis Logistique (Belgium, near Tournai) ---------------------------------------
    m(
        "Sk3Sa",
        "2025-12-08 09:20",
        SCALDIS,
        "Accusé de réception de votre candidature – stage Supply Chain",
        A("confirmation", SCA, SCAR, 13, "direct"),
        """Madame,

Nous accusons bonne réception de votre candidature pour un stage au sein de notre département Supply Chain à Tournai, et vous remercions de l'intérêt que vous portez à Scaldis Logistique.

Votre dossier sera examiné avec attention et nous ne manquerons pas de revenir vers vous dans les meilleurs délais.

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

Le service du personnel
Scaldis Logistique SA – Marquain (Tournai)

Ce message est envoyé depuis une adresse de service. Vos données sont traitées conformément au RGPD et à notre politique de protection de la vie privée.""",
    ),
    _sca_invite,
    m(
        "Sk5Uc",
        "2026-01-23 15:36",
        VANDEN,
        "Votre candidature – stage au sein du département Supply Chain",
        A("rejection", SCA, SCAR, 13, "direct"),
        f"""Madame,

Nous vous remercions pour l'entretien du 13 janvier dernier et pour l'intérêt que vous portez à notre société.

Après mûre réflexion, nous sommes au regret de vous informer que nous avons opté pour un(e) autre candidat(e) : pour ce stage, la connaissance du néerlandais s'est avérée indispensable, une grande partie de nos clients étant situés en Flandre.

Nous vous souhaitons plein succès dans la poursuite de vos études et de vos recherches.

Bien à vous,

{VANDEN_SIG}""",
        **after(_sca_invite),
    ),
    # --- 14 Distri-Nord Emballages (Indeed), ghosted after "viewed" -------------------------
    m(
        "Id1Va",
        "2025-10-10 22:47",
        INDEED_APPLY,
        "Candidature envoyée : Alternance Assistant logistique H/F",
        A("confirmation", DNE, DNER, 14, "indeed"),
        html="""<html><body style="font-family:'Noto Sans',Helvetica,Arial,sans-serif;font-size:14px;color:#2d2d2d">
<table width="560" align="center"><tr><td>
<p><img src="https://www.indeed.com/images/indeed-logo.png" alt="indeed" height="28"></p>
<p style="font-size:20px;font-weight:bold">Candidature envoyée</p>
<p><b>Alternance Assistant logistique H/F</b><br>Distri-Nord Emballages – Wattrelos (59)</p>
<p>Les informations suivantes ont été envoyées à l'employeur : CV (CV_YBR_2025.pdf), coordonnées, réponses aux questions de présélection.</p>
<p><a href="https://fr.indeed.com/myjobs?from=ia_confirmation_email&amp;tk=1h9k2">Suivre ma candidature</a></p>
<p style="font-size:11px;color:#767676">Vous recevez cet e-mail parce que vous avez postulé via Indeed. © 2025 Indeed – Conditions · Cookies, confidentialité et conditions d'utilisation</p>
</td></tr></table></body></html>""",
    ),
    m(
        "Id2Wb",
        "2025-10-20 08:06",
        "Indeed <donotreply@indeed.com>",
        "Votre candidature a été consultée par l'employeur",
        A("viewed", DNE, DNER, 14, "indeed"),
        html="""<html><body style="font-family:'Noto Sans',Helvetica,Arial,sans-serif;font-size:14px;color:#2d2d2d">
<p>Bonne nouvelle, Yasmine !</p>
<p><b>Distri-Nord Emballages</b> a consulté votre candidature pour le poste <b>Alternance Assistant logistique H/F</b>.</p>
<p>Les employeurs qui consultent une candidature ne contactent pas toujours les candidats. Continuez à postuler à d'autres offres pour augmenter vos chances.</p>
<p><a href="https://fr.indeed.com/myjobs?from=viewed_email">Voir mes candidatures</a></p>
<p style="font-size:11px;color:#767676">© 2025 Indeed · Se désabonner</p>
</body></html>""",
    ),
    # --- 15 Deleplanque Matériaux (HelloWork) ---------------------------------------------
    m(
        "Hw1Xa",
        "2025-11-03 19:20",
        "HelloWork <noreply@hellowork.com>",
        "Votre candidature a bien été transmise",
        A("confirmation", DLP, DLPR, 15, "other"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p><img src="https://www.hellowork.com/img/logo-hellowork.png" alt="HelloWork" height="30"></p>
<p>Bonjour Yasmine,</p>
<p>Votre candidature pour l'offre <b>Alternance - Gestionnaire de stock H/F</b> chez <b>Deleplanque Matériaux</b> (Armentières - 59) a bien été transmise au recruteur.</p>
<p>Vous serez averti(e) dès que le recruteur aura consulté votre candidature.</p>
<p><a href="https://www.hellowork.com/fr-fr/candidat/candidatures.html?utm_source=mail&amp;utm_campaign=apply_confirm">Suivre mes candidatures</a></p>
<p style="font-size:11px;color:#888">HelloWork – 2 rue de la Mabilais, 35000 Rennes. Gérer mes notifications.</p>
</body></html>""",
    ),
    m(
        "Hw2Yb",
        "2025-11-10 11:45",
        "HelloWork <noreply@hellowork.com>",
        "Bonne nouvelle : le recruteur a consulté votre candidature",
        A("viewed", DLP, DLPR, 15, "other"),
        """Bonjour Yasmine,

Deleplanque Matériaux a consulté votre candidature pour l'offre « Alternance - Gestionnaire de stock H/F ».

Et maintenant ? Si votre profil correspond, le recruteur vous contactera directement. Vous pouvez aussi retrouver des offres similaires près d'Armentières.

Suivre mes candidatures : https://www.hellowork.com/fr-fr/candidat/candidatures.html

L'équipe HelloWork""",
    ),
    m(
        "Hw3Zc",
        "2025-12-01 17:02",
        "HelloWork <noreply@hellowork.com>",
        "Réponse du recruteur à votre candidature",
        A("rejection", DLP, DLPR, 15, "other"),
        """Bonjour Yasmine,

Le recruteur Deleplanque Matériaux a répondu à votre candidature pour l'offre « Alternance - Gestionnaire de stock H/F » :

« Bonjour, merci pour votre candidature. Nous avons retenu un profil en BTS pour ce poste d'alternance. Bonne continuation. »

Ne vous découragez pas : 214 offres d'alternance en logistique vous attendent autour de Lille.
Voir les offres : https://www.hellowork.com/fr-fr/emploi/recherche.html?k=alternance+logistique&l=Lille

L'équipe HelloWork""",
    ),
    # --- 16 Coopérative Flandre-Lys (France Travail) --------------------------------------
    m(
        "Ft1Aa",
        "2025-11-18 07:58",
        "France Travail <ne-pas-repondre@francetravail.fr>",
        "Votre candidature a bien été envoyée",
        A("confirmation", CFL, CFLR, 16, "other"),
        """Bonjour Madame BELKACEM-ROUSSEAU,

Votre candidature a bien été envoyée à l'employeur pour l'offre suivante :

Offre n° 194KQZW
Apprenti(e) agent(e) d'approvisionnement (H/F)
COOPERATIVE AGRICOLE FLANDRE LYS – 59 - HAZEBROUCK
Contrat d'apprentissage – 24 mois

Vous pouvez suivre vos candidatures dans votre espace personnel, rubrique « Mes candidatures ».

Cordialement,
France Travail

Ce message vous est adressé automatiquement, merci de ne pas y répondre.""",
    ),
    m(
        "Ft2Bb",
        "2026-01-07 06:41",
        "France Travail <ne-pas-repondre@francetravail.fr>",
        "Réponse à votre candidature",
        A("rejection", CFL, CFLR, 16, "other"),
        """Bonjour Madame BELKACEM-ROUSSEAU,

L'employeur a mis à jour le suivi de votre candidature :

Offre n° 194KQZW – Apprenti(e) agent(e) d'approvisionnement (H/F)
Employeur : COOPERATIVE AGRICOLE FLANDRE LYS
Statut : candidature non retenue

Retrouvez des offres correspondant à votre profil sur francetravail.fr ou sur l'application « Mes offres ».

Cordialement,
France Travail""",
    ),
    # --- 17 Pharmadis Nord (1jeune1solution), ghosted ---------------------------------------
    m(
        "Oj1Ca",
        "2025-12-09 21:34",
        "1jeune1solution <ne-pas-repondre@1jeune1solution.gouv.fr>",
        "Votre candidature a été envoyée à l'entreprise",
        A("confirmation", PHN, PHNR, 17, "other"),
        html="""<html><body style="font-family:Marianne,Arial,sans-serif;font-size:15px;color:#161616">
<p><b>RÉPUBLIQUE FRANÇAISE</b> · 1jeune1solution</p>
<p>Bonjour Yasmine,</p>
<p>Votre candidature pour l'offre <b>Alternance - Assistant(e) logistique</b> de l'entreprise <b>PHARMADIS NORD</b> (Lesquin) a bien été envoyée.</p>
<p>L'entreprise dispose de vos coordonnées et de votre CV. Si elle est intéressée par votre profil, elle vous contactera directement.</p>
<p>Astuce : pensez à relancer l'entreprise par téléphone si vous n'avez pas de nouvelles d'ici deux semaines.</p>
<p style="font-size:12px;color:#666">1jeune1solution est un service de l'État. Vous recevez ce message suite à votre candidature.</p>
</body></html>""",
    ),
    # --- 18 Ferronor (Meteojob, employer hidden at first), ghosted after a call ----------------
    m(
        "Mj1Da",
        "2025-12-02 12:19",
        "Meteojob <candidature@meteojob.com>",
        "Votre candidature pour le poste Approvisionneur en alternance H/F a bien été envoyée",
        A("confirmation", FER, FERR, 18, "other"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<p>Bonjour Yasmine,</p>
<p>Votre candidature a bien été envoyée au recruteur.</p>
<table style="border:1px solid #ddd;padding:10px"><tr><td>
<b>Approvisionneur en alternance H/F</b><br>
Entreprise confidentielle – Distribution de fournitures industrielles<br>
Roncq (59) · Contrat d'apprentissage · Septembre 2026<br>
Affinité avec votre profil : <b>87 %</b>
</td></tr></table>
<p><a href="https://www.meteojob.com/candidat/candidatures?utm_source=mail_confirmation">Suivre mes candidatures</a></p>
<p style="font-size:11px;color:#999">Meteojob – Smart matching. Vous recevez cet e-mail car vous avez postulé via Meteojob.</p>
</body></html>""",
    ),
    m(
        "Mj2Eb",
        "2025-12-11 10:52",
        "Sophie Lemahieu <s.lemahieu@ferronor.example>",
        "Votre candidature – Approvisionneur en alternance",
        A("interview", FER, FERR, 18, "direct"),
        """Bonjour Madame Belkacem-Rousseau,

Nous avons bien reçu votre candidature via Meteojob pour notre poste d'approvisionneur en alternance, et souhaiterions échanger avec vous par téléphone.

Seriez-vous disponible mardi 16 décembre à 11h ? L'entretien durera une vingtaine de minutes ; je vous appellerai au numéro indiqué sur votre CV.

Cordialement,

Sophie Lemahieu
Assistante RH
FERRONOR – Fournitures industrielles & EPI
ZI de la Houssoye – 59223 Roncq""",
    ),
    # --- 19 Sportéo (the school's relations entreprises writes on her behalf) -----------------
    m(
        "Sp1Fa",
        "2025-11-25 15:08",
        SANDRINE,
        "Votre candidature a été transmise – Sportéo (alternance Analyste Supply Chain)",
        A("confirmation", SPO, SPOR, 19, "other"),
        f"""Bonjour Yasmine,

Je vous confirme que votre candidature (CV + lettre) pour l'alternance Analyste Supply Chain chez Sportéo a été transmise ce jour à Mme Wibaux, responsable recrutement de Sportéo Distribution, avec celles de trois autres étudiant(e)s de la promo.

L'entreprise nous a indiqué qu'elle ferait un retour à l'école pour l'ensemble des candidat(e)s d'ici fin décembre. Je vous tiens au courant.

Bonne journée,

{ILM_SHORT_SIG}""",
        to=SCHOOL_ADDR,
    ),
    m(
        "Sp2Gb",
        "2026-01-05 11:40",
        SANDRINE,
        "Retour de Sportéo",
        A("rejection", SPO, SPOR, 19, "other"),
        f"""Bonjour Yasmine,

Je reviens vers vous concernant l'alternance Analyste Supply Chain chez Sportéo : l'entreprise nous a informés qu'elle n'avait pas retenu votre candidature, le poste ayant été attribué à un(e) étudiant(e) déjà en stage chez eux.

Mme Wibaux a tenu à préciser que votre dossier était de très bonne qualité. N'hésitez pas à passer me voir au bureau RE (salle 104) pour faire le point sur vos autres pistes.

Belle année 2026 !

{ILM_SHORT_SIG}""",
        to=SCHOOL_ADDR,
    ),
    # --- 20 Nébuleuse Cosmétiques (Welcome to the Jungle) -----------------------------------
    m(
        "Wj1Ha",
        "2025-12-15 22:02",
        "Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Ta candidature a bien été envoyée ✔",
        A("confirmation", NEB, NEBR, 20, "other"),
        html="""<html><body style="font-family:'Work Sans',Arial,sans-serif;background:#fdf7ee">
<table width="600" align="center" style="background:#fff;padding:28px"><tr><td>
<p style="font-size:22px;font-weight:700">Candidature envoyée !</p>
<p>Hello Yasmine,</p>
<p><b>Nébuleuse</b> a bien reçu ta candidature pour le poste <b>Alternance - Approvisionnement &amp; Achats (F/H)</b>, Lille.</p>
<p><a href="https://www.welcometothejungle.com/fr/me/applications?utm_source=transactional&amp;utm_campaign=application_sent">Suivre mes candidatures</a></p>
<p style="color:#aaa;font-size:11px">Welcome to the Jungle · 8 rue du Sentier, 75002 Paris</p>
</td></tr></table></body></html>""",
    ),
    m(
        "Wj2Ib",
        "2026-01-06 10:15",
        "Nébuleuse via Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Ta candidature chez Nébuleuse",
        A("rejection", NEB, NEBR, 20, "other"),
        """Hello Yasmine,

Un grand merci pour ta candidature et le temps que tu as pris pour nous écrire, on a vraiment aimé lire ta lettre (et ta passion pour les cosmétiques solides 🌱).

On a reçu énormément de candidatures pour cette alternance et on a dû faire des choix difficiles : on ne va malheureusement pas pouvoir poursuivre avec toi cette fois-ci.

On te souhaite plein de réussite pour la suite !

Marine, pour l'équipe Nébuleuse Cosmétiques

—
Message envoyé via Welcome to the Jungle. Répondre à ce message : https://www.welcometothejungle.com/fr/me/applications/8f12c/messages""",
    ),
    # --- 21 Vertbois Ameublement (LinkedIn), ghosted ------------------------------------------
    m(
        "Vb1Ja",
        "2026-01-13 08:12",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Yasmine, votre candidature a été envoyée à Vertbois Ameublement",
        A("confirmation", VER, VERR, 21, "linkedin"),
        html=f"""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif;font-size:14px;color:#1d2226">
<table width="512" align="center"><tr><td>
<p style="font-size:20px">Votre candidature a été envoyée à Vertbois Ameublement</p>
<p><b>Alternant Planification de production</b><br>Vertbois Ameublement · Comines, Hauts-de-France, France<br><span style="color:#666">Candidature envoyée le 13 janv. 2026</span></p>
<p><a href="https://www.linkedin.com/comm/jobs/view/4120558713/">Voir l'offre</a></p>
{LINKEDIN_FOOT}
</td></tr></table></body></html>""",
    ),
    # --- 22 Castelmont Boissons (Indeed, employer messages relayed by Indeed) ----------------
    m(
        "Cb1Ka",
        "2026-01-05 18:27",
        INDEED_APPLY,
        "Candidature envoyée : Assistant(e) ADV / Logistique en alternance",
        A("confirmation", CAS, CASR, 22, "indeed"),
        html="""<html><body style="font-family:'Noto Sans',Helvetica,Arial,sans-serif;font-size:14px;color:#2d2d2d">
<p style="font-size:20px;font-weight:bold">Candidature envoyée</p>
<p><b>Assistant(e) ADV / Logistique en alternance</b><br>Castelmont Boissons – Saint-Omer (62)</p>
<p><a href="https://fr.indeed.com/myjobs?from=ia_confirmation_email">Suivre ma candidature</a></p>
<p style="font-size:11px;color:#767676">© 2026 Indeed</p>
</body></html>""",
    ),
    m(
        "Cb2Lb",
        "2026-01-15 09:33",
        "Castelmont Boissons via Indeed <castelmont-boissons-4f2c1a9e7b@indeedemail.com>",
        "Nouveau message de Castelmont Boissons",
        A("interview", CAS, CASR, 22, "indeed"),
        """Castelmont Boissons vous a envoyé un message concernant votre candidature pour Assistant(e) ADV / Logistique en alternance.

« Bonjour Yasmine, merci pour votre candidature. Votre profil nous intéresse : seriez-vous disponible pour un entretien téléphonique jeudi 22 janvier en fin de matinée ? Merci de nous indiquer un créneau. Cordialement, Gaëlle – Service RH »

Répondre sur Indeed : https://fr.indeed.com/conversations/2b8e41?from=employer_message_email

Ne partagez jamais vos coordonnées bancaires avec un employeur. En savoir plus sur la recherche d'emploi en toute sécurité.""",
        reply_to="castelmont-boissons-4f2c1a9e7b@indeedemail.com",
    ),
    m(
        "Cb3Mc",
        "2026-01-28 14:50",
        "Castelmont Boissons via Indeed <castelmont-boissons-4f2c1a9e7b@indeedemail.com>",
        "Castelmont Boissons a répondu à votre candidature",
        A("rejection", CAS, CASR, 22, "indeed"),
        """Message de Castelmont Boissons :

« Bonjour Yasmine, merci pour notre échange téléphonique de la semaine dernière. Nous avons décidé de poursuivre le processus avec d'autres candidats dont le profil correspond davantage au volet administration des ventes du poste. Nous vous souhaitons bonne chance dans vos recherches. Gaëlle »

Voir la conversation : https://fr.indeed.com/conversations/2b8e41

Indeed""",
        reply_to="castelmont-boissons-4f2c1a9e7b@indeedemail.com",
    ),
    # --- 23 Axiflow (JobTeaser, then the co-founder from Gmail), ghosted -------------------
    m(
        "Ax1Na",
        "2025-12-01 21:40",
        "JobTeaser <noreply@jobteaser.com>",
        "Candidature envoyée : Alternance - Business Analyst Supply Chain – Axiflow",
        A("confirmation", AXI, AXIR, 23, "other"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#1a1a1a">
<p>Bonjour Yasmine,</p>
<p>Ta candidature a bien été envoyée à <b>Axiflow</b> pour l'offre <b>Alternance - Business Analyst Supply Chain</b> (Lille – EuraTechnologies).</p>
<p><a href="https://www.jobteaser.com/fr/users/applications?utm_source=email">Voir mes candidatures</a></p>
<p style="font-size:11px;color:#888">JobTeaser SA · ILM Career Center</p>
</body></html>""",
    ),
    m(
        "Ax2Ob",
        "2025-12-08 23:12",
        HUGO,
        "Axiflow - ta candidature",
        A("interview", AXI, AXIR, 23, "direct"),
        """Salut Yasmine,

Hugo, cofondateur d'Axiflow (on fait un outil de pilotage des stocks pour les PME du e-commerce, on est 9 à EuraTech). J'ai vu passer ta candidature sur JobTeaser et ton mémoire sur la segmentation ABC/XYZ m'a parlé !

Ça te dit qu'on s'appelle jeudi 11 en fin d'aprèm ? Je t'envoie une invit, dis-moi si ça ne colle pas.

Hugo

Envoyé depuis mon téléphone""",
    ),
    m(
        "Ax3Pc",
        "2025-12-09 08:04",
        HUGO,
        "Invitation: Call Axiflow x Yasmine @ jeu. 11 déc. 2025 17:30 - 18:00 (CET) (yasmine.belkacem.rousseau@gmail.com)",
        A("interview", AXI, AXIR, 23, "direct"),
        """Call Axiflow x Yasmine
jeudi 11 déc. 2025 ⋅ 17:30 – 18:00
Heure normale d'Europe centrale - Paris

Participer avec Google Meet
meet.google.com/ydk-mwqs-afe

Invités
Hugo Lambin - organisateur
yasmine.belkacem.rousseau@gmail.com

Invitation de Google Agenda""",
        ics=ics(
            "0vq1c8d2l5s6h8k9@google.com",
            "2025-12-11 17:30",
            "Call Axiflow x Yasmine",
            ("Hugo Lambin", "hugo.lambin.axf@gmail.com"),
            minutes=30,
            location="meet.google.com/ydk-mwqs-afe",
        ),
    ),
    # --- job alerts, the school's offers, talent communities ----------------------------------
    m(
        "Al0Sa",
        "2025-10-02 10:00",
        RE_ILM,
        "Lancement de la campagne alternance 2026-2027 : vos outils et les dates clés",
        J("other_job", "other"),
        html="""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:14px">
<p>Chères étudiantes, chers étudiants de M1,</p>
<p>La campagne de recherche d'alternance pour votre M2 (rentrée septembre 2026) est officiellement lancée ! Rappel des points clés :</p>
<ul>
<li>rythme de l'alternance en M2 : <b>3 semaines en entreprise / 1 semaine à l'école</b> ;</li>
<li>contrats possibles : apprentissage (recommandé) ou professionnalisation ;</li>
<li>les offres reçues par l'école sont diffusées sur le Career Center (JobTeaser) et par e-mail ;</li>
<li>ateliers CV &amp; LinkedIn les 9 et 16 octobre ; forum Alternance le 20 novembre (Grand Palais de Lille).</li>
</ul>
<p>Pensez à nous informer de chaque candidature envoyée en direct via le formulaire de suivi.</p>
<p>L'équipe Relations Entreprises &amp; Alternance</p>
</body></html>""",
        to="promo-m1-msc@ilm-lille.example",
    ),
    m(
        "Al1Tb",
        "2025-10-09 07:30",
        "ILM Career Center <noreply@jobteaser.com>",
        "14 nouvelles offres pour toi cette semaine",
        J("alert", "other"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Bonjour Yasmine, voici les nouvelles offres correspondant à ta recherche « Alternance – Supply chain – Hauts-de-France » :</p>
<ul>
<li><b>Alternance Approvisionneur H/F</b> – Valmonde – Douai</li>
<li><b>Alternance Assistant(e) Achats</b> – Groupe Verlinde – Marcq-en-Barœul</li>
<li><b>Consultant(e) Supply Chain en alternance</b> – Opérae Conseil – Lille</li>
<li><b>Alternance Gestionnaire Transport</b> – Transports Vanhoutte – Seclin</li>
<li>… et 10 autres offres</li>
</ul>
<p><a href="https://www.jobteaser.com/fr/job-offers?utm_source=alert&amp;utm_medium=email">Voir toutes les offres</a></p>
<p style="font-size:11px;color:#888">Tu reçois cet e-mail car tu as créé une alerte sur le Career Center de ton école. Gérer mes alertes.</p>
</body></html>""",
    ),
    m(
        "Al2Uc",
        "2025-10-19 18:03",
        "Indeed <alert@indeed.com>",
        "alternance supply chain - Lille (59) : 23 nouvelles offres",
        J("alert", "indeed"),
        html="""<html><body style="font-family:'Noto Sans',Arial,sans-serif;font-size:14px;color:#2d2d2d">
<p>23 nouvelles offres pour <b>alternance supply chain</b> à <b>Lille (59)</b></p>
<p><a href="https://fr.indeed.com/rc/clk?jk=5e21c&amp;from=ja">Alternance Analyste Supply Chain H/F</a><br>Sportéo Distribution – Villeneuve-d'Ascq<br>Candidature simplifiée</p>
<p><a href="https://fr.indeed.com/rc/clk?jk=8b0a1&amp;from=ja">Apprenti Gestionnaire des Approvisionnements</a><br>Brasserie des Trois Monts – Lille</p>
<p><a href="https://fr.indeed.com/rc/clk?jk=f4d92&amp;from=ja">Alternance - Assistant(e) Logistique e-commerce</a><br>Colibri Home – Roubaix</p>
<p><a href="https://fr.indeed.com/jobs?q=alternance+supply+chain&amp;l=Lille+(59)">Voir toutes les offres</a></p>
<p style="font-size:11px;color:#767676">Vous recevez cet e-mail car vous êtes abonné(e) aux alertes Indeed. Se désabonner</p>
</body></html>""",
    ),
    m(
        "Al3Vd",
        "2025-10-26 06:12",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "« alternance supply chain » : 9 nouvelles offres à Lille et alentours",
        J("alert", "linkedin"),
        html=f"""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif;font-size:14px">
<p>Vos offres d'emploi correspondant à « alternance supply chain » à Lille</p>
<p><b>Supply Chain Apprentice (Alternance)</b><br>Halvorsen Packaging · Lesquin (Sur site)<br>Recrutement actif</p>
<p><b>Alternant(e) Approvisionneur</b><br>Bonduelle-Vandamme · Villeneuve-d'Ascq<br>12 anciens élèves de votre école travaillent ici</p>
<p><b>Alternance Pilote des flux H/F</b><br>Transalys · Lauwin-Planque</p>
<p><a href="https://www.linkedin.com/comm/jobs/search?keywords=alternance%20supply%20chain&amp;location=Lille">Voir toutes les offres</a></p>
{LINKEDIN_FOOT}
</body></html>""",
    ),
    m(
        "Al4We",
        "2025-11-05 12:00",
        "HelloWork <alertes@hellowork.com>",
        "Votre alerte « alternance logistique » : 12 nouvelles offres",
        J("alert", "other"),
        """Bonjour Yasmine,

12 nouvelles offres correspondent à votre alerte « alternance logistique – Lille (59) – 30 km » :

- Alternance - Gestionnaire de stock H/F – Deleplanque Matériaux – Armentières
- Apprenti(e) Magasinier(ère) cariste – Distrilog Flandres – Dunkerque
- Alternance Assistant(e) Supply Chain – Métallerie Delannoy – Tourcoing
- Alternance Responsable de rayon – Rivéa Market – Villeneuve-d'Ascq

Voir les 12 offres : https://www.hellowork.com/fr-fr/emploi/mes-alertes.html?utm_source=alert_mail

Modifier ou supprimer mon alerte : https://www.hellowork.com/fr-fr/candidat/alertes.html""",
    ),
    m(
        "Al6Yg",
        "2025-11-21 05:50",
        "France Travail <ne-pas-repondre@francetravail.fr>",
        "Nouvelles offres correspondant à votre recherche",
        J("alert", "other"),
        """Bonjour Madame BELKACEM-ROUSSEAU,

3 nouvelles offres correspondent à votre recherche « Apprentissage – Logistique – Lille (59) » :

- 194MNRT – Apprenti(e) gestionnaire de stocks (H/F) – LILLE – Contrat d'apprentissage
- 194MPAX – Alternance assistant(e) transport (H/F) – SECLIN – Contrat de professionnalisation
- 194MQKD – Apprenti(e) approvisionneur (H/F) – ARRAS – Contrat d'apprentissage

Consulter les offres : https://candidat.francetravail.fr/offres/recherche?motsCles=apprentissage+logistique

France Travail""",
    ),
    m(
        "Al7Zh",
        "2025-11-28 16:30",
        RE_ILM,
        "[Alternance] 6 nouvelles offres reçues cette semaine",
        J("alert", "other"),
        """Bonjour à toutes et à tous,

Voici les offres d'alternance reçues par l'école cette semaine (détail en pièce jointe) :

1. Sportéo – Alternant(e) Analyste Supply Chain – Villeneuve-d'Ascq (candidatures via le service RE, date limite 30/11)
2. Kiloflux – Alternance Assistant(e) ADV – Lesquin
3. Mairie de Roubaix – Apprenti(e) acheteur public – Roubaix
4. Norelec Industrie – Alternance Gestionnaire approvisionnements – Hénin-Beaumont
5. Delta Frais – Alternance Planificateur(trice) – Lomme
6. Groupe Rivéa – Alternance Responsable de secteur (magasin) – Lille

Pour les offres 1 et 3, envoyez vos candidatures à relations.entreprises@ilm-lille.example ; pour les autres, postulez directement.

L'équipe RE & Alternance""",
        to="promo-m1-msc@ilm-lille.example",
        attach=[("Offres_alternance_S48.pdf", "application/pdf", "%PDF-1.4\n% offres\n")],
    ),
    m(
        "Al8Ai",
        "2025-12-03 08:15",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Elles recrutent des alternant·es en supply chain 🚚",
        J("alert", "other"),
        html="""<html><body style="font-family:'Work Sans',Arial,sans-serif">
<p>Hello Yasmine,</p>
<p>Les entreprises qui recrutent en alternance pour septembre 2026, c'est maintenant :</p>
<p><b>Nébuleuse Cosmétiques</b> – Alternance Approvisionnement &amp; Achats – Lille<br><b>Colibri Home</b> – Alternance Customer Ops – Roubaix<br><b>Fretlink Nord</b> – Alternance Account Manager Transport – Lille</p>
<p><a href="https://www.welcometothejungle.com/fr/jobs?query=alternance%20supply%20chain&amp;utm_source=newsletter">Voir les offres</a></p>
<p style="font-size:11px;color:#aaa">Se désabonner de ces recommandations</p>
</body></html>""",
    ),
    m(
        "Am0Ck",
        "2025-12-18 12:22",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Halvorsen Packaging recrute : 3 nouveaux postes pourraient vous intéresser",
        J("alert", "linkedin", HAL),
        html=f"""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif;font-size:14px">
<p>Halvorsen Packaging, une entreprise que vous suivez, a publié de nouvelles offres :</p>
<p><b>Customer Service Apprentice (Alternance)</b> · Lesquin<br><b>Procurement Intern</b> · Lesquin<br><b>Warehouse Team Leader</b> · Lesquin</p>
<p><a href="https://www.linkedin.com/comm/company/halvorsen-packaging/jobs/">Voir les offres</a></p>
{LINKEDIN_FOOT}
</body></html>""",
    ),
    m(
        "Am1Dl",
        "2026-01-22 07:05",
        "Meteojob <alertes@meteojob.com>",
        "Yasmine, votre sélection d'offres de la semaine",
        J("alert", "other"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Bonjour Yasmine, voici 5 offres avec une forte affinité avec votre profil :</p>
<ul>
<li>Stage Assistant(e) Supply Chain – Entreprise confidentielle – Lille – affinité 91 %</li>
<li>Stage Approvisionnement – Groupe agroalimentaire – Bailleul – affinité 88 %</li>
<li>Alternance Acheteur junior – Ferronor – Roncq – affinité 84 %</li>
</ul>
<p><a href="https://www.meteojob.com/candidat/offres?utm_source=alerte_hebdo">Voir mes offres</a></p>
<p style="font-size:11px;color:#999">Modifier la fréquence de mes alertes</p>
</body></html>""",
    ),
    # --- outreach ---------------------------------------------------------------------
    m(
        "Or1Fn",
        "2025-11-10 17:41",
        "Kevin - Intérim Flandres Emploi <kevin.dupont@interim-flandres-emploi.example>",
        "Mission week-ends préparateur de commandes – dispo ?",
        J("outreach", "agency", None, "Préparateur de commandes H/F"),
        """Bonjour Yasmine,

Je suis Kevin, chargé de recrutement chez Intérim Flandres Emploi (agence de Lesquin). J'ai trouvé votre CV sur notre site (inscription de 2023).

Pour un de nos clients, une plateforme e-commerce à Lauwin-Planque, nous recherchons des préparateurs de commandes pour les week-ends de décembre (vendredi soir / samedi / dimanche), idéal pour les étudiants. Taux horaire 12,35 € + majorations + IFM/ICCP.

Êtes-vous intéressée ? Je peux vous inscrire dès cette semaine.

Kevin Dupont
Chargé de recrutement – Intérim Flandres Emploi
Agence de Lesquin – 03 20 87 45 12""",
    ),
    m(
        "Or2Go",
        "2026-01-28 12:03",
        "Bastien Carlier via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Alternance – Adjoint(e) au responsable d'exploitation chez Chronolys Express",
        J(
            "outreach",
            "linkedin",
            "Chronolys Express",
            "Alternance – Adjoint(e) au responsable d'exploitation",
        ),
        html=f"""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif;font-size:14px">
<p><b>Bastien Carlier</b> · Talent Acquisition chez Chronolys Express</p>
<p>Bonjour Yasmine,</p>
<p>Votre parcours en supply chain à l'ILM a retenu mon attention. Chez Chronolys Express (messagerie express, 1 200 collaborateurs), nous ouvrons une alternance d'adjoint(e) au responsable d'exploitation sur notre agence de Lesquin pour septembre 2026.</p>
<p>Seriez-vous ouverte à un échange de 15 minutes cette semaine ?</p>
<p>Bien à vous,<br>Bastien</p>
<p><a href="https://www.linkedin.com/comm/messaging/thread/2-ZmQ3/">Répondre</a> · <a href="https://www.linkedin.com/comm/messaging/thread/2-ZmQ3/?decline=1">Pas intéressé(e)</a></p>
{LINKEDIN_FOOT}
</body></html>""",
    ),
    m(
        "Or3Hp",
        "2026-03-09 09:27",
        "Maxime Torrès <m.torres@captalents-rh.example>",
        "Poste d'approvisionneur en CDI – Lille Métropole",
        J("outreach", "agency", None, "Approvisionneur (CDI)"),
        f"""Bonjour Yasmine,

Je me permets de vous contacter au sujet d'un poste d'approvisionneur en CDI que je gère pour l'un de nos clients, ETI industrielle basée au nord de Lille (secteur équipements de cuisine professionnelle). Prise de poste souhaitée en septembre, salaire 34-38 K€.

Votre profil LinkedIn indique une fin d'études en 2027, mais si un CDI après votre diplôme peut vous intéresser, je serais ravi d'en discuter, d'autant que ce client recrute régulièrement des jeunes diplômés.

Bien cordialement,

Maxime Torrès
Consultant senior – CapTalents RH
Cabinet de recrutement – Lille | Paris

Si vous ne souhaitez plus être contactée par notre cabinet, répondez STOP à ce message.
Votre adresse {ME_ADDR} a été obtenue via votre profil public.""",
    ),
]

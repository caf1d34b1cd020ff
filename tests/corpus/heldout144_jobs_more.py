# ruff: noqa: E501, RUF100
"""Corpus 144, job mail part two (data only): see heldout144.py."""

from __future__ import annotations

from typing import Any

from heldout144_jobs import AR, BV, BV1, BV2, FT, MB, MB2, A, J, after, ics, m

MH, MHR = "Mutualité Horizon", "Chargé·e de marketing – assurances complémentaires"
CV, CVR = "Casa Viva", "Trade Marketing Manager"
CH, CHR = "CHU Val de Sambre", "Responsable communication"
PU, PUR = "Pulpe", "Chef·fe de projet communication"
LG, LGR = "Literie Godin", "Marketing Officer"
IH, IHR = "Intercommunale Hesbaye Propre", "Chargé·e de communication et sensibilisation"
DM, DMR = "Biscuiterie Dumoulin", "Brand Manager"
KC, KCR = "Kallista Cosmetics", "Trade Marketing Specialist Benelux"
TC, TCR = "Terre Commune", "Chargé·e de communication et plaidoyer"

# --- Mutualité Horizon via Jobat ----------------------------------------------------------

_h1 = m(
    "ab12",
    "2025-10-13 21:05",
    "Jobat <noreply@jobat.be>",
    "Votre candidature a été envoyée à Mutualité Horizon",
    A("confirmation", MH, MHR, 13, "other"),
    html="""<html><body style="font-family:Arial,Helvetica;font-size:14px;color:#222">
<p><img src="https://www.jobat.be/static/img/jobat-logo.png" alt="Jobat.be" width="96"></p>
<p>Bonjour Baptiste,</p>
<p>Bravo, votre candidature est partie ! Nous l'avons transmise à <b>Mutualité Horizon</b> pour
le poste de <b>Chargé·e de marketing – assurances complémentaires</b> (Ixelles).</p>
<p>Votre CV : <i>CV_Baptiste_VDB-Amrani_2025.pdf</i><br>Votre lettre de motivation : oui</p>
<p>Astuce : les recruteurs regardent souvent votre profil Jobat. Complétez-le à 100 % pour
augmenter vos chances.</p>
<p><a href="https://www.jobat.be/fr/mon-jobat/candidatures?utm_source=email&amp;utm_medium=transactional">Mes candidatures</a></p>
<p style="font-size:10px;color:#999">Jobat.be fait partie de DPG Media. Vous recevez cet e-mail suite à votre candidature.
Conditions générales · Politique de confidentialité</p>
</body></html>""",
)

_h2 = m(
    "cd34",
    "2025-10-15 08:47",
    "Baptiste Vandenbroucke <b.vandenbroucke@nordalfoods.example>",
    "TR: Accusé de réception de votre candidature",
    A("confirmation", MH, MHR, 13, "direct"),
    """

________________________________
De : Mutualité Horizon – Service RH <jobs@mutualite-horizon.example>
Envoyé : mardi 14 octobre 2025 17:32
À : Baptiste Vandenbroucke <b.vandenbroucke@nordalfoods.example>
Objet : Accusé de réception de votre candidature

Bonjour Monsieur Vandenbroucke,

Nous accusons bonne réception de votre candidature pour la fonction de Chargé·e de marketing –
assurances complémentaires (réf. MKT-2025-09) et vous en remercions.

Notre équipe RH analysera votre dossier avec attention. Si votre profil correspond à nos
attentes, nous vous contacterons dans les trois semaines pour la suite de la procédure
(tests en ligne, puis assessment center).

Cordialement,

Service des Ressources Humaines
Mutualité Horizon – Rue du Trône 140 – 1050 Ixelles
www.mutualite-horizon.example

Mutualité Horizon – Union nationale des mutualités – agréée par l'OCM sous le n° 5xx.
Les informations contenues dans ce message sont confidentielles.

________________________________
Nordal Foods Benelux SA – This e-mail is confidential. If you are not the intended recipient,
please notify the sender and delete it.""",
    to="baptiste.vdb.amrani@gmail.com",
)

_MH_SIG = """Valérie Mertens
Business Partner RH
Mutualité Horizon – Rue du Trône 140 – 1050 Ixelles
T 02 515 40 22"""

_h3 = m(
    "ef56",
    "2025-11-05 10:02",
    "Valérie Mertens <valerie.mertens@mutualite-horizon.example>",
    "Réf. MKT-2025-09 – tests en ligne",
    A("assessment", MH, MHR, 13, "direct"),
    f"""Bonjour Monsieur Vandenbroucke-Amrani,

Nous avons le plaisir de vous informer que votre candidature a été présélectionnée pour la
fonction de Chargé·e de marketing – assurances complémentaires.

La prochaine étape consiste en une série de tests psychotechniques en ligne (raisonnement
numérique, raisonnement verbal et questionnaire de personnalité), réalisés par notre partenaire
Psymetrix. Vous recevrez leur lien personnel dans un courriel séparé dans les 24 heures.

Les tests sont à compléter au plus tard le mercredi 12 novembre. Prévoyez environ 75 minutes
au calme.

Attention : votre candidature nous est parvenue via votre adresse professionnelle ; nous
utilisons désormais l'adresse indiquée dans votre CV.

Cordialement,

{_MH_SIG}""",
)

_h4 = m(
    "gh78",
    "2025-11-20 14:40",
    "Valérie Mertens <valerie.mertens@mutualite-horizon.example>",
    "Invitation au centre d'évaluation – 2 décembre",
    A("assessment", MH, MHR, 13, "direct"),
    f"""Bonjour Monsieur Vandenbroucke-Amrani,

Suite à vos résultats aux tests en ligne, nous avons le plaisir de vous inviter à notre
centre d'évaluation (assessment center), qui se déroulera le mardi 2 décembre 2025 de 9h00 à
13h00 dans nos locaux d'Ixelles.

Au programme :
- un exercice de type « in-basket » (gestion de priorités) ;
- un jeu de rôle avec un·e « client·e » mécontent·e d'une campagne ;
- la présentation (15 minutes) d'un plan de lancement pour notre nouvelle assurance
  dentaire, dont vous trouverez le brief en annexe ;
- un entretien avec Mme Hélène Coppens, directrice Marketing & Communication, et moi-même.

Une invitation suit pour votre agenda. Merci de nous confirmer votre présence.

Cordialement,

{_MH_SIG}""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000D0E9F5C1BA5BDC01000000000000000010000000A801",
        "2025-12-02 09:00",
        "Assessment center – MKT-2025-09",
        ("Valérie Mertens", "valerie.mertens@mutualite-horizon.example"),
        style="outlook",
        minutes=240,
        location="Mutualité Horizon – Rue du Trône 140, 1050 Ixelles – salle 3B",
    ),
    attach=[
        (
            "Brief_lancement_assurance_dentaire.txt",
            "text/plain",
            "Brief - Horizon Dent+\nCible : familles 30-45 ans, Bruxelles et Brabant wallon\nBudget : 120.000 EUR\n",
        )
    ],
)

_h5 = m(
    "ij90",
    "2025-12-12 09:31",
    "Mutualité Horizon – Service RH <jobs@mutualite-horizon.example>",
    "Votre candidature",
    A("rejection", MH, MHR, 13, "direct"),
    """Monsieur,

Nous vous remercions pour votre participation à notre centre d'évaluation du 2 décembre
dernier et pour l'intérêt que vous portez à Mutualité Horizon.

Après délibération, nous sommes au regret de vous annoncer que nous ne pouvons pas donner une
suite favorable à votre candidature pour la fonction de Chargé·e de marketing – assurances
complémentaires. Le choix s'est porté sur une personne disposant d'une expérience plus
approfondie du secteur de l'assurance santé.

Si vous le souhaitez, Mme Mertens se tient à votre disposition pour un feedback téléphonique.

Nous vous souhaitons bonne chance pour la suite de vos recherches.

Le Service des Ressources Humaines
Mutualité Horizon""",
)

# --- Casa Viva, written for by its group's careers mailbox (Groupe Vanmol) ----------------

_VAN_SIG = """Inès Haddouchi
Talent Acquisition Specialist – Groupe Vanmol
pour Casa Viva · Fraîcheur & Co · Vanmol Pro
Chaussée de Bruxelles 210 – 1300 Wavre
Vanmol Retail SA – RPM Nivelles – BE 0448.120.663"""

_v1 = m(
    "kl11",
    "2025-10-14 19:48",
    "Groupe Vanmol <noreply@smartrecruiters.com>",
    "Merci pour votre candidature !",
    A("confirmation", CV, CVR, 14, "smartrecruiters"),
    html="""<html><body style="font-family:Arial;font-size:14px">
<p>Bonjour Baptiste,</p>
<p>Nous vous remercions pour votre candidature au poste de <b>Trade Marketing Manager – Casa
Viva (H/F/X)</b>.</p>
<p>Notre équipe Talent Acquisition va étudier votre profil avec attention et reviendra vers
vous dans les meilleurs délais.</p>
<p>Vous pouvez suivre votre candidature à tout moment :
<a href="https://jobs.smartrecruiters.com/GroupeVanmol1/744000081234567-trade-marketing-manager-casa-viva-h-f-x-?trid=a9c1">voir l'offre</a></p>
<p>Cordialement,<br>Groupe Vanmol – Talent Acquisition</p>
<p style="font-size:10px;color:#888">Powered by SmartRecruiters · <a href="https://www.smartrecruiters.com/privacy-policy">Privacy Policy</a></p>
</body></html>""",
)

_v2 = m(
    "mn22",
    "2025-10-27 11:20",
    "Groupe Vanmol – Carrières <careers@groupevanmol.example>",
    "Votre candidature – prochaine étape",
    A("interview", CV, CVR, 14, "direct"),
    f"""Bonjour Baptiste,

Merci pour votre candidature chez Casa Viva ! Votre parcours en trade marketing chez un grand
acteur de l'alimentaire a retenu notre attention.

Je vous propose un premier échange téléphonique de 30 minutes le jeudi 30 octobre à 12h30,
pour faire connaissance et vous présenter le poste et l'enseigne (48 magasins en Belgique et
au Grand-Duché). Je vous envoie une invitation ; si l'horaire ne vous convient pas, dites-le
moi simplement.

Belle journée,

{_VAN_SIG}""",
    ics=ics(
        "3h9v2c1k0q8m6l5t4r7u@google.com",
        "2025-10-30 12:30",
        "Casa Viva – Trade Marketing Manager – appel Baptiste / Inès",
        ("Inès Haddouchi", "ines.haddouchi@groupevanmol.example"),
        minutes=30,
        description="Appel téléphonique – Inès vous appelle au numéro indiqué dans votre CV.",
    ),
)

_v3 = m(
    "op33",
    "2025-11-12 16:45",
    "Groupe Vanmol – Carrières <careers@groupevanmol.example>",
    "Étude de cas – Trade Marketing Manager",
    A("assessment", CV, CVR, 14, "direct"),
    f"""Bonjour Baptiste,

Suite à votre entretien avec Delphine Raes, directrice marketing de Casa Viva, nous avons le
plaisir de vous inviter à l'étape suivante : une étude de cas à préparer.

Le sujet : Casa Viva lance début décembre sa collection « Noël cocooning ». Proposez un plan
d'activation en magasin (48 points de vente, trois formats de magasin) et sa déclinaison
digitale, avec un budget de 150 000 €. Le brief complet est en pièce jointe.

Vous présenterez votre travail (20 minutes + 20 minutes de questions) le mercredi 26 novembre
à notre siège de Wavre. Une invitation suivra.

Bonne préparation !

{_VAN_SIG}""",
    attach=[
        (
            "Casa_Viva_brief_etude_de_cas.txt",
            "text/plain",
            "Casa Viva - Noel cocooning\nObjectif : +12% CA categorie textile maison en decembre\nBudget : 150.000 EUR\nFormats : centre-ville, retail park, shop-in-shop\n",
        )
    ],
    st="interviewing",  # a case / tests after a first interview: no step back
)

_v4 = m(
    "qr44",
    "2025-11-19 09:12",
    "Inès Haddouchi <ines.haddouchi@groupevanmol.example>",
    "Invitation : Présentation étude de cas – Casa Viva @ mer. 26 nov. 2025 14:00 - 15:00 (CET)",
    A("interview", CV, CVR, 14, "direct"),
    """Invitation de Google Agenda

Présentation étude de cas – Casa Viva
mercredi 26 novembre 2025 ⋅ 14:00 – 15:00 (heure normale d'Europe centrale - Bruxelles)
Groupe Vanmol – Chaussée de Bruxelles 210, 1300 Wavre (accueil, demandez Inès)

Participants
Inès Haddouchi - organisateur
Delphine Raes
baptiste.vdb.amrani@gmail.com

Afficher tous les détails de l'invitation

Répondre pour baptiste.vdb.amrani@gmail.com
Oui   Non   Peut-être   Plus d'options

Invitation de Google Agenda
Vous recevez cet e-mail, car vous êtes invité à cet événement.""",
    ics=ics(
        "7p2k9x4m1n8b6v3c0z5q@google.com",
        "2025-11-26 14:00",
        "Présentation étude de cas – Casa Viva",
        ("Inès Haddouchi", "ines.haddouchi@groupevanmol.example"),
        attendees=[("Delphine Raes", "delphine.raes@casaviva.example")],
        location="Groupe Vanmol – Chaussée de Bruxelles 210, 1300 Wavre",
    ),
)

_v5 = m(
    "st55",
    "2026-01-09 10:05",
    "Inès Haddouchi <ines.haddouchi@groupevanmol.example>",
    "Dernière étape !",
    A("interview", CV, CVR, 14, "direct"),
    f"""Bonjour Baptiste,

Meilleurs vœux pour 2026 !

Bonne nouvelle pour commencer l'année : Delphine souhaite vous revoir pour un dernier entretien
avec Pascal Vanmol, CEO de Casa Viva, le jeudi 15 janvier à 9h30 à Wavre. Il s'agit surtout
d'une rencontre « culture » d'une heure.

Je vous envoie l'invitation dans la foulée.

Belle journée,

{_VAN_SIG}""",
    ics=ics(
        "1x7c3v9b2n6m4k8l0j5h@google.com",
        "2026-01-15 09:30",
        "Casa Viva – rencontre Pascal Vanmol / Baptiste Vandenbroucke-Amrani",
        ("Inès Haddouchi", "ines.haddouchi@groupevanmol.example"),
        attendees=[
            ("Pascal Vanmol", "pascal.vanmol@groupevanmol.example"),
            ("Delphine Raes", "delphine.raes@casaviva.example"),
        ],
        location="Groupe Vanmol, 1300 Wavre – bureau de direction",
    ),
)

_v6 = m(
    "uv66",
    "2026-01-22 17:30",
    "Inès Haddouchi <ines.haddouchi@groupevanmol.example>",
    "Proposition de collaboration – Casa Viva",
    A("offer", CV, CVR, 14, "direct"),
    f"""Bonjour Baptiste,

C'est avec grand plaisir que je reviens vers vous : Delphine et Pascal ont été convaincus et
nous souhaitons vous proposer de rejoindre Casa Viva en tant que Trade Marketing Manager.

Voici les grandes lignes de notre proposition :
- contrat à durée indéterminée, temps plein, CP 311 ;
- salaire mensuel brut de 4 650 € (13e mois et double pécule de vacances) ;
- chèques-repas de 8 € par jour presté, éco-chèques ;
- voiture de société (budget mobilité possible) avec carte carburant ;
- assurance groupe et assurance hospitalisation ;
- 20 jours de congés légaux + 6 jours ADV ;
- 30 % de réduction dans nos enseignes.

Le contrat détaillé vous sera envoyé dès votre accord de principe. Nous aimerions avoir votre
réponse pour le vendredi 30 janvier au plus tard. Je reste bien entendu disponible pour en
discuter par téléphone.

Au plaisir,

{_VAN_SIG}""",
)

_v7 = m(
    "wx77",
    "2026-01-30 15:22",
    "Inès Haddouchi <ines.haddouchi@groupevanmol.example>",
    "RE: Proposition de collaboration – Casa Viva",
    A("offer", CV, CVR, 14, "direct"),
    f"""Bonjour Baptiste,

Merci pour votre réponse claire et pour l'honnêteté de votre message. Nous regrettons votre
décision, mais nous la comprenons tout à fait : le projet dont vous parlez correspond
visiblement mieux à vos ambitions.

Delphine vous souhaite elle aussi plein succès. Restons en contact – qui sait, nos chemins se
recroiseront peut-être.

Bien à vous,

{_VAN_SIG}

De : Baptiste Vandenbroucke-Amrani <baptiste.vdb.amrani@gmail.com>
Envoyé : vendredi 30 janvier 2026 10:41
À : Inès Haddouchi <ines.haddouchi@groupevanmol.example>
Objet : Re: Proposition de collaboration – Casa Viva

Bonjour Inès,

Merci encore pour votre proposition et pour la qualité de tout le processus. Après mûre
réflexion, j'ai décidé de la décliner : j'ai reçu entre-temps une autre proposition, sur un
poste de brand manager qui correspond davantage à ce que je cherche.

Ce n'est pas une décision facile, j'ai beaucoup apprécié les échanges avec Delphine.

Bien cordialement,
Baptiste""",
    st="declined",
    **after(_v6["id"], "<CAE0x8Kr2-casa@mail.gmail.com>"),
)

# --- CHU Val de Sambre via Références -------------------------------------------------------

_r1 = m(
    "yz88",
    "2025-10-20 20:14",
    "Références <noreply@references.be>",
    "Votre candidature pour Responsable communication (h/f/x)",
    A("confirmation", CH, CHR, 15, "other"),
    """Bonjour,

Votre candidature a bien été envoyée.

Responsable communication (h/f/x)
CHU Val de Sambre – Charleroi
Publiée le 14/10/2025

Vous trouverez un récapitulatif de vos candidatures dans votre espace « Mon Références ».
https://www.references.be/mon-espace/candidatures

Bonne chance !
L'équipe Références

Vous avez reçu ce message parce que vous avez postulé via Références.be.
Références – Rossel & Cie SA – Rue Royale 100, 1000 Bruxelles.""",
)

_CHU_SIG = """Département des Ressources humaines – Sélection
CHU Val de Sambre – site Notre-Dame
Grand-Rue 3 – 6000 Charleroi – 071 92 30 00"""

_r2 = m(
    "aa99",
    "2025-11-10 13:00",
    "CHU Val de Sambre – Sélection <selection@chuvaldesambre.example>",
    "Convocation – épreuves de sélection",
    A("assessment", CH, CHR, 15, "direct"),
    f"""Monsieur,

Dans le cadre de votre candidature au poste de Responsable communication (h/f/x), nous avons
le plaisir de vous convier aux épreuves de sélection, qui se dérouleront le vendredi
21 novembre 2025 à 9h00 au site Notre-Dame (bâtiment administratif, salle de formation 2).

Programme de la matinée :
- tests psychotechniques (aptitudes logiques et verbales), environ 1h30 ;
- épreuve écrite : rédaction d'un communiqué de presse sur un sujet hospitalier, 1h.

Les candidat·es ayant réussi ces épreuves seront invité·es à un entretien avec le jury.

Merci de vous munir de votre carte d'identité et de confirmer votre présence au 071 92 31 48
ou par retour de courriel.

{_CHU_SIG}""",
)

_r3 = m(
    "bb00",
    "2025-12-05 10:45",
    "CHU Val de Sambre – Sélection <selection@chuvaldesambre.example>",
    "Suite de votre candidature",
    A("rejection", CH, CHR, 15, "direct"),
    f"""Monsieur,

Nous vous remercions d'avoir participé aux épreuves de sélection du 21 novembre pour le poste
de Responsable communication.

Malgré des résultats honorables, vous n'avez pas obtenu le score nécessaire pour être invité
à l'entretien final. Nous ne pouvons dès lors pas donner une suite favorable à votre
candidature.

Nous vous souhaitons plein succès dans vos projets professionnels.

{_CHU_SIG}""",
)

# --- Pulpe and Literie Godin (LinkedIn, Indeed; both ghosted after "viewed") --------------

_LI_FOOT = """<p style="font-size:11px;color:#666">Cet e-mail était destiné à Baptiste Vandenbroucke-Amrani
(Chargé de projets marketing chez Nordal Foods).
<a href="https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali">Se désabonner</a> ·
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p>"""

_l1 = m(
    "cc01",
    "2025-11-03 09:31",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Baptiste, votre candidature a été envoyée à Pulpe",
    A("confirmation", PU, PUR, 16, "linkedin"),
    html=f"""<html><body style="font-family:-apple-system,Helvetica;font-size:14px">
<h2 style="font-size:20px">Votre candidature a été envoyée à Pulpe</h2>
<p><b>Chef·fe de projet communication</b><br>Pulpe · Saint-Gilles, Région de Bruxelles-Capitale (Sur site)<br>
Candidature envoyée le 3 nov. 2025</p>
<p><a href="https://www.linkedin.com/jobs/view/4318820417/?trk=eml-jobs_applied">Voir l'offre</a></p>
{_LI_FOOT}
</body></html>""",
)

_l2 = m(
    "dd02",
    "2025-11-06 14:22",
    "LinkedIn <jobs-noreply@linkedin.com>",
    "Votre candidature a été consultée par Pulpe",
    A("viewed", PU, PUR, 16, "linkedin"),
    html=f"""<html><body style="font-family:-apple-system,Helvetica;font-size:14px">
<p>Bonne nouvelle, Baptiste !</p>
<p>Pulpe a consulté votre candidature pour le poste <b>Chef·fe de projet communication</b>.</p>
<p>Conseil : les candidats qui envoient un message au recruteur après la consultation ont plus
de chances d'obtenir une réponse.</p>
<p><a href="https://www.linkedin.com/jobs/tracker/applied/?trk=eml-jobs_viewed">Voir vos candidatures</a></p>
{_LI_FOOT}
</body></html>""",
)

_INDEED_FOOT = """
---
Indeed Ireland Operations Limited, 124 St Stephen's Green, Dublin 2, Irlande.
Vous recevez ce message car vous avez postulé via Indeed. Se désabonner :
https://be.indeed.com/account/email-preferences"""

_i1 = m(
    "ee03",
    "2025-11-12 20:50",
    "Indeed <indeedapply@indeed.com>",
    "Candidature envoyée : Marketing Officer (H/F/X)",
    A("confirmation", LG, LGR, 18, "indeed"),
    f"""Indeed

Votre candidature a été envoyée à Literie Godin.

Marketing Officer (H/F/X)
Literie Godin – Gembloux
CDI

Voici ce qui va se passer ensuite :
- L'employeur examinera votre candidature.
- Vous pouvez suivre l'état de votre candidature dans Mes emplois.

https://be.indeed.com/myjobs?from=applyconfirmation

Bonne chance !
{_INDEED_FOOT}""",
)

_i2 = m(
    "ff04",
    "2025-11-17 10:11",
    "Indeed <noreply@indeed.com>",
    "Votre candidature a été consultée",
    A("viewed", LG, LGR, 18, "indeed"),
    f"""Bonne nouvelle !

Literie Godin a consulté votre candidature pour le poste Marketing Officer (H/F/X).

Les employeurs consultent souvent plusieurs candidatures avant de contacter des candidats.
Nous vous informerons si l'employeur vous envoie un message.

Voir mes emplois : https://be.indeed.com/myjobs?from=viewed_email
{_INDEED_FOOT}""",
)

# --- Belvia Bank, second role (English Workday template) ----------------------------------

_b4 = m(
    "gg05",
    "2025-11-05 23:02",
    "Belvia Bank <bvb@myworkday.com>",
    "Thank you for applying – R-0013402",
    A("confirmation", BV, BV2, 17, "workday", "en"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Baptiste,</p>
<p>Thank you for applying for the position <b>R-0013402 Content Marketing Manager – Retail
Banking</b>. We have received your application and will review it shortly.</p>
<p>You can check the status of your application in your
<a href="https://bvb.wd3.myworkdayjobs.com/en-US/Belvia_Careers/userHome">Candidate Home</a>.</p>
<p>Kind regards,<br>Belvia Talent Acquisition</p>
<p style="font-size:10px;color:#7a7a7a">Belvia Bank SA/NV – Boulevard du Régent 31, 1000 Brussels. This is an automatically generated message.</p>
</body></html>""",
)

_b5 = m(
    "hh06",
    "2025-12-12 07:50",
    "Belvia Bank <bvb@myworkday.com>",
    "An update on your application",
    A("rejection", BV, BV2, 17, "workday", "en"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Baptiste,</p>
<p>Thank you for your interest in Belvia and for the time you invested in applying for
R-0013402 Content Marketing Manager – Retail Banking.</p>
<p>We have carefully reviewed your profile against the requirements of this role. While your
experience is impressive, we have decided to proceed with candidates whose background more
closely matches our current needs, in particular fluency in Dutch.</p>
<p>We thank you again and wish you every success in your job search.</p>
<p>Kind regards,<br>Belvia Talent Acquisition</p>
<p style="font-size:10px;color:#7a7a7a">Belvia Bank SA/NV – Boulevard du Régent 31, 1000 Brussels. This is an automatically generated message.</p>
</body></html>""",
)

# --- Intercommunale Hesbaye Propre via Forem (ghosted) ------------------------------------

_x1 = m(
    "ii07",
    "2025-11-18 08:40",
    "Le Forem <ne-pas-repondre@leforem.be>",
    "Votre candidature a bien été transmise",
    A("confirmation", IH, IHR, 19, "other"),
    """Bonjour Baptiste,

Votre candidature a bien été transmise à l'employeur pour l'offre suivante :

Chargé de communication et sensibilisation (h/f/x)
Intercommunale Hesbaye Propre – Waremme
Offre d'emploi Forem n° 4790331

L'employeur vous contactera directement s'il souhaite donner suite.
Toutes vos candidatures : https://www.leforem.be/mon-espace/candidatures

Le Forem
Ce courriel vous est envoyé automatiquement, merci de ne pas y répondre.""",
)

# --- Biscuiterie Dumoulin, through a selection bureau that names its client late ----------

_DS_SIG = """Géraldine Hubin
Senior Consultant – Marketing & Sales
Delvaux Sélection – Bureau de sélection et d'évaluation
Boulevard d'Avroy 38 – 4000 Liège | Avenue Louise 231 – 1050 Bruxelles
+32 4 221 60 18 | www.delvaux-selection.example
Agréé en Région wallonne sous le n° W.RS.412 – Agréé en Région de Bruxelles-Capitale sous le n° B-AG.118"""

_d0 = m(
    "jj08",
    "2025-11-20 15:12",
    "Géraldine Hubin <g.hubin@delvaux-selection.example>",
    "Opportunité Brand Manager – secteur alimentaire (province de Liège)",
    J("outreach", "agency", None, DMR),
    f"""Bonjour Monsieur Vandenbroucke-Amrani,

Je me permets de vous contacter suite à la lecture de votre profil LinkedIn.

Dans le cadre d'une mission exclusive, nous recherchons pour notre client, un acteur belge
reconnu de l'alimentaire (entreprise familiale, marques fortes en grande distribution et à
l'export), un·e Brand Manager pour deux de ses marques phares.

Votre expérience en marketing FMCG (gestion de gamme, activations, lancement de produits)
correspond très bien au profil recherché. La fonction est basée en province de Liège, avec
un jour de télétravail par semaine ; package attractif incluant voiture de société.

Seriez-vous ouvert à un premier échange confidentiel ? Si oui, pourriez-vous me faire
parvenir votre CV à jour ?

Au plaisir de vous lire,

{_DS_SIG}""",
)

_ME_D = "<CAE0x8Kq7-delv@mail.gmail.com>"
_d1 = m(
    "kk09",
    "2025-11-24 10:30",
    "Géraldine Hubin <g.hubin@delvaux-selection.example>",
    "RE: Opportunité Brand Manager – secteur alimentaire (province de Liège)",
    A("interview", DM, DMR, 20, "agency"),
    f"""Bonjour Monsieur Vandenbroucke-Amrani,

Merci pour votre retour rapide et pour votre CV.

Je vous propose de nous rencontrer le jeudi 27 novembre à 17h30 dans nos bureaux de
l'avenue Louise (ou par Teams si vous préférez). Nous parlerons de votre parcours, de vos
attentes et je vous présenterai plus en détail la fonction et l'entreprise.

L'invitation suit. N'hésitez pas à me contacter si l'horaire ne vous convient pas.

Bien à vous,

{_DS_SIG}""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000E3F4A1B2C95EDC01000000000000000010000000BB42",
        "2025-11-27 17:30",
        "Entretien Delvaux Sélection – M. Vandenbroucke-Amrani (mission 2025-311)",
        ("Géraldine Hubin", "g.hubin@delvaux-selection.example"),
        style="outlook",
        location="Delvaux Sélection – Avenue Louise 231, 1050 Bruxelles",
    ),
    **after(_d0["id"], _ME_D),
)

_d2 = m(
    "ll10",
    "2025-12-01 09:05",
    "Delvaux Sélection <evaluation@delvaux-selection.example>",
    "Mission 2025-311 – questionnaires en ligne",
    A("assessment", DM, DMR, 20, "agency"),
    """Bonjour Monsieur Vandenbroucke-Amrani,

Dans le cadre de la mission 2025-311 (Brand Manager), nous vous invitons à compléter les
tests psychotechniques et questionnaires suivants :

  - raisonnement numérique (25 min)
  - raisonnement verbal (20 min)
  - questionnaire de personnalité (± 30 min, sans limite de temps)

Lien personnel : https://tests.delvaux-selection.example/c/8KX2-QP41-7MZD
Identifiant : BVA-2025-311

Merci de les compléter d'ici le vendredi 5 décembre. Vos résultats feront l'objet d'un
débriefing avec votre consultante.

Cordialement,

Le pôle Évaluation
Delvaux Sélection""",
    st="interviewing",  # a case / tests after a first interview: no step back
)

_d3 = m(
    "mm11",
    "2025-12-10 16:50",
    "Géraldine Hubin <g.hubin@delvaux-selection.example>",
    "Bonne nouvelle – notre client souhaite vous rencontrer",
    A("interview", DM, DMR, 20, "agency"),
    f"""Bonjour Baptiste,

(Je me permets le prénom, après notre long échange !)

Comme convenu lors de notre débriefing, j'ai présenté votre candidature à notre client et j'ai
le plaisir de vous annoncer qu'il souhaite vous rencontrer.

Je peux maintenant vous en dire plus : il s'agit de la Biscuiterie Dumoulin, à Herve (marques
Dumoulin et Délices de Herve). La fonction de Brand Manager porte sur la gamme spéculoos et les
biscuits « apéro », en Belgique et aux Pays-Bas.

Vous rencontrerez Mme Françoise Dumoulin, directrice commerciale & marketing, et
M. Olivier Lejeune, Trade Marketing Manager, le mercredi 17 décembre à 10h00 sur le site de
Herve (Rue de la Station 18, 4650 Herve). Prévoyez 1h30 avec une visite de la production.

Je reste à votre disposition pour préparer ce rendez-vous.

Bien à vous,

{_DS_SIG}""",
    ics=ics(
        "040000008200E00074C5B7101A82E008000000005AC7D3E4F160DC01000000000000000010000000CC19",
        "2025-12-17 10:00",
        "Rencontre Biscuiterie Dumoulin – B. Vandenbroucke-Amrani",
        ("Géraldine Hubin", "g.hubin@delvaux-selection.example"),
        style="outlook",
        minutes=90,
        location="Biscuiterie Dumoulin, Rue de la Station 18, 4650 Herve",
    ),
)

_d3a = m(
    "nn12",
    "2025-12-22 19:04",
    "Géraldine Hubin <g.hubin@delvaux-selection.example>",
    "Réponse automatique : Retour après le rendez-vous chez Dumoulin",
    J("other_job", "agency", DM, DMR),
    """Bonjour,

Je suis absente du bureau jusqu'au lundi 5 janvier inclus, sans accès à mes e-mails.

Pour toute question urgente, vous pouvez contacter notre secrétariat au +32 4 221 60 10 ou à
l'adresse info@delvaux-selection.example.

Je vous souhaite de très belles fêtes de fin d'année !

Géraldine Hubin
Delvaux Sélection""",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
)

_d4 = m(
    "oo13",
    "2026-01-07 11:34",
    "Géraldine Hubin <g.hubin@delvaux-selection.example>",
    "Deuxième entretien chez Dumoulin – mercredi 14 janvier",
    A("interview", DM, DMR, 20, "agency"),
    f"""Bonjour Baptiste,

Belle année à vous ! Et je commence bien l'année : Mme Dumoulin a été enthousiasmée par votre
rencontre et souhaite vous revoir avec M. Jean-Pierre Dumoulin, administrateur délégué.

Date : mercredi 14 janvier à 14h00, à Herve.

On vous demandera de présenter (20 minutes) vos premières idées pour relancer les Délices de
Herve auprès des 25-40 ans ; quelques chiffres de marché vous seront envoyés par Olivier
Lejeune demain.

Je vous appelle vendredi pour en parler.

{_DS_SIG}""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000B7C8D9E0F163DC01000000000000000010000000DD77",
        "2026-01-14 14:00",
        "2e entretien Biscuiterie Dumoulin – présentation B. Vandenbroucke-Amrani",
        ("Géraldine Hubin", "g.hubin@delvaux-selection.example"),
        style="outlook",
        minutes=90,
        location="Biscuiterie Dumoulin, Rue de la Station 18, 4650 Herve",
    ),
)

_d5 = m(
    "pp14",
    "2026-01-28 18:02",
    "Géraldine Hubin <g.hubin@delvaux-selection.example>",
    "Proposition de Biscuiterie Dumoulin",
    A("offer", DM, DMR, 20, "agency"),
    f"""Bonjour Baptiste,

Comme annoncé au téléphone tout à l'heure, je vous confirme par écrit la proposition de la
Biscuiterie Dumoulin pour la fonction de Brand Manager :

- Contrat : CDI, temps plein, entrée en fonction le 1er avril 2026 (compte tenu de votre
  préavis) ;
- Rémunération : 5 100 € bruts par mois, 13e mois, double pécule de vacances ;
- Avantages extralégaux : voiture de société (catégorie C, hybride, carte carburant et
  borne de recharge à domicile), chèques-repas de 8 €, éco-chèques, assurance groupe et
  assurance hospitalisation (famille incluse), GSM et abonnement, ordinateur portable ;
- Bonus annuel jusqu'à 10 % du salaire annuel brut, lié aux objectifs ;
- 1 jour de télétravail par semaine.

Le projet de contrat vous sera envoyé par la Biscuiterie (signature électronique) dès
réception de votre accord. Pourriez-vous me donner votre réponse d'ici le lundi 2 février ?

Toutes mes félicitations, c'est amplement mérité.

{_DS_SIG}""",
)

_d6 = m(
    "qq15",
    "2026-02-02 09:48",
    "Géraldine Hubin <g.hubin@delvaux-selection.example>",
    "RE: Proposition de Biscuiterie Dumoulin",
    A("offer", DM, DMR, 20, "agency"),
    f"""Baptiste,

Quelle belle nouvelle ! J'ai immédiatement transmis votre acceptation à Mme Dumoulin, qui est
ravie. Vous recevrez le contrat via DocuSign dans les prochains jours.

Je reste votre interlocutrice jusqu'à votre entrée en fonction ; n'hésitez pas si vous avez
la moindre question, notamment pour votre préavis.

Félicitations encore !

{_DS_SIG}

-----Message d'origine-----
De : Baptiste Vandenbroucke-Amrani <baptiste.vdb.amrani@gmail.com>
Envoyé : dimanche 1 février 2026 21:55
À : Géraldine Hubin <g.hubin@delvaux-selection.example>
Objet : Re: Proposition de Biscuiterie Dumoulin

Bonsoir Géraldine,

Après avoir relu la proposition à tête reposée, je vous confirme avec grand plaisir que
j'accepte l'offre de la Biscuiterie Dumoulin. Je remettrai mon préavis chez Nordal cette
semaine.

Merci pour votre accompagnement tout au long du processus.

Baptiste""",
    st="accepted",
    **after(_d5["id"], "<CAE0x8Kr9-dumo@mail.gmail.com>"),
)

_d7 = m(
    "rr16",
    "2026-02-05 14:20",
    "Dumoulin Frères SA via DocuSign <dse@eumail.docusign.net>",
    "Complété : Contrat de travail – Baptiste Vandenbroucke-Amrani",
    A("offer", DM, DMR, 20, "docusign"),
    html="""<html><body style="font-family:Helvetica,Arial;font-size:14px;background:#eaeaea">
<table width="640" align="center" style="background:#fff"><tr><td style="padding:24px">
<p><img src="https://eu.docusign.net/Member/Images/email/docusign-logo.png" alt="DocuSign" width="116"></p>
<table width="100%" style="background:#1e4ca1;color:#fff"><tr><td style="padding:20px;text-align:center">
<p style="font-size:16px">Tous les signataires ont terminé le document.</p>
<p><a style="color:#1e4ca1;background:#fff;padding:8px 14px;text-decoration:none"
href="https://eu.docusign.net/Signing/EmailStart.aspx?a=3e0c47a2-5b1d-4f1f-9d2e-7c2f0b1a9e44&amp;acct=8b2c">AFFICHER LE DOCUMENT</a></p>
</td></tr></table>
<p>Valérie Thonnard (Dumoulin Frères SA)<br>v.thonnard@biscuiterie-dumoulin.example</p>
<p>Bonjour Baptiste Vandenbroucke-Amrani,</p>
<p>Tous les signataires ont signé « Contrat de travail – Brand Manager – B. Vandenbroucke-Amrani ».
Le document complété est joint à cet e-mail.</p>
<p style="font-size:11px;color:#666"><b>Ne partagez pas cet e-mail</b><br>Cet e-mail contient un lien
sécurisé vers DocuSign. Veuillez ne pas partager cet e-mail, ce lien ou ce code d'accès avec d'autres
personnes.<br>Code d'accès alternatif : 3E0C47A25B1D4F1F9D2E7C2F0B1A9E44</p>
<p style="font-size:11px;color:#666">À propos de DocuSign : signez des documents par voie électronique
en quelques minutes. C'est sûr et sécurisé.</p>
</td></tr></table></body></html>""",
    st="accepted",
)

_d8 = m(
    "ss17",
    "2026-02-17 10:00",
    "Valérie Thonnard <v.thonnard@biscuiterie-dumoulin.example>",
    "Bienvenue chez Dumoulin ! Préparation de votre arrivée",
    J("other_job", "direct", DM, DMR),
    """Bonjour Baptiste,

Au nom de toute l'équipe, bienvenue chez Dumoulin ! Nous sommes ravis que vous nous rejoigniez
le mercredi 1er avril.

Pour préparer votre arrivée, pourriez-vous nous renvoyer d'ici le 13 mars :
- une copie recto-verso de votre carte d'identité ;
- votre numéro de compte bancaire ;
- le formulaire « données personnelles » (en annexe) ;
- vos préférences pour la voiture de société : notre gestionnaire de flotte vous enverra
  l'accès au configurateur fin février.

Votre premier jour commencera à 9h00 par un petit-déjeuner d'accueil avec Françoise Dumoulin,
suivi d'une visite complète du site et de votre programme d'intégration.

À très bientôt,

Valérie Thonnard
Responsable RH
Dumoulin Frères SA – Biscuiterie Dumoulin
Rue de la Station 18 – 4650 Herve – 087 69 12 00""",
    attach=[
        (
            "Formulaire_donnees_personnelles.txt",
            "text/plain",
            "Nom :\nPrenom :\nNumero de registre national :\nIBAN :\nPersonne a contacter en cas d'urgence :\n",
        )
    ],
)

# --- Kallista Cosmetics (StepStone, then a quick Greenhouse no) -----------------------------

_k1 = m(
    "tt18",
    "2025-12-02 21:33",
    "StepStone <noreply@stepstone.be>",
    "Votre candidature a bien été envoyée",
    A("confirmation", KC, KCR, 21, "other"),
    html="""<html><body style="font-family:Arial;font-size:14px;color:#1b1b1b">
<p>Bonjour Baptiste,</p>
<p>Votre candidature a bien été envoyée !</p>
<table style="border:1px solid #ddd;padding:8px"><tr><td>
<b>Trade Marketing Specialist Benelux</b><br>Kallista Cosmetics Benelux BV<br>Bruxelles
</td></tr></table>
<p>Vous avez été redirigé·e vers le site de l'employeur pour finaliser votre candidature.</p>
<p style="font-size:10px;color:#8c8c8c">StepStone Belgium NV – Ikaroslaan 19, 1930 Zaventem.</p>
</body></html>""",
)

_k2 = m(
    "uu19",
    "2025-12-04 06:12",
    "Kallista Cosmetics <no-reply@us.greenhouse-mail.io>",
    "Your application to Kallista Cosmetics",
    A("rejection", KC, KCR, 21, "greenhouse", "en"),
    """Hi Baptiste,

Thank you for your interest in Kallista Cosmetics and for applying to our Trade Marketing
Specialist Benelux role.

After reviewing your application, we have decided not to move forward at this time. For this
role, professional fluency in Dutch is essential, as most of our retail partners are based in
Flanders and the Netherlands.

We will keep your information on file and encourage you to apply for future openings that
match your profile.

Best,
The Kallista Talent Team""",
)

# --- Terre Commune (NGO): two rounds, then he withdraws --------------------------------------

_g1 = m(
    "vv20",
    "2025-12-08 11:02",
    "Terre Commune asbl <emploi@terrecommune.example>",
    "Accusé de réception – Chargé·e de communication et plaidoyer",
    A("confirmation", TC, TCR, 22, "direct"),
    """Bonjour,

Merci pour votre candidature au poste de chargé·e de communication et plaidoyer. Nous l'avons
bien reçue.

Nous clôturons l'appel le 5 janvier. En raison du nombre de candidatures attendu, nous ne
pourrons répondre qu'aux personnes sélectionnées pour un entretien, courant janvier.

Solidairement,

L'équipe de Terre Commune
Rue de la Victoire 96 – 1060 Saint-Gilles
www.terrecommune.example – IBAN BE12 3456 7890 1234 (dons déductibles dès 40 €/an)""",
)

_TC_SIG = """Mathilde Renard
Coordinatrice générale – Terre Commune asbl
Rue de la Victoire 96 – 1060 Saint-Gilles
0479 55 18 02 (lundi-jeudi)"""

_g2 = m(
    "ww21",
    "2026-01-13 16:15",
    "Mathilde Renard <m.renard@terrecommune.example>",
    "Invitation à un premier entretien",
    A("interview", TC, TCR, 22, "direct"),
    f"""Bonjour Baptiste,

Ta candidature a retenu notre attention et nous aimerions te rencontrer pour un premier
entretien, le mardi 20 janvier à 10h dans nos bureaux à Saint-Gilles (sonner « Terre
Commune », 2e étage sans ascenseur).

Tu rencontreras Youssef (chargé de plaidoyer) et moi-même. Compte environ une heure.

Je t'envoie une invitation ; dis-moi si ça te convient.

Belle journée,

{_TC_SIG}""",
    ics=ics(
        "6q1w8e3r5t2y9u4i0o7p@google.com",
        "2026-01-20 10:00",
        "Entretien Terre Commune – Baptiste V.-A.",
        ("Mathilde Renard", "m.renard@terrecommune.example"),
        attendees=[("Youssef El Khattabi", "y.elkhattabi@terrecommune.example")],
        location="Terre Commune, Rue de la Victoire 96, 1060 Saint-Gilles",
    ),
)

_g3 = m(
    "xx22",
    "2026-01-27 12:40",
    "Mathilde Renard <m.renard@terrecommune.example>",
    "Deuxième tour – jeudi 5 février",
    A("interview", TC, TCR, 22, "direct"),
    f"""Hello Baptiste,

Merci encore pour l'échange de la semaine dernière, on a passé un bon moment. On aimerait te
revoir pour un deuxième tour avec deux membres du CA, le jeudi 5 février à 14h.

Petit exercice pour ce jour-là (pas besoin d'y passer des heures) : imagine trois posts pour
nos réseaux autour de la journée mondiale de l'alimentation, et un court mail à envoyer à nos
donateur·ices pour la campagne de printemps. On en discutera ensemble.

À bientôt,

{_TC_SIG}""",
    ics=ics(
        "2a8s4d6f1g9h3j7k5l0z@google.com",
        "2026-02-05 14:00",
        "2e entretien Terre Commune – Baptiste V.-A.",
        ("Mathilde Renard", "m.renard@terrecommune.example"),
        minutes=75,
        location="Terre Commune, Rue de la Victoire 96, 1060 Saint-Gilles",
    ),
)

_g4 = m(
    "yy23",
    "2026-02-03 17:25",
    "Mathilde Renard <m.renard@terrecommune.example>",
    "Re: Retrait de ma candidature",
    A("confirmation", TC, TCR, 22, "direct"),
    f"""Bonjour Baptiste,

Merci de nous avoir prévenus aussi vite, c'est très correct de ta part. On prend bonne note
de ton retrait et j'annule notre rendez-vous de jeudi.

Un peu déçus, forcément, mais très contents pour toi ! Et si tu as envie de nous donner un
coup de main bénévolement un jour, la porte est grande ouverte.

Bonne route chez Dumoulin,

Mathilde

{_TC_SIG}

Le lun. 2 févr. 2026 à 20:12, Baptiste Vandenbroucke-Amrani <baptiste.vdb.amrani@gmail.com> a écrit :
> Bonjour Mathilde,
>
> Je viens d'accepter une offre dans une entreprise alimentaire liégeoise et je préfère
> donc retirer ma candidature pour le poste de chargé de communication et plaidoyer, afin
> de ne pas vous faire perdre de temps jeudi.
>
> Merci pour la qualité de nos échanges, j'ai beaucoup aimé découvrir votre projet.
>
> Baptiste""",
    st="withdrawn",
    **after(_g3["id"], "<CAE0x8Kr9-tcom@mail.gmail.com>"),
)

# --- Miam Box again, three months after the first no ----------------------------------------

_m3 = m(
    "zz24",
    "2025-12-15 13:45",
    "Miam Box <no-reply@recruitee.com>",
    "Merci pour ta candidature 🍅",
    A("confirmation", MB, MB2, 23, "recruitee"),
    """Hello Baptiste !

Merci d'avoir postulé chez Miam Box pour le poste de Marketing Manager 🙌

On a bien reçu ton CV et ta lettre. Notre petite équipe les lit tous (oui oui, vraiment), on
revient vers toi dans les 10 jours ouvrables.

En attendant, tu peux découvrir les coulisses de nos box sur Insta : @miambox.be

À très vite,
L'équipe Miam Box

--
Miam Box SRL · Rue de l'Hocaille 8 · 1348 Louvain-la-Neuve
Tu reçois ce mail parce que tu as postulé via https://miambox.recruitee.com""",
    reply_to="Miam Box <job.p3m7qa@miambox.recruitee.com>",
)

_m4 = m(
    "ac25",
    "2026-01-06 09:20",
    "Élodie Gérard <no-reply@recruitee.com>",
    "On se rencontre ? – Marketing Manager",
    A("interview", MB, MB2, 23, "recruitee"),
    """Salut Baptiste,

Tu avais déjà postulé chez nous en septembre pour le poste de Content & Community Manager, et
je suis contente de revoir ton nom passer ! Cette fois, le poste de Marketing Manager colle
beaucoup mieux à ton expérience FMCG.

Ça te dit de venir nous voir à LLN vendredi 9 janvier à 11h ? On prendra une heure pour
discuter de la stratégie 2026 (et tu goûteras la box de janvier).

Je t'ai envoyé une invitation.

À vendredi j'espère !
Élodie

--
Miam Box SRL · Rue de l'Hocaille 8 · 1348 Louvain-la-Neuve""",
    reply_to="Élodie Gérard <job.p3m7qa@miambox.recruitee.com>",
    ics=ics(
        "rc-event-51183@recruitee.com",
        "2026-01-09 11:00",
        "Miam Box – entretien Marketing Manager (Baptiste)",
        ("Élodie Gérard", "elodie@miambox.example"),
        location="Miam Box, Rue de l'Hocaille 8, 1348 Louvain-la-Neuve",
    ),
)

# --- alerts, talent communities, an unfinished application ----------------------------------

_a1 = m(
    "al01",
    "2025-09-02 07:04",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    "« marketing manager » : 18 nouvelles offres à Bruxelles",
    J("alert", "linkedin"),
    html="""<html><body style="font-family:-apple-system,Helvetica;font-size:14px">
<p>Votre alerte emploi pour <b>marketing manager</b> à <b>Bruxelles, Région de Bruxelles-Capitale, Belgique</b></p>
<p><b>Brand Manager Benelux</b><br>Nordhaven Beverages · Bruxelles (Hybride)<br>Recrutement actif</p>
<p><b>Marketing Manager</b><br>Orélia Telecom · Bruxelles<br>Il y a 2 jours</p>
<p><b>Trade Marketing Manager (H/F/X)</b><br>Groupe Vanmol · Wavre<br>Candidature simplifiée</p>
<p><b>Digital Marketing Lead</b><br>Sonaria Energy · Bruxelles (Hybride)<br>5 anciens de votre école travaillent ici</p>
<p><a href="https://www.linkedin.com/comm/jobs/search/?savedSearchId=1784422&amp;trk=eml-job_alert">Voir toutes les offres</a></p>
<p style="font-size:11px;color:#666">Vous recevez les alertes emploi. <a href="https://www.linkedin.com/comm/jobs/alerts">Gérer les alertes</a> ·
<a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Se désabonner</a> · © 2025 LinkedIn Ireland Unlimited Company</p>
</body></html>""",
)

_a2 = m(
    "al02",
    "2025-09-09 06:30",
    "Jobat <jobmail@jobat.be>",
    "Baptiste, 12 nouveaux jobs pour vous",
    J("alert", "other"),
    """Jobat.be – Vos nouveaux jobs

Votre recherche : « brand manager » – Bruxelles + 30 km

Brand Manager Food (m/v/x) – Agence Interim Partners – Zaventem
Junior Brand Manager – Confiserie Lemaire – Anderlecht
Marketing Manager Benelux – Plantiva BV – Mechelen
Category & Brand Manager – Groupe Vanmol – Wavre
... et 8 autres offres

Voir tous les jobs : https://www.jobat.be/fr/jobmail/4471920?utm_source=jobmail
Modifier votre jobmail : https://www.jobat.be/fr/mon-jobat/jobmails

Jobat.be – DPG Media NV, Mediaplein 1, 2018 Antwerpen""",
)

_a3 = m(
    "al03",
    "2025-09-15 08:00",
    "Jobsinbrussels <newsletter@jobsinbrussels.com>",
    "This week in Communications & PR: 23 new jobs",
    J("alert", "other", lang="en"),
    html="""<html><body style="font-family:Georgia,serif;font-size:14px">
<h3>Communications &amp; PR – week 38</h3>
<ul>
<li><b>Communications Officer</b> – European Plant-Based Food Federation (EUPLANT) – deadline 17/10</li>
<li><b>Press Officer (FR/EN)</b> – a Brussels-based NGO – via Eurojob Partners</li>
<li><b>Digital Communications Assistant</b> – European Cyclists' Network – traineeship</li>
<li><b>Senior Communications Manager</b> – Trade association (food &amp; drink)</li>
</ul>
<p><a href="https://www.jobsinbrussels.com/jobs?category=communications&amp;utm_source=newsletter&amp;utm_campaign=w38">See all jobs</a></p>
<p style="font-size:11px">You subscribed to Jobsinbrussels alerts. <a href="https://www.jobsinbrussels.com/unsubscribe?u=9f1">Unsubscribe</a></p>
</body></html>""",
)

_a4 = m(
    "al04",
    "2025-09-29 05:45",
    "Le Forem <ne-pas-repondre@leforem.be>",
    "5 nouvelles offres correspondent à votre profil",
    J("alert", "other"),
    """Bonjour Baptiste,

De nouvelles offres d'emploi correspondant à vos critères (chargé de communication,
Namur – Liège – Brabant wallon) ont été publiées :

- Chargé de communication (h/f/x) – Administration communale (Condroz) – CDD
- Responsable marketing – PME agroalimentaire – Gembloux
- Community manager – Office du tourisme – Dinant
- Chargé de communication et sensibilisation – Intercommunale Hesbaye Propre – Waremme
- Attaché de presse – Administration provinciale – réserve de recrutement

Consulter ces offres : https://www.leforem.be/recherche-offres?alerte=88213

Le Forem – Vous pouvez modifier vos alertes dans Mon Forem.""",
)

_a5 = m(
    "al05",
    "2025-10-07 19:12",
    "Indeed <alert@indeed.com>",
    "chargé de communication – Namur : 9 nouveaux emplois",
    J("alert", "indeed"),
    """Indeed

Nouveaux emplois correspondant à votre recherche « chargé de communication » près de Namur

Chargé(e) de communication – Université Mosane – Namur
  Facile à postuler · Il y a 3 jours
Marketing Officer (H/F/X) – Literie Godin – Gembloux
  Candidature rapide
Communication & Events Coordinator – Brasserie Saint-Féroul – Yvoir
Assistant(e) marketing – Garage Remy – Jambes

Voir tous les emplois : https://be.indeed.com/jobs?q=charg%C3%A9+de+communication&l=Namur&from=ja
Vous recevez cette alerte car vous l'avez créée sur Indeed.
Se désabonner : https://be.indeed.com/alert/unsubscribe?id=ab12""",
)

_a6 = m(
    "al06",
    "2025-10-14 19:50",
    "Groupe Vanmol <noreply@smartrecruiters.com>",
    "Bienvenue dans la communauté Talents du Groupe Vanmol",
    J("alert", "smartrecruiters", "Groupe Vanmol"),
    html="""<html><body style="font-family:Arial;font-size:14px">
<p>Bonjour Baptiste,</p>
<p>Merci d'avoir rejoint notre communauté Talents ! Vous serez parmi les premiers informés de
nos nouvelles opportunités chez Casa Viva, Fraîcheur &amp; Co et Vanmol Pro, en magasin comme au
siège.</p>
<p>Vous pouvez mettre à jour vos préférences à tout moment.</p>
<p>À bientôt,<br>L'équipe Talent Acquisition du Groupe Vanmol</p>
<p style="font-size:10px;color:#888">Powered by SmartRecruiters</p>
</body></html>""",
)

_a7 = m(
    "al07",
    "2025-10-28 07:15",
    "StepStone <jobagent@stepstone.be>",
    "12 nouveaux jobs pour « marketing communication »",
    J("alert", "other"),
    html="""<html><body style="font-family:Arial;font-size:14px">
<p>Votre Job Agent a trouvé de nouvelles offres :</p>
<ol>
<li>Marketing Communications Manager – Kallista Cosmetics Benelux BV – Bruxelles</li>
<li>Chargé de communication interne – Groupe hospitalier – Charleroi</li>
<li>Product Marketing Specialist – Meuse Aero Systems SA – Herstal</li>
</ol>
<p><a href="https://www.stepstone.be/fr/candidat/job-agent/results?id=55120&amp;utm_campaign=jobagent">Voir les 12 offres</a></p>
<p style="font-size:10px;color:#8c8c8c">StepStone Belgium NV – Ikaroslaan 19, 1930 Zaventem. Désactiver ce Job Agent.</p>
</body></html>""",
)

_a8 = m(
    "al08",
    "2025-11-10 12:00",
    "Belvia Bank <bvb@myworkday.com>",
    "Votre candidature n'est pas terminée",
    J("alert", "workday", BV, "Social Media Officer"),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Bonjour Baptiste,</p>
<p>Vous avez commencé une candidature pour le poste <b>R-0013551 Social Media Officer</b>, mais
vous ne l'avez pas encore soumise.</p>
<p>Les candidatures incomplètes ne sont pas prises en compte. Reprenez là où vous vous étiez
arrêté : <a href="https://bvb.wd3.myworkdayjobs.com/fr-FR/Belvia_Careers/job/R-0013551/apply">terminer ma candidature</a></p>
<p>Talent Acquisition – Belvia</p>
</body></html>""",
)

_a9 = m(
    "al09",
    "2025-12-09 18:20",
    "LinkedIn <jobs-listings@linkedin.com>",
    "Ardenna Pharma recrute : 3 nouvelles offres",
    J("alert", "linkedin", AR),
    html="""<html><body style="font-family:-apple-system,Helvetica;font-size:14px">
<p>Ardenna Pharma, une entreprise que vous suivez, a publié de nouvelles offres :</p>
<ul><li>Medical Affairs Manager – Wavre</li><li>QA Specialist – Bierges</li><li>HR Business Partner – Wavre</li></ul>
<p><a href="https://www.linkedin.com/company/ardenna-pharma/jobs/?trk=eml-company_jobs">Voir les offres</a></p>
<p style="font-size:11px;color:#666">© 2025 LinkedIn Ireland Unlimited Company</p>
</body></html>""",
)

_a10 = m(
    "al10",
    "2026-01-05 06:10",
    "Actiris <no-reply@actiris.brussels>",
    "Nouvelles offres d'emploi pour vous",
    J("alert", "other"),
    """Bonjour,

Voici les nouvelles offres d'emploi qui correspondent à votre profil :

- Chargé·e de communication (M/F/X) – Administration communale (Bruxelles-Est) – CDD 1 an
- Brand Activation Manager – Confiserie Lemaire – Anderlecht
- Communication Officer (FR/NL) – Organisme régional bruxellois (mobilité)

Consultez-les sur https://www.actiris.brussels/fr/citoyens/offres-d-emploi/

Actiris – Votre partenaire pour l'emploi à Bruxelles
Vous pouvez vous désinscrire de ces alertes dans My Actiris.""",
)

_a11 = m(
    "al11",
    "2026-01-19 06:30",
    "Jobat <jobmail@jobat.be>",
    "Baptiste, 7 nouveaux jobs pour vous",
    J("alert", "other"),
    """Jobat.be – Vos nouveaux jobs

Votre recherche : « brand manager » – Bruxelles + 30 km

Senior Brand Manager – Orélia Telecom – Bruxelles
Brand Manager Snacks – Biscuiterie Dumoulin – Herve (via Delvaux Sélection)
Marketing Manager – Miam Box – Louvain-la-Neuve
... et 4 autres offres

Voir tous les jobs : https://www.jobat.be/fr/jobmail/4471920?utm_source=jobmail

Jobat.be – DPG Media NV, Mediaplein 1, 2018 Antwerpen""",
)

# --- recruiter and agency outreach ----------------------------------------------------------

_r_or = m(
    "ou01",
    "2025-09-17 13:22",
    "Pieter Janssens via LinkedIn <inmail-hit-reply@linkedin.com>",
    "Senior Brand Manager – Orélia Telecom",
    J("outreach", "linkedin", "Orélia Telecom", "Senior Brand Manager", "en"),
    """Hi Baptiste,

I'm Pieter, Talent Acquisition Lead at Orélia Telecom. We're building a new consumer brand
team in Brussels and I came across your profile – your experience launching products in
retail caught my eye.

We're looking for a Senior Brand Manager for our mobile offer (French-speaking, Dutch is a
plus). Would you be open to a quick 20-minute call next week to hear more?

Best,
Pieter

Pieter Janssens
Talent Acquisition Lead at Orélia Telecom

Reply | Not interested
This InMail was sent via LinkedIn Recruiter. © 2025 LinkedIn Ireland Unlimited Company.""",
)

_r_px = m(
    "ou02",
    "2025-10-20 11:48",
    "Proxi Interim Charleroi <charleroi@proxi-interim.example>",
    "Mission intérim – Chargé(e) de communication (6 mois)",
    J("outreach", "agency", None, "Chargé(e) de communication"),
    """Bonjour Baptiste,

Votre CV est enregistré dans notre base de données et votre profil pourrait correspondre à une
mission que nous venons de recevoir :

Chargé(e) de communication – mission intérimaire de 6 mois (possibilité de prolongation)
Lieu : Charleroi
Client : acteur du secteur public local
Horaire : temps plein, 38h/semaine
Début : dès que possible

Intéressé(e) ? Contactez-nous au 071 30 44 90 ou répondez simplement à ce mail.

Cordialement,

Jessica Verhulst
Consultante – Proxi Interim Charleroi
Boulevard Tirou 55 – 6000 Charleroi
Agréation W.INT.227 – B-AG.304""",
)

_r_vh = m(
    "ou03",
    "2025-12-03 08:15",
    "Michel Van Hove <mvh@vanhove-executive.example>",
    "Confidentiel – Head of Marketing",
    J("outreach", "agency", None, "Head of Marketing"),
    """Bonjour Monsieur Vandenbroucke-Amrani,

Notre cabinet accompagne une scale-up belge de la fintech (± 120 collaborateurs, forte
croissance) dans le recrutement de son/sa Head of Marketing.

La mission est confidentielle ; je ne peux pas citer le nom du client à ce stade. Votre nom
m'a été recommandé par une ancienne collègue de Nordal.

Auriez-vous quinze minutes cette semaine pour un échange téléphonique ?

Bien cordialement,

Michel Van Hove
Partner – Van Hove Executive Search
Avenue de Tervueren 412 – 1150 Bruxelles
+32 475 60 12 33""",
)

_r_so = m(
    "ou04",
    "2026-01-21 16:40",
    "Chloé Derycke via LinkedIn <inmail-hit-reply@linkedin.com>",
    "Poste de Communication Manager chez Sonaria Energy",
    J("outreach", "linkedin", "Sonaria Energy", "Communication Manager"),
    """Bonjour Baptiste,

Je suis recruteuse interne chez Sonaria Energy, fournisseur d'énergie verte basé à Bruxelles.
Nous ouvrons un poste de Communication Manager (B2C) et votre profil m'a semblé très
intéressant.

Seriez-vous disponible pour un premier échange informel cette semaine ou la suivante ?

Bien à vous,
Chloé

Chloé Derycke – Talent Acquisition chez Sonaria Energy
Répondre | Pas intéressé(e)
Cet InMail a été envoyé via LinkedIn Recruiter.""",
)

# --- other job mail --------------------------------------------------------------------------

_oj1 = m(
    "oj01",
    "2025-09-03 12:20",
    "Actiris <no-reply@actiris.brussels>",
    "Votre compte My Actiris a été créé",
    J("other_job", "other"),
    """Bonjour Baptiste Vandenbroucke-Amrani,

Votre compte My Actiris a bien été créé.

En tant que travailleur·euse inscrit·e comme chercheur·euse d'emploi libre, vous pouvez
désormais postuler en ligne aux offres d'emploi, enregistrer vos alertes et gérer votre CV.

Activez votre compte dans les 48 heures via ce lien :
https://my.actiris.brussels/activation?token=7f2b1e

Actiris""",
)

_oj2 = m(
    "oj02",
    "2025-10-23 10:00",
    "Belvia Talent Acquisition <talent@belviabank.example>",
    "Votre avis compte : votre expérience candidat chez Belvia",
    J("other_job", "direct", BV, BV1),
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Bonjour Baptiste,</p>
<p>Vous avez récemment participé à une procédure de recrutement chez Belvia (Brand &amp;
Communication Specialist). Quel que soit le résultat, votre avis nous aide à améliorer notre
façon de recruter.</p>
<p>Le questionnaire prend 3 minutes et est entièrement anonyme :</p>
<p><a href="https://belvia.eu.qualtrics.com/jfe/form/SV_9ZxCandExp?src=wd">Donner mon avis</a></p>
<p>Merci d'avance !<br>L'équipe Talent Acquisition</p>
<p style="font-size:10px;color:#7a7a7a">Belvia Bank SA/NV – Boulevard du Régent 31, 1000 Bruxelles</p>
</body></html>""",
)

_oj3 = m(
    "oj03",
    "2026-02-12 09:30",
    "Fietsly <no-reply@teamtailor-mail.com>",
    "Can we keep your data?",
    J("other_job", "teamtailor", FT, lang="en"),
    """Hi Baptiste,

Some time ago you applied for a job at Fietsly. According to GDPR we can only keep your
personal data for a limited time. We'd love to keep you in our talent pool, so we can reach
out when a new role matches your profile.

Would you like us to keep your data for 12 more months?

Yes, keep my data: https://fietsly.teamtailor.com/connect/consent/8a2e?answer=yes
No, remove my data: https://fietsly.teamtailor.com/connect/consent/8a2e?answer=no

If we don't hear from you within 30 days, your data will be removed.

Fietsly BV · Quai des Charbonnages 40, 1080 Brussels""",
)

MAIL: list[dict[str, Any]] = [
    _h1, _h2, _h3, _h4, _h5,
    _v1, _v2, _v3, _v4, _v5, _v6, _v7,
    _r1, _r2, _r3,
    _l1, _l2,
    _i1, _i2,
    _b4, _b5,
    _x1,
    _d0, _d1, _d2, _d3, _d3a, _d4, _d5, _d6, _d7, _d8,
    _k1, _k2,
    _g1, _g2, _g3, _g4,
    _m3, _m4,
    _a1, _a2, _a3, _a4, _a5, _a6, _a7, _a8, _a9, _a10, _a11,
    _r_or, _r_px, _r_vh, _r_so,
    _oj1, _oj2, _oj3,
]  # fmt: skip

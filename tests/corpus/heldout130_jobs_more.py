# ruff: noqa: E501, RUF100
"""Corpus 130, job mail part two (data only): see heldout130.py.

Applications 12 to 22, the onboarding mail after the accepted offer, alerts, talent communities,
an incomplete-application nudge, recruiter and agency outreach, portal and survey mail."""

from __future__ import annotations

from heldout130_jobs import (
    AQ,
    AQR,
    AR,
    ARR,
    BVR,
    BVR2,
    ELD,
    FC,
    FCR,
    FM,
    FMR,
    GG,
    GGR,
    HB,
    HBR,
    HW,
    MB,
    MBR,
    MC,
    MCR,
    MY_ROUX,
    MY_ROUX_2,
    OV,
    OVR,
    SR_TR,
    TR,
    TRR,
    TS_ENTOUR,
    VD,
    VDR,
    WD_BVR,
    WTTJ,
    A,
    J,
    _hellowork,
    _sr_html,
    _talentsoft,
    _workday,
    _wttj,
    ics,
    m,
    thread,
)

# --- 12. Aquatis Ingénierie, Responsable RH (Apec, then the CEO) -----------------------------------

MARC = "Marc Ferrandon <marc.ferrandon@aquatis-ingenierie.example>"

_aq1 = m(
    "ap1017q",
    "2025-10-17 08:25",
    "Apec <noreply@apec.fr>",
    "Confirmation de votre candidature",
    A("confirmation", AQ, AQR, 12, "other"),
    html="""<html><body style="font-family:Arial,Helvetica,sans-serif;color:#1c1c1c;background:#f5f5f5">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:16px 24px;border-bottom:4px solid #e4007c"><img src="https://www.apec.fr/files/live/sites/www/files/mails/logo-apec.png" alt="Apec" height="34"></td></tr>
<tr><td style="padding:24px">
<p>Bonjour Laure Vercherin,</p>
<p>Votre candidature a bien été envoyée au recruteur pour l'offre :</p>
<p style="background:#f7f0f4;padding:12px"><b>Responsable Ressources Humaines H/F</b><br>AQUATIS INGENIERIE<br>Champagne-au-Mont-d'Or - 69<br>Réf. Apec : 176804512W</p>
<p>Vous pouvez retrouver l'ensemble de vos candidatures dans votre espace « Mes candidatures ».</p>
<p><a href="https://www.apec.fr/candidat/mon-espace/mes-candidatures.html?xtor=EPR-12" style="color:#e4007c">Accéder à mes candidatures</a></p>
<p>Besoin d'aide pour préparer vos entretiens ? Les consultants Apec vous accompagnent gratuitement.</p>
<p>L'équipe Apec</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#777">Apec – Association pour l'emploi des cadres – 51 boulevard Brune, 75014 Paris. Ceci est un message automatique, merci de ne pas y répondre.</td></tr>
</table></body></html>""",
)

_aq2 = m(
    "aq1106i",
    "2025-11-06 07:49",
    MARC,
    "Rencontre",
    A("interview", AQ, AQR, 12, "direct"),
    text="""Madame,

Votre candidature, reçue par l'intermédiaire de l'Apec, a retenu mon attention. Nous sommes un bureau d'études de 85 personnes (hydraulique et traitement de l'eau) et ce sera notre premier poste de RRH à temps plein.

Je vous propose de nous rencontrer jeudi 13 novembre à 9h00 à nos bureaux. Je vous envoie une invitation ; dites-moi si l'horaire ne vous convient pas.

Cordialement,

Marc Ferrandon
Président
AQUATIS INGÉNIERIE – SAS
3 chemin de la Bruyère – 69410 Champagne-au-Mont-d'Or
""",
    ics=ics(
        "5q0a8b3nfv2m1aquatis@google.com",
        "2025-11-13 09:00",
        "Entretien RRH - Mme Vercherin",
        ("Marc Ferrandon", "marc.ferrandon@aquatis-ingenierie.example"),
        minutes=75,
        location="Aquatis Ingénierie, 3 chemin de la Bruyère, 69410 Champagne-au-Mont-d'Or",
    ),
)

_aq3 = m(
    "aq1128h",
    "2025-11-28 19:02",
    MARC,
    "RE: Rencontre",
    A("confirmation", AQ, AQR, 12, "direct"),
    text="""Madame,

Je reviens vers vous après notre entretien du 13 novembre, que j'ai beaucoup apprécié.

Nous venons malheureusement d'apprendre le report de deux contrats importants avec des collectivités, ce qui m'oblige à geler les créations de postes prévues pour le premier semestre 2026, dont celle de RRH. Je ne souhaite pas vous faire attendre sans vous le dire.

Je garde précieusement votre dossier et je me permettrai de vous recontacter si la situation se débloque au printemps.

Avec mes excuses pour ce contretemps,

Marc Ferrandon
""",
    st="on_hold",
    **thread(_aq2),
)

# --- 13. Imprimerie Gerland Graphic, Assistant(e) RH et paie (France Travail) ----------------------

_gg1 = m(
    "ft1103g",
    "2025-11-03 20:18",
    "France Travail <noreply@francetravail.fr>",
    "Votre candidature a bien été transmise",
    A("confirmation", GG, GGR, 13, "other"),
    text="""Bonjour Madame VERCHERIN,

Votre candidature a bien été transmise à l'employeur pour l'offre suivante :

Offre n° 196KPLW
Assistant RH et paie (H/F)
IMPRIMERIE GERLAND GRAPHIC - 69007 LYON 07
Contrat à durée indéterminée - 35H Horaires normaux

L'employeur prendra contact avec vous s'il souhaite donner suite à votre candidature.

Retrouvez vos candidatures dans votre espace personnel, rubrique « Mes candidatures » :
https://candidat.francetravail.fr/candidatures/suivi

Cordialement,
France Travail

Ce message vous est adressé automatiquement, merci de ne pas y répondre.
""",
)

# --- 14. Maisons Bellecour, Chargé(e) de recrutement (Jobaffinity) --------------------------------

JA_MB = "Maisons Bellecour Hospitality <noreply@jobaffinity.fr>"

_mb1 = m(
    "ja1107b",
    "2025-11-07 12:30",
    JA_MB,
    "Accusé de réception de votre candidature",
    A("confirmation", MB, MBR, 14, "other"),
    html="""<html><body style="font-family:Georgia,serif;color:#2b2b2b">
<p><img src="https://jobaffinity.fr/media/company/maisons-bellecour/logo.png" alt="Maisons Bellecour" height="60"></p>
<p>Bonjour Laure,</p>
<p>Nous avons bien reçu votre candidature au poste de <b>Chargé de recrutement H/F</b> (Lyon 2e, siège) et nous vous en remercions.</p>
<p>Notre équipe Ressources Humaines étudie chaque candidature avec attention. Nous reviendrons vers vous dans un délai de trois semaines.</p>
<p>Belle journée,</p>
<p>Le service Ressources Humaines<br><i>Maisons Bellecour · Hôtels &amp; Résidences de charme</i></p>
<p style="font-size:11px;color:#888;font-family:Arial,sans-serif">Offre : <a href="https://jobaffinity.fr/apply/mb7q2xk41pdaz09r">jobaffinity.fr/apply/mb7q2xk41pdaz09r</a> — Vous pouvez retirer votre candidature ou supprimer vos données à tout moment : <a href="https://jobaffinity.fr/candidate/privacy/mb7q2xk41pdaz09r">gérer mes données</a>.</p>
</body></html>""",
)

_mb2 = m(
    "ja1124b",
    "2025-11-24 09:41",
    JA_MB,
    "Votre candidature - Chargé de recrutement H/F",
    A("rejection", MB, MBR, 14, "other"),
    html="""<html><body style="font-family:Georgia,serif;color:#2b2b2b">
<p><img src="https://jobaffinity.fr/media/company/maisons-bellecour/logo.png" alt="Maisons Bellecour" height="60"></p>
<p>Bonjour Laure,</p>
<p>Nous vous remercions de l'intérêt que vous portez à notre maison.</p>
<p>Votre candidature a retenu notre attention, toutefois nous ne donnerons pas suite à celle-ci : nous recherchons pour ce poste une expérience du recrutement dans l'hôtellerie-restauration, notamment pour nos besoins saisonniers.</p>
<p>Nous vous souhaitons une belle réussite dans vos projets professionnels.</p>
<p>Le service Ressources Humaines<br><i>Maisons Bellecour · Hôtels &amp; Résidences de charme</i></p>
</body></html>""",
)

# --- 15. Atelier Roux Soieries, Responsable administrative et RH (gérant on orange.fr) ------------

_ar1 = m(
    "or1110r",
    "2025-11-10 08:06",
    "Bernard Roux <bernard.roux69@orange.fr>",
    "Re: Candidature spontanée - Responsable administrative & RH",
    A("interview", AR, ARR, 15, "direct"),
    text="""Bonjour Madame,

Votre courrier tombe bien : notre responsable administrative part en retraite en janvier et je n'avais pas encore pris le temps de passer une annonce.

Nous sommes 23 à l'atelier. Le poste regroupe la paie (avec l'expert-comptable), le personnel, un peu de facturation et les relations avec nos clients de la haute couture pour la partie administrative.

Passez donc à l'atelier jeudi 13 à 17h, 12 rue Imbert-Colomès, au fond de la cour. Sonnez "Roux".

Cordialement
B. Roux
Gérant – Atelier Roux Soieries SARL
04 78 28 40 15

Le 07/11/2025 à 21:14, Laure Vercherin a écrit :
> Monsieur,
>
> Chargée RH depuis six ans dans une PME logistique de l'Est lyonnais, je
> souhaite aujourd'hui rejoindre une entreprise à taille humaine, ancrée à la
> Croix-Rousse, où je pourrais prendre en charge l'ensemble de la fonction
> administrative et RH.
>
> Vous trouverez mon CV en pièce jointe. Je serais ravie de vous présenter
> mon parcours de vive voix.
>
> Bien cordialement,
> Laure Vercherin
> 06 12 47 83 90
""",
    **thread(MY_ROUX),
)

_ar2 = m(
    "or1126r",
    "2025-11-26 12:44",
    "Bernard Roux <bernard.roux69@orange.fr>",
    "Re: Re: Candidature spontanée - Responsable administrative & RH",
    A("rejection", AR, ARR, 15, "direct"),
    text="""Bonjour Madame Vercherin,

Merci pour votre message et encore merci de votre visite, vous avez fait forte impression à l'atelier.

Après réflexion, nous allons nous organiser autrement : ma fille, qui travaillait déjà avec nous à mi-temps, reprend la partie administrative, et nous confierons la paie entièrement à l'expert-comptable. Je ne crée donc pas le poste.

Je vous souhaite de trouver rapidement ce que vous cherchez.

Bien cordialement
B. Roux

Envoyé depuis mon mobile Orange
""",
    **thread(MY_ROUX, MY_ROUX_2),
)

# --- 16. Verdier Distribution, Responsable Recrutement & Marque Employeur (Cadremploi) ------------

_vd1 = m(
    "ce1112v",
    "2025-11-12 22:03",
    "Cadremploi <info@mail.cadremploi.fr>",
    "Votre candidature a bien été envoyée",
    A("confirmation", VD, VDR, 16, "other"),
    html="""<html><body style="font-family:Arial,sans-serif;background:#eef1f5;margin:0">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="padding:18px 24px"><img src="https://www.cadremploi.fr/static/img/emailing/logo-cadremploi.png" alt="Cadremploi" height="30"></td></tr>
<tr><td style="padding:0 24px 24px">
<p style="font-size:18px;color:#0d2c54"><b>Félicitations, votre candidature est partie !</b></p>
<p>Bonjour Laure,</p>
<p>Votre candidature a bien été envoyée pour le poste :</p>
<p style="border-left:4px solid #ff5a3c;padding-left:12px"><b>Responsable Recrutement &amp; Marque Employeur H/F</b><br>Verdier Distribution · Corbas (69)<br>CDI · 50 - 58 k€ brut/an</p>
<p>Astuce : les recruteurs répondent en moyenne sous 15 jours. Pensez à relancer si vous n'avez pas de nouvelles !</p>
<p><a href="https://www.cadremploi.fr/emploi/mes-candidatures?utm_source=transac&amp;utm_medium=email&amp;utm_campaign=postulation" style="background:#ff5a3c;color:#fff;padding:10px 18px;text-decoration:none;border-radius:4px">Suivre mes candidatures</a></p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;background:#f7f8fa">Cadremploi – 10 boulevard de Grenelle, 75015 Paris. Vous recevez cet e-mail car vous avez postulé à une offre sur Cadremploi.</td></tr>
</table></body></html>""",
)

_vd2 = m(
    "vd1113o",
    "2025-11-13 08:00",
    "Julie Marchand <j.marchand@verdier-distribution.example>",
    "Réponse automatique : Responsable Recrutement & Marque Employeur - candidature de Laure Vercherin",
    J("other_job", "direct", VD, VDR),
    text="""Bonjour,

Je suis absente du bureau jusqu'au lundi 17 novembre inclus, avec un accès limité à ma messagerie.

Pour toute urgence, vous pouvez contacter le service RH au 04 72 51 90 00 ou à l'adresse recrutement@verdier-distribution.example.

Cordialement,
Julie Marchand
Responsable RH – Verdier Distribution
""",
    headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    **{"with": 16},
)

_vd3 = m(
    "vd1202r",
    "2025-12-02 11:20",
    "Recrutement Verdier <recrutement@verdier-distribution.example>",
    "Votre candidature",
    A("rejection", VD, VDR, 16, "direct"),
    text="""Madame,

Nous avons bien reçu votre candidature au poste de Responsable Recrutement et Marque Employeur et vous remercions de l'intérêt porté à notre groupe.

Malgré les qualités de votre profil, nous avons retenu des candidatures dont l'expérience du management d'équipe et de la marque employeur dans la grande distribution correspond davantage à notre besoin.

Nous vous souhaitons pleine réussite dans vos recherches.

Cordialement,

Le service Recrutement
VERDIER DISTRIBUTION – Groupe Verdier
ZI Corbas – 12 rue des Frères Lumière – 69960 Corbas
""",
)

# --- 17. Flowmade, Ops & People Manager (Welcome to the Jungle, Teamtailor) ------------------------

_fm1 = m(
    "wj1117f",
    "2025-11-17 13:05",
    WTTJ,
    "Ta candidature chez Flowmade a bien été envoyée",
    A("confirmation", FM, FMR, 17, "other"),
    html=_wttj("Ops & People Manager", "Flowmade", "Villeurbanne", "flowmade"),
)

_fm2 = m(
    "tt1204f",
    "2025-12-04 16:48",
    "Flowmade <no-reply@teamtailor-mail.com>",
    "Ta candidature chez Flowmade",
    A("rejection", FM, FMR, 17, "teamtailor"),
    html="""<html><body style="font-family:Inter,Arial,sans-serif;color:#111;font-size:15px;line-height:1.5">
<div style="max-width:560px;margin:0 auto;padding:24px">
<p><img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logotype-v3/image_uploads/flowmade-logo.png" alt="Flowmade" height="32"></p>
<p>Hello Laure,</p>
<p>Merci d'avoir pris le temps de candidater au poste d'Ops &amp; People Manager chez Flowmade, et désolés d'avoir mis un peu de temps à te répondre 🙏</p>
<p>On a reçu plus de 300 candidatures et on a dû faire des choix difficiles. On a décidé d'avancer avec des profils qui ont déjà géré la partie finance/ops dans une start-up SaaS, et on ne va donc pas poursuivre avec ta candidature pour ce poste.</p>
<p>On te souhaite le meilleur pour la suite, et n'hésite pas à garder un œil sur notre page carrière !</p>
<p>L'équipe Flowmade</p>
<p style="font-size:12px;color:#777;border-top:1px solid #eee;padding-top:12px"><a href="https://flowmade.teamtailor.com/jobs" style="color:#777">flowmade.teamtailor.com</a> · <a href="https://flowmade.teamtailor.com/connect/privacy" style="color:#777">Mes données</a></p>
</div></body></html>""",
    reply_to="Flowmade <jobs@flowmade.example>",
)

# --- 18. Halvard Biotech, HR Coordinator (Workday, English; HireVue) -------------------------------

WD_HB = "Halvard Careers <halvard@myworkday.com>"

_hb1 = m(
    "wd1119h",
    "2025-11-19 18:22",
    WD_HB,
    "Thank you for applying – HR Coordinator (JR-20931)",
    A("confirmation", HB, HBR, 18, "workday", "en"),
    html=_workday(
        "halvard",
        """<p>Dear Laure,</p>
<p>Thank you for your interest in joining Halvard! We have received your application for <b>HR Coordinator (JR-20931)</b> at our Lyon – Gerland site.</p>
<p>Our recruiting team will review your application and contact you if your qualifications match the requirements of the role.</p>
<p>Best regards,<br>Halvard Talent Acquisition<br>Halvard Biotech France SAS</p>""",
        "en",
    ),
)

_hb2 = m(
    "hv1124h",
    "2025-11-24 14:15",
    "Halvard Biotech <noreply@hirevue.com>",
    "Next step: your on-demand video interview for HR Coordinator",
    A("assessment", HB, HBR, 18, "hirevue", "en"),
    html="""<html><body style="font-family:Arial,sans-serif;color:#222">
<p><img src="https://assets.hirevue.com/email/halvard/logo.png" alt="Halvard" height="40"></p>
<p>Hi Laure,</p>
<p>Thank you for your interest in the <b>HR Coordinator</b> position. As the next step in our hiring process, we invite you to complete an on-demand video interview.</p>
<p>You will be asked 5 questions and will have up to 3 minutes to answer each one. You can complete it at any time before <b>December 1, 2025 at 11:59 PM CET</b>, on your computer or mobile device. A practice question is available before you start.</p>
<p><a href="https://app.hirevue.com/interviews/halvard/hr-coordinator-jr20931?invite=Q7fK2mZp" style="background:#00a3e0;color:#fff;padding:10px 18px;text-decoration:none">Start Interview</a></p>
<p>Good luck!<br>The Halvard Talent Acquisition Team</p>
<p style="font-size:11px;color:#888">Need help? Visit <a href="https://candidatesupport.hirevue.com">candidatesupport.hirevue.com</a>. HireVue, Inc. processes your data on behalf of Halvard Biotech.</p>
</body></html>""",
)

_hb3 = m(
    "wd1218h",
    "2025-12-18 09:35",
    WD_HB,
    "Update on your application",
    A("rejection", HB, HBR, 18, "workday", "en"),
    html=_workday(
        "halvard",
        """<p>Dear Laure,</p>
<p>Thank you for taking the time to complete your video interview for the HR Coordinator position (JR-20931).</p>
<p>We appreciated learning more about you. After reviewing all candidates, we have decided not to move forward with your application at this time. The team has selected a candidate with prior experience supporting GMP production teams.</p>
<p>We encourage you to apply for future roles that match your skills.</p>
<p>Kind regards,<br>Halvard Talent Acquisition</p>""",
        "en",
    ),
)

# --- 19. Transalp Logistics again, HR Generalist (re-application) ----------------------------------

OLIVIA = "Olivia Brandt <olivia.brandt@transalp-logistics.example>"

_tr3 = m(
    "sr1201t",
    "2025-12-01 08:44",
    SR_TR,
    "Thank you for your application to Transalp Logistics",
    A("confirmation", TR, TRR, 19, "smartrecruiters", "en"),
    html=_sr_html(
        "Transalp Logistics",
        "TransalpLogisticsSA",
        """<p>Dear Laure,</p>
<p>Thank you for applying for the position of <strong>HR Generalist</strong>. We have received your application and our Talent team will review it carefully.</p>
<p>We receive a high number of applications, so it may take up to three weeks before you hear from us. If your profile matches what we are looking for, a member of our team will reach out to arrange a first conversation.</p>
<p>Kind regards,<br>Talent Acquisition Team<br>Transalp Logistics</p>
<p style="font-size:12px;color:#777">Job ID: 3744187203 &middot; <a href="https://jobs.smartrecruiters.com/TransalpLogisticsSA/3744187203-hr-generalist-f-m-d-?trid=c02a">View job posting</a></p>""",
    ),
)

_tr4 = m(
    "tr1215o",
    "2025-12-15 15:31",
    OLIVIA,
    "HR Generalist – Lyon: next steps",
    A("interview", TR, TRR, 19, "direct", "en"),
    text="""Hi Laure,

Nice to see your name again! Since September the scope of the HR Generalist role has changed: payroll is now handled by our shared service centre in Annecy, and the position focuses on recruitment, onboarding and employee relations for the Saint-Priest and Corbas hubs. I think it fits your profile much better now.

Would you be available for a 45-minute video call on Thursday, December 18 at 10:00? I have sent you a calendar invitation.

Best,
Olivia

Olivia Brandt
Talent Partner France & Benelux | Transalp Logistics
+33 4 37 24 80 12
""",
    ics=ics(
        "2b7tr0nxq8slv4hrg@google.com",
        "2025-12-18 10:00",
        "Transalp – HR Generalist – Laure Vercherin / Olivia Brandt",
        ("Olivia Brandt", "olivia.brandt@transalp-logistics.example"),
        minutes=45,
        location="https://meet.google.com/tvb-hkyu-zzq",
        description="First interview for the HR Generalist role (Lyon hubs).",
    ),
)

_tr5 = m(
    "tr0106g",
    "2026-01-06 11:02",
    "Stéphane Guillot <stephane.guillot@transalp-logistics.example>",
    "Invitation: Entretien HR Generalist - site de Saint-Priest @ ven. 9 janv. 2026 10:00 - 11:00 (CET) (laure.vercherin@gmail.com)",
    A("interview", TR, TRR, 19, "direct"),
    text="""Stéphane Guillot vous a invité à un événement.

Entretien HR Generalist - site de Saint-Priest
Quand : vendredi 9 janvier 2026 10:00 – 11:00 (heure normale d'Europe centrale - Paris)
Où : Transalp Logistics – Hub Saint-Priest, 8 rue du Dauphiné, 69800 Saint-Priest (accueil poste de garde)

Bonjour Laure, suite à votre échange avec Olivia, je vous propose de venir découvrir le site. Nous ferons le tour de l'entrepôt après l'entretien. Prévoyez des chaussures fermées ! Stéphane Guillot, Responsable RH sites Lyon

Invités
Stéphane Guillot - organisateur
Olivia Brandt
laure.vercherin@gmail.com

Invitation de Google Agenda
""",
    ics=ics(
        "6g2trsaintpriest09@google.com",
        "2026-01-09 10:00",
        "Entretien HR Generalist - site de Saint-Priest",
        ("Stéphane Guillot", "stephane.guillot@transalp-logistics.example"),
        attendees=[("Olivia Brandt", "olivia.brandt@transalp-logistics.example")],
        location="Transalp Logistics – Hub Saint-Priest, 8 rue du Dauphiné, 69800 Saint-Priest",
    ),
)

_tr6 = m(
    "tr0115w",
    "2026-01-15 10:26",
    OLIVIA,
    "Re: HR Generalist – Lyon: next steps",
    A("confirmation", TR, TRR, 19, "direct", "en"),
    text="""Hi Laure,

Thanks a lot for letting us know so quickly, and congratulations on your new role! Stéphane and I are sorry to lose you, but we completely understand.

I have withdrawn your application in our system, so you will not receive any further messages about this position.

All the best for the start in March,
Olivia

On Wed, Jan 14, 2026 at 9:47 PM Laure Vercherin <laure.vercherin@gmail.com> wrote:
> Dear Olivia,
>
> I wanted to let you know that I have accepted another offer and would
> like to withdraw from the HR Generalist process. Thank you very much
> to you and Stéphane for your time and for the visit of the hub.
>
> Best regards,
> Laure
""",
    st="withdrawn",
    **thread(_tr4, "<CAH8kR2uM0p3Vw9kJq1d@mail.gmail.com>"),
)

# --- 20. BVR, HR Business Partner Junior (Workday) -------------------------------------------------

_bv5 = m(
    "wd4602a",
    "2025-12-03 21:55",
    WD_BVR,
    "Confirmation de candidature – R-04602 HR Business Partner Junior (H/F)",
    A("confirmation", BVR, BVR2, 20, "workday"),
    html=_workday(
        "bvrgroupe",
        """<p>Bonjour Laure,</p>
<p>Nous vous remercions pour votre candidature au poste <b>R-04602 HR Business Partner Junior (H/F)</b> basé à Vénissieux.</p>
<p>Notre équipe Talent Acquisition étudie chaque candidature avec attention. Nous reviendrons vers vous dans les meilleurs délais pour vous informer de la suite donnée à votre candidature.</p>
<p>Cordialement,</p>
<p>L'équipe Talent Acquisition<br>Bâtiments et Voiries du Rhône SAS</p>""",
    ),
)

_bv6 = m(
    "wd4602t",
    "2025-12-05 10:11",
    WD_BVR,
    "Action requise : une tâche vous attend",
    A("assessment", BVR, BVR2, 20, "workday"),
    html=_workday(
        "bvrgroupe",
        """<p>Bonjour Laure,</p>
<p>Dans le cadre de votre candidature au poste R-04602 HR Business Partner Junior (H/F), une nouvelle tâche est disponible dans votre espace candidat :</p>
<p style="padding:10px;background:#f3f6f9"><b>Questionnaire de mise en situation – Relations sociales</b><br>Durée estimée : 40 minutes · À compléter avant le 12/12/2025</p>
<p>Ce questionnaire comporte trois cas pratiques (gestion d'un conflit sur chantier, préparation d'une réunion CSE, accompagnement d'un manager). Vos réponses seront étudiées par l'équipe RH avant la sélection des candidats reçus en entretien.</p>
<p>Cordialement,<br>L'équipe Talent Acquisition</p>""",
    ),
)

_bv7 = m(
    "wd4602r",
    "2026-01-08 17:03",
    WD_BVR,
    "Votre candidature chez BVR",
    A("rejection", BVR, BVR2, 20, "workday"),
    html=_workday(
        "bvrgroupe",
        """<p>Bonjour Laure,</p>
<p>Merci d'avoir pris le temps de compléter notre questionnaire de mise en situation.</p>
<p>Après étude de l'ensemble des candidatures, nous sommes au regret de vous informer que nous ne donnerons pas suite à votre candidature pour le poste R-04602. Nous avons privilégié des profils disposant d'une première expérience des relations sociales en environnement syndiqué.</p>
<p>Nous vous remercions pour votre intérêt renouvelé envers BVR et vous souhaitons pleine réussite.</p>
<p>Bien cordialement,<br>L'équipe Talent Acquisition<br>Bâtiments et Voiries du Rhône SAS</p>""",
    ),
)

# --- 21. Orvalys, Chargé(e) de recrutement et marque employeur (outreach, SmartRecruiters) --------

CLAIRE = "Claire Besson <claire.besson@orvalys.example>"

_ov0 = m(
    "li1208o",
    "2025-12-08 09:14",
    "Claire Besson via LinkedIn <inmail-hit-reply@linkedin.com>",
    "Une opportunité chez Orvalys ?",
    J("outreach", "linkedin", OV, OVR),
    text="""Claire Besson
Talent Acquisition Lead chez Orvalys

Bonjour Laure,

Je suis Claire, responsable du recrutement chez Orvalys (cosmétique naturelle, 350 personnes, siège et usine à Lyon 9e). Nous ouvrons un poste de chargé(e) de recrutement et marque employeur, et votre profil m'a tout de suite fait penser à nous : recrutement en volume pour des métiers de production, relations écoles, et une vraie appétence pour la marque employeur d'après vos publications.

Si le sujet vous intéresse, l'offre est ici : https://jobs.smartrecruiters.com/Orvalys1/744000189512-charge-e-de-recrutement-et-marque-employeur
Je serais ravie d'en discuter avec vous.

Belle journée,
Claire

Répondre : https://www.linkedin.com/messaging/thread/2-OGRlMjE3?trk=eml-inmail

------------------------------
Vous recevez des InMails. Se désabonner : https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.
""",
    **{"with": 21},
)

_ov1 = m(
    "sr1210o",
    "2025-12-10 22:37",
    "Orvalys <noreply@smartrecruiters.com>",
    "Merci pour votre candidature",
    A("confirmation", OV, OVR, 21, "smartrecruiters"),
    html=_sr_html(
        "Orvalys",
        "Orvalys1",
        """<p>Bonjour Laure,</p>
<p>Merci pour votre candidature au poste de <strong>Chargé(e) de recrutement et marque employeur</strong>. Nous l'avons bien reçue !</p>
<p>Notre équipe va l'étudier avec attention et reviendra vers vous rapidement.</p>
<p>À bientôt,<br>L'équipe Talents d'Orvalys</p>""",
        "fr",
    ),
)

_ov2 = m(
    "ov1217i",
    "2025-12-17 12:09",
    CLAIRE,
    "Entretien Teams – Chargé(e) de recrutement & marque employeur",
    A("interview", OV, OVR, 21, "direct"),
    text="""Bonjour Laure,

Ravie que vous ayez postulé ! Comme convenu par téléphone, je vous envoie l'invitation pour notre premier entretien le lundi 22 décembre à 11h00 sur Teams.

À lundi,
Claire

Claire BESSON
Talent Acquisition Lead
ORVALYS – 60 quai Paul Sédaillan – 69009 Lyon
________________________________________________________________________________
Réunion Microsoft Teams
Rejoindre sur votre ordinateur, application mobile ou appareil de salle
Cliquez ici pour participer à la réunion<https://teams.microsoft.com/l/meetup-join/19%3ameeting_OTdhZmY0%40thread.v2/0>
ID de la réunion : 351 020 884 117  Code secret : hT3mQ2
________________________________________________________________________________
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000E0C5A1B37C6FDC01000000000000000010000000",
        "2025-12-22 11:00",
        "Entretien Laure Vercherin – Chargé(e) de recrutement & marque employeur",
        ("BESSON Claire", "claire.besson@orvalys.example"),
        style="outlook",
        location="Réunion Microsoft Teams",
    ),
)

# --- 22. Fromageries Chabert, Chargé(e) RH (HelloWork) ---------------------------------------------

_fc1 = m(
    "hw1211c",
    "2025-12-11 19:58",
    HW,
    "Votre candidature a bien été envoyée",
    A("confirmation", FC, FCR, 22, "other"),
    html=_hellowork(
        "Candidature envoyée !",
        "Votre candidature a bien été transmise au recruteur pour l'offre suivante :",
        "Chargé RH H/F",
        "Fromageries Chabert",
        "Saint-Genis-Laval - 69 · CDI · Temps plein",
        "c93d11",
    ),
)

_fc2 = m(
    "hw0105c",
    "2026-01-05 10:12",
    HW,
    "Bonne nouvelle : votre candidature a été consultée",
    A("viewed", FC, FCR, 22, "other"),
    html=_hellowork(
        "Votre candidature a été consultée 👀",
        "Le recruteur a consulté votre candidature. Restez attentif à vos e-mails et à votre téléphone dans les prochains jours !",
        "Chargé RH H/F",
        "Fromageries Chabert",
        "Saint-Genis-Laval - 69 · CDI · Temps plein",
        "c93d11",
    ),
)

# --- After the accepted offer: onboarding (other job mail) -----------------------------------------

_mc9 = m(
    "mc0128w",
    "2026-01-28 14:40",
    "Élodie Garnier <elodie.garnier@mutuelle-canuts.example>",
    "Votre arrivée le 2 mars - éléments à nous transmettre",
    J("other_job", "direct", MC, MCR),
    text="""Bonjour Madame Vercherin,

Toute l'équipe RH se réjouit de votre arrivée le lundi 2 mars !

Afin de préparer votre dossier administratif, merci de nous transmettre avant le 13 février :
- une copie de votre pièce d'identité et de votre carte Vitale ;
- un RIB ;
- votre attestation de fin de contrat ou, à défaut, la date de fin de votre préavis ;
- le formulaire mutuelle / prévoyance ci-joint, complété ;
- une photo d'identité pour votre badge.

Vous pouvez les déposer sur l'espace sécurisé suivant : https://depot.mutuelle-canuts.example/onboarding/LV2026

Le jour J, M. Lacombe vous accueillera à 9h00 à l'accueil du siège.

Bien cordialement,

Élodie GARNIER
Assistante Ressources Humaines
Mutuelle des Canuts
""",
    attach=[
        (
            "Formulaire_adhesion_sante_prevoyance_salaries.pdf",
            "application/pdf",
            "%PDF-1.4\n% Formulaire d'adhésion santé / prévoyance salariés\n%%EOF\n",
        )
    ],
)

_mc10 = m(
    "en0218i",
    "2026-02-18 16:05",
    "Groupe Entour Mutualiste - Intégration <integration@entour-mutualiste.example>",
    "Invitation : Journée d'intégration Groupe - jeudi 5 mars 2026",
    J("other_job", "direct", MC, MCR),
    text="""Bonjour Laure,

Vous rejoignez prochainement l'une des entités du Groupe Entour Mutualiste : bienvenue !

Nous avons le plaisir de vous convier à notre journée d'intégration Groupe, qui réunit tous les nouveaux collaborateurs du trimestre (Mutuelle des Canuts, Entour Assurances, Entour Prévoyance et services Groupe).

Jeudi 5 mars 2026, de 9h00 à 17h00
Siège du Groupe – 40 cours Lafayette, 69003 Lyon – auditorium (2e étage)
Au programme : histoire et valeurs mutualistes, présentation des métiers, déjeuner, visite du plateau de relation adhérents.

Merci d'accepter l'invitation ci-jointe pour confirmer votre présence.

La Direction des Ressources Humaines Groupe
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000INTEG2026030501000000000000000010000000",
        "2026-03-05 09:00",
        "Journée d'intégration Groupe Entour Mutualiste",
        ("Intégration Groupe Entour", "integration@entour-mutualiste.example"),
        style="outlook",
        minutes=480,
        location="Groupe Entour Mutualiste - 40 cours Lafayette, 69003 Lyon - auditorium",
    ),
)

# --- Alerts, talent communities, an incomplete-application nudge ----------------------------------

_al1 = m(
    "la0902a",
    "2025-09-02 07:05",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    "« chargé de recrutement » : 12 nouvelles offres à Lyon",
    J("alert", "linkedin"),
    html="""<html><body style="font-family:-apple-system,system-ui,Roboto,Arial,sans-serif;background:#f3f2ef;color:#191919">
<table width="512" align="center" cellpadding="14" style="background:#fff">
<tr><td><img src="https://static.licdn.com/aero-v1/sc/h/8fkga714vy9b2wk5auqo5reeb" alt="LinkedIn" height="22"></td></tr>
<tr><td><p style="font-size:18px"><b>Votre alerte emploi pour chargé de recrutement à Lyon et périphérie</b></p><p>12 nouvelles offres correspondent à vos préférences.</p></td></tr>
<tr><td><a href="https://www.linkedin.com/comm/jobs/view/4207731190/?trk=eml-email_job_alert_digest_01" style="color:#0a66c2;font-weight:bold">Chargé de recrutement H/F</a><br>Adecco Medical · Lyon · <span style="color:#057642">Candidature simplifiée</span></td></tr>
<tr><td><a href="https://www.linkedin.com/comm/jobs/view/4207718822/?trk=eml-email_job_alert_digest_01" style="color:#0a66c2;font-weight:bold">Talent Acquisition Specialist</a><br>Kairn · Lyon (Hybride)</td></tr>
<tr><td><a href="https://www.linkedin.com/comm/jobs/view/4207690014/?trk=eml-email_job_alert_digest_01" style="color:#0a66c2;font-weight:bold">Chargé(e) de Recrutement et Développement RH</a><br>Groupe Entour Mutualiste · Lyon · Il y a 3 jours</td></tr>
<tr><td><a href="https://www.linkedin.com/comm/jobs/search/?currentJobId=4207731190&amp;keywords=charg%C3%A9%20de%20recrutement&amp;trk=eml" style="background:#0a66c2;color:#fff;padding:8px 16px;border-radius:16px;text-decoration:none">Voir toutes les offres</a></td></tr>
<tr><td style="font-size:11px;color:#888">Vous recevez des alertes emploi. <a href="https://www.linkedin.com/comm/jobs/alerts?trk=eml">Gérer les alertes</a> · <a href="https://www.linkedin.com/comm/psettings/email-unsubscribe">Se désabonner</a><br>© 2025 LinkedIn Ireland Unlimited Company.</td></tr>
</table></body></html>""",
    headers={
        "List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=alert>"
    },
)

_al2 = m(
    "ij0917a",
    "2025-09-17 06:40",
    "Indeed <donotreply@jobalert.indeed.com>",
    "Chargé de recrutement - Lyon (69) : 23 nouvelles offres",
    J("alert", "indeed"),
    html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#2d2d2d">
<table width="600" align="center" cellpadding="10">
<tr><td><img src="https://fr.indeed.com/images/indeed-logo-email.png" alt="Indeed" width="90"></td></tr>
<tr><td><b>23 nouveaux emplois pour « chargé de recrutement » près de Lyon (69)</b></td></tr>
<tr><td><a href="https://fr.indeed.com/rc/clk?jk=8c1a2e0f4b7d3e11&amp;from=ja" style="color:#2557a7;font-size:16px">Chargé de recrutement (H/F)</a><br>Groupe Santé Bellecordière — Lyon 5e<br>CDI · 32 000 € - 36 000 € par an<br><span style="color:#595959">Nous recherchons un(e) chargé(e) RH pour accompagner le recrutement paramédical...</span></td></tr>
<tr><td><a href="https://fr.indeed.com/rc/clk?jk=2f90ab13c77e0d52&amp;from=ja" style="color:#2557a7;font-size:16px">Chargée de Recrutement Intérim</a><br>Rhône Intérim RH — Saint-Priest (69)<br><span style="color:#595959">Candidature facile</span></td></tr>
<tr><td><a href="https://fr.indeed.com/rc/clk?jk=71d4c0e9b2a83f65&amp;from=ja" style="color:#2557a7;font-size:16px">Assistant(e) recrutement - alternance</a><br>Eldoris — Lyon 3e</td></tr>
<tr><td><a href="https://fr.indeed.com/emplois?q=charg%C3%A9+de+recrutement&amp;l=Lyon+(69)&amp;from=ja">Voir tous les emplois</a></td></tr>
<tr><td style="font-size:11px;color:#767676">Vous recevez cet e-mail car vous avez créé une alerte emploi. <a href="https://fr.indeed.com/alert/unsubscribe?id=aa72f">Se désabonner</a><br>Indeed Ireland Operations Ltd, 124 St. Stephen's Green, Dublin 2</td></tr>
</table></body></html>""",
    headers={"List-Unsubscribe": "<https://fr.indeed.com/alert/unsubscribe?id=aa72f>"},
)

_al3 = m(
    "tl0926c",
    "2025-09-26 07:30",
    "Eldoris Talent Community <noreply@taleo.net>",
    "Bienvenue dans la communauté Talents Eldoris",
    J("alert", "taleo", ELD),
    text="""Bonjour Laure,

Merci d'avoir rejoint la communauté Talents Eldoris !

Vous recevrez désormais nos actualités RH et les offres correspondant à vos critères :
- Métiers : Ressources humaines / Recrutement
- Localisation : Auvergne-Rhône-Alpes

Pour modifier vos préférences ou vous désinscrire, rendez-vous dans votre profil :
https://eldoris.taleo.net/careersection/ext_fr/jobagent.ftl?lang=fr

À très bientôt,
L'équipe Marque Employeur Eldoris
""",
)

_al4 = m(
    "ap0929a",
    "2025-09-29 06:12",
    "Apec <alertes@apec.fr>",
    "Vos nouvelles offres Apec : Responsable RH - Rhône",
    J("alert", "other"),
    text="""Bonjour Laure Vercherin,

7 nouvelles offres correspondent à votre alerte « Responsable RH - Rhône » :

> Responsable Ressources Humaines H/F - SOGELYS - Vaulx-en-Velin (69) - 45 à 52 k€
  https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/176710933W?xtor=EPR-10

> RRH de proximité H/F - Groupe Vignal - Lyon 9e (69) - A négocier
  https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/176711802W?xtor=EPR-10

> HR Business Partner H/F - BVR - Vénissieux (69) - 42 à 48 k€
  https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/176713444W?xtor=EPR-10

... et 4 autres offres : https://www.apec.fr/candidat/mon-espace/mes-alertes.html

Modifier ou supprimer cette alerte : https://www.apec.fr/candidat/mon-espace/mes-alertes.html
Apec - Association pour l'emploi des cadres
""",
    headers={"List-Unsubscribe": "<https://www.apec.fr/desabonnement?a=rrh69>"},
)

_al5 = m(
    "wj1012a",
    "2025-10-12 18:00",
    "Welcome to the Jungle <alerts@welcometothejungle.com>",
    "8 jobs RH à Lyon qui pourraient te plaire",
    J("alert", "other"),
    html="""<html><body style="font-family:'Work Sans',Arial,sans-serif;background:#fff8e6">
<table width="560" align="center" cellpadding="16" style="background:#fff">
<tr><td><img src="https://cdn.welcometothejungle.com/static/email/logo-wttj.png" alt="Welcome to the Jungle" width="140"></td></tr>
<tr><td><h2>Ta sélection de la semaine</h2><p>Basée sur ton alerte « Talent acquisition / RH – Lyon ».</p></td></tr>
<tr><td><b>People &amp; Culture Manager</b> – Cobalt Studio · Lyon 2e · CDI<br><a href="https://www.welcometothejungle.com/fr/companies/cobalt-studio/jobs/people-culture-manager_lyon?utm_source=alert">Voir l'offre</a></td></tr>
<tr><td><b>Talent Acquisition Manager</b> – Veloce Cargo · Villeurbanne · CDI<br><a href="https://www.welcometothejungle.com/fr/companies/veloce-cargo/jobs/talent-acquisition-manager?utm_source=alert">Voir l'offre</a></td></tr>
<tr><td><b>Ops &amp; People Manager</b> – Flowmade · Villeurbanne · CDI<br><a href="https://www.welcometothejungle.com/fr/companies/flowmade/jobs/ops-people-manager?utm_source=alert">Voir l'offre</a></td></tr>
<tr><td><a href="https://www.welcometothejungle.com/fr/jobs?refinementList%5Boffices.city%5D%5B%5D=Lyon&amp;utm_source=alert" style="background:#ffcd00;color:#1d1d1b;padding:10px 18px;text-decoration:none;font-weight:bold">Voir les 8 jobs</a></td></tr>
<tr><td style="font-size:11px;color:#888"><a href="https://www.welcometothejungle.com/fr/me/settings/alerts">Gérer mes alertes</a></td></tr>
</table></body></html>""",
    headers={"List-Unsubscribe": "<https://www.welcometothejungle.com/fr/me/settings/alerts>"},
)

_al6 = m(
    "ts1022n",
    "2025-10-22 19:15",
    TS_ENTOUR,
    "Votre candidature n'est pas finalisée",
    J("alert", "other", "Entour Prévoyance", "Chargé(e) de mission QVCT"),
    html=_talentsoft(
        """<p>Bonjour Laure Vercherin,</p>
<p>Vous avez commencé à postuler à l'offre <b>Chargé de mission QVCT (H/F) – Entour Prévoyance</b> mais votre candidature n'a pas été envoyée.</p>
<p>Il ne vous reste que quelques étapes : reprenez votre candidature là où vous l'aviez laissée depuis votre espace candidat. Attention, l'offre sera clôturée le 31 octobre.</p>
<p><a href="https://entour-recrute.talent-soft.com/espace-candidat/candidatures-en-cours.aspx">Finaliser ma candidature</a></p>
<p>L'équipe Recrutement du Groupe Entour Mutualiste</p>""",
        "2025-0561",
    ),
)

_al7 = m(
    "fl1027v",
    "2025-10-27 09:00",
    "Groupe Santé Bellecordière <noreply@flatchr.io>",
    "Bienvenue dans notre vivier de talents",
    J("alert", "other", "Groupe Santé Bellecordière"),
    text="""Bonjour Laure,

Suite à votre candidature, vous avez accepté que nous conservions votre profil dans notre vivier de talents. Merci !

Nos 9 établissements (cliniques MCO, SSR et centres d'imagerie) recrutent toute l'année en Auvergne-Rhône-Alpes. Nous vous enverrons les offres correspondant à votre profil RH.

Vous pouvez à tout moment retirer votre consentement : https://careers.flatchr.io/company/sante-bellecordiere/talent-pool/unsubscribe?c=7e21

Le service Recrutement – Groupe Santé Bellecordière
""",
)

_al8 = m(
    "ce1102a",
    "2025-11-02 08:30",
    "Cadremploi <alertes@cadremploi.fr>",
    "3 nouvelles offres pour votre alerte « RRH Lyon »",
    J("alert", "other"),
    html="""<html><body style="font-family:Arial,sans-serif">
<p><img src="https://www.cadremploi.fr/static/img/emailing/logo-cadremploi.png" alt="Cadremploi" height="26"></p>
<p>Bonjour Laure,</p>
<p>Voici les dernières offres correspondant à votre alerte <b>RRH Lyon</b> :</p>
<ul>
<li><a href="https://www.cadremploi.fr/emploi/detail_offre?offreId=159982120&amp;utm_source=alerte">Responsable Recrutement &amp; Marque Employeur H/F</a> – Verdier Distribution – Corbas</li>
<li><a href="https://www.cadremploi.fr/emploi/detail_offre?offreId=159978031&amp;utm_source=alerte">Responsable RH Site H/F</a> – Confidentiel – Bourgoin-Jallieu</li>
<li><a href="https://www.cadremploi.fr/emploi/detail_offre?offreId=159975417&amp;utm_source=alerte">HRBP H/F</a> – Hays pour son client – Lyon 3e</li>
</ul>
<p style="font-size:11px;color:#888"><a href="https://www.cadremploi.fr/alertes/gerer">Gérer mes alertes</a> · Cadremploi – 10 boulevard de Grenelle, 75015 Paris</p>
</body></html>""",
    headers={"List-Unsubscribe": "<https://www.cadremploi.fr/alertes/desinscription?a=rrh-lyon>"},
)

_al9 = m(
    "la1118r",
    "2025-11-18 12:02",
    "LinkedIn <jobs-listings@linkedin.com>",
    "Orvalys recrute : Chargé(e) de recrutement et marque employeur",
    J("alert", "linkedin", OV, OVR),
    text="""Orvalys recrute

Une entreprise que vous suivez vient de publier une offre qui pourrait vous intéresser :

Chargé(e) de recrutement et marque employeur
Orvalys · Lyon, Auvergne-Rhône-Alpes, France · Sur site
https://www.linkedin.com/comm/jobs/view/4231880412/?trk=eml-jobs_company_follow

Voir les 4 offres d'Orvalys : https://www.linkedin.com/company/orvalys/jobs/

----
Cet e-mail était destiné à Laure Vercherin (Chargée RH – recrutement & développement)
Se désabonner : https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.
""",
)

_al10 = m(
    "ft1201a",
    "2025-12-01 07:45",
    "France Travail <noreply@francetravail.fr>",
    "De nouvelles offres correspondent à votre recherche",
    J("alert", "other"),
    text="""Bonjour Madame VERCHERIN,

De nouvelles offres correspondent à votre recherche « Chargé / Chargée de recrutement » (Lyon et 20 km) :

- Chargé de recrutement H/F - METROPOLE SERVICES EMPLOI - 69003 LYON 03 - CDI
  https://candidat.francetravail.fr/offres/recherche/detail/197FQZT
- Assistant RH recrutement (H/F) - CLINIQUE DU VAL D'OUEST - 69130 ECULLY - CDD 6 mois
  https://candidat.francetravail.fr/offres/recherche/detail/197FRAB
- Conseiller en recrutement (H/F) - RHONE INTERIM RH - 69800 SAINT PRIEST - CDI
  https://candidat.francetravail.fr/offres/recherche/detail/197FRKE

Gérer mes alertes : https://candidat.francetravail.fr/offres/alertes

France Travail
""",
)

_al11 = m(
    "hw1209a",
    "2025-12-09 06:55",
    "HelloWork <alerte@hellowork.com>",
    "Nouvelles offres : Chargé RH à Lyon",
    J("alert", "other"),
    html="""<html><body style="font-family:Arial,sans-serif;background:#f2f4f7">
<table width="600" align="center" cellpadding="14" style="background:#fff">
<tr><td style="background:#1a0d6b"><img src="https://www.hellowork.com/images/mails/logo-hellowork-blanc.png" alt="HelloWork" height="24"></td></tr>
<tr><td><b>5 nouvelles offres pour votre alerte « Chargé RH - Lyon 69 »</b></td></tr>
<tr><td><a href="https://www.hellowork.com/fr-fr/emplois/71029344.html?utm_source=alerte">Chargé RH H/F</a> – Fromageries Chabert – Saint-Genis-Laval – CDI</td></tr>
<tr><td><a href="https://www.hellowork.com/fr-fr/emplois/71027718.html?utm_source=alerte">Chargé de Ressources Humaines H/F</a> – Transports Mollard Frères – Corbas – CDI</td></tr>
<tr><td><a href="https://www.hellowork.com/fr-fr/emplois/71025102.html?utm_source=alerte">Gestionnaire RH Paie H/F</a> – Cabinet Aubrac Expertise – Lyon 6e – CDI</td></tr>
<tr><td style="font-size:11px;color:#888"><a href="https://www.hellowork.com/fr-fr/candidat/alertes.html">Modifier mon alerte</a> · <a href="https://www.hellowork.com/fr-fr/candidat/desinscription.html">Se désinscrire</a></td></tr>
</table></body></html>""",
    headers={"List-Unsubscribe": "<https://www.hellowork.com/fr-fr/candidat/desinscription.html>"},
)

_al12 = m(
    "ij0106a",
    "2026-01-06 06:38",
    "Indeed <donotreply@jobalert.indeed.com>",
    "Responsable recrutement - Lyon (69) : 9 nouvelles offres",
    J("alert", "indeed"),
    text="""9 nouveaux emplois pour « responsable recrutement » près de Lyon (69)

Responsable recrutement H/F
Laboratoires Berthollet - Lyon 7e
https://fr.indeed.com/rc/clk?jk=c3e019a7b5f2d480&from=ja

Responsable Recrutement et Mobilité (H/F)
Groupe Vignal - Lyon 9e
https://fr.indeed.com/rc/clk?jk=4a8e21d07c9b3f16&from=ja

Talent Acquisition Lead
Veloce Cargo - Villeurbanne
https://fr.indeed.com/rc/clk?jk=e07b4c19a2d8f635&from=ja

Voir tous les emplois : https://fr.indeed.com/emplois?q=responsable+recrutement&l=Lyon+(69)

Se désabonner : https://fr.indeed.com/alert/unsubscribe?id=b91c0
""",
    headers={"List-Unsubscribe": "<https://fr.indeed.com/alert/unsubscribe?id=b91c0>"},
)

_al13 = m(
    "la0121e",
    "2026-01-21 07:02",
    "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
    "Your job alert for HR Business Partner in Lyon",
    J("alert", "linkedin", lang="en"),
    text="""Your job alert for HR Business Partner in Lyon
30+ new jobs match your preferences.

HR Business Partner (F/M/D)
Halvard Biotech · Lyon · Hybrid
https://www.linkedin.com/comm/jobs/view/4240917733/?trk=eml-email_job_alert_digest_01

HR Business Partner – Operations
Transalp Logistics · Saint-Priest · On-site
https://www.linkedin.com/comm/jobs/view/4240870016/?trk=eml-email_job_alert_digest_01

HRBP Industry
Sorelec · Villeurbanne · Hybrid · Easy Apply
https://www.linkedin.com/comm/jobs/view/4240811244/?trk=eml-email_job_alert_digest_01

See all jobs: https://www.linkedin.com/comm/jobs/search?keywords=HR%20Business%20Partner&location=Lyon

Manage your job alerts: https://www.linkedin.com/comm/jobs/alerts
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
This email was intended for Laure Vercherin. © 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.
""",
    headers={
        "List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=alert2>"
    },
)

_al14 = m(
    "ap0203a",
    "2026-02-03 06:10",
    "Apec <alertes@apec.fr>",
    "Vos nouvelles offres Apec : Responsable RH - Rhône",
    J("alert", "other"),
    text="""Bonjour Laure Vercherin,

4 nouvelles offres correspondent à votre alerte « Responsable RH - Rhône » :

> Responsable Ressources Humaines H/F - AQUATIS INGENIERIE - Champagne-au-Mont-d'Or (69) - 48 à 55 k€
  https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/177102291W?xtor=EPR-10

> RRH H/F - Laboratoires Berthollet - Lyon 7e (69) - A négocier
  https://www.apec.fr/candidat/recherche-emploi.html/emploi/detail-offre/177100874W?xtor=EPR-10

... et 2 autres offres : https://www.apec.fr/candidat/mon-espace/mes-alertes.html

Modifier ou supprimer cette alerte : https://www.apec.fr/candidat/mon-espace/mes-alertes.html
Apec - Association pour l'emploi des cadres
""",
    headers={"List-Unsubscribe": "<https://www.apec.fr/desabonnement?a=rrh69>"},
)

# --- Outreach (recruiters, an agency, a headhunter) -------------------------------------------------

_ou1 = m(
    "ri1015o",
    "2025-10-15 10:47",
    "Léa Fabre <lea.fabre@rhone-interim-rh.example>",
    "Mission Chargé(e) RH - 6 mois - Saint-Priest",
    J("outreach", "agency", None, "Chargé(e) RH"),
    text="""Bonjour Laure,

J'ai trouvé votre CV sur Indeed et je me permets de vous contacter pour une mission d'intérim cadre de 6 mois (remplacement congé maternité) :

Poste : Chargé(e) RH – recrutement et administration du personnel
Client : industriel de l'agroalimentaire, 400 salariés
Lieu : Saint-Priest (69)
Démarrage : 3 novembre
Rémunération : 38-40 k€ annuels bruts + IFM/ICP

Seriez-vous intéressée ? Je suis joignable au 04 78 90 12 55.

Bonne journée,

Léa Fabre
Chargée d'affaires recrutement
RHÔNE INTÉRIM RH – agence de Saint-Priest
""",
)

_ou2 = m(
    "li1105h",
    "2025-11-05 20:16",
    "Mathieu Perret via LinkedIn <inmail-hit-reply@linkedin.com>",
    "RRH site industriel – Nord-Isère",
    J("outreach", "linkedin", None, "Responsable RH Site"),
    text="""Mathieu Perret
Partner chez Altigrade Executive Search

Bonsoir Laure,

J'accompagne un groupe industriel familial (mécanique de précision, 1 200 personnes) dans le recrutement du/de la Responsable RH de son site de Bourgoin-Jallieu (280 salariés, 3 équipes).

Votre expérience terrain en environnement logistique et votre pratique des relations avec les IRP me semblent très pertinentes. Le poste est à pourvoir rapidement, rémunération 55-60 k€ + variable + véhicule.

Auriez-vous 15 minutes pour un échange téléphonique ?

Bien cordialement,
Mathieu

Répondre : https://www.linkedin.com/messaging/thread/2-NjM5YmFm?trk=eml-inmail
------------------------------
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.
""",
)

_ou3 = m(
    "li0120s",
    "2026-01-20 13:31",
    "Hannah Ricci via LinkedIn <inmail-hit-reply@linkedin.com>",
    "HRBP opportunity at Sorelec – Lyon",
    J("outreach", "linkedin", "Sorelec", "HR Business Partner", "en"),
    text="""Hannah Ricci
Senior Talent Acquisition Partner at Sorelec

Hi Laure,

I hope you're well. I'm hiring an HR Business Partner for our Villeurbanne plant (power electronics, 500 employees) and your background in high-volume recruiting and employee relations caught my eye.

The role reports to the Site HR Director and covers 3 production units. English is our working language at group level, French on site.

Would you be open to a quick chat next week?

Best,
Hannah

Reply: https://www.linkedin.com/messaging/thread/2-YmM0MTFk?trk=eml-inmail
------------------------------
This email was intended for Laure Vercherin. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe
© 2026 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2.
""",
)

# --- Other job mail: an Apec coaching appointment, a candidate survey ------------------------------

_oj1 = m(
    "ap1020r",
    "2025-10-20 14:02",
    "Apec <noreply@apec.fr>",
    "Confirmation de votre rendez-vous avec un consultant Apec",
    J("other_job", "other"),
    text="""Bonjour Laure Vercherin,

Votre rendez-vous est confirmé :

Prestation : « Réussir ses entretiens de recrutement » – atelier individuel
Date : lundi 27 octobre 2025 à 12h30
Durée : 1 heure
Modalité : entretien téléphonique avec Mme Hélène Rambaud, consultante Apec Lyon

Pour préparer au mieux cet échange, munissez-vous de votre CV à jour et des annonces qui vous intéressent.

Pour annuler ou modifier votre rendez-vous : https://www.apec.fr/candidat/mon-espace/mes-rendez-vous.html

L'équipe Apec Auvergne-Rhône-Alpes
""",
    ics=ics(
        "apec-rdv-8812734@apec.fr",
        "2025-10-27 12:30",
        "Rendez-vous Apec - Réussir ses entretiens de recrutement",
        ("Apec", "noreply@apec.fr"),
        location="Entretien téléphonique",
    ),
)

_oj2 = m(
    "ja1201s",
    "2025-12-01 10:30",
    "Maisons Bellecour Hospitality <noreply@jobaffinity.fr>",
    "Votre avis sur notre processus de recrutement",
    J("other_job", "other", MB),
    text="""Bonjour Laure,

Vous avez récemment postulé chez Maisons Bellecour. Afin d'améliorer notre processus de recrutement, pourriez-vous répondre à ce court questionnaire (2 minutes, anonyme) ?

https://jobaffinity.fr/survey/candidate/mb7q2xk41pdaz09r?s=9f01

Merci pour votre aide,
Le service Ressources Humaines – Maisons Bellecour
""",
    **{"with": 14},
)

MAIL = [
    _aq1, _aq2, _aq3,
    _gg1,
    _mb1, _mb2,
    _ar1, _ar2,
    _vd1, _vd2, _vd3,
    _fm1, _fm2,
    _hb1, _hb2, _hb3,
    _tr3, _tr4, _tr5, _tr6,
    _bv5, _bv6, _bv7,
    _ov0, _ov1, _ov2,
    _fc1, _fc2,
    _mc9, _mc10,
    _al1, _al2, _al3, _al4, _al5, _al6, _al7, _al8, _al9, _al10, _al11, _al12, _al13, _al14,
    _ou1, _ou2, _ou3,
    _oj1, _oj2,
]  # fmt: skip

# ruff: noqa: E501, RUF100
"""Corpus 125, job mail part two (data only): see heldout125.py."""

from __future__ import annotations

from typing import Any

from heldout125_jobs import (
    AC,
    ACR,
    ACSC_RH,
    AE,
    AER,
    AM,
    AMR,
    CG,
    CGR,
    CV,
    CVR,
    GH_PA,
    KI,
    KIR,
    LG,
    LGR,
    LQ,
    LQR,
    MB,
    MBR,
    MU,
    MUR,
    NU,
    NUR,
    OLIVIA,
    ON,
    ONR,
    PA,
    PAR,
    PE,
    PER,
    QU,
    QUR,
    VT,
    VTR,
    A,
    J,
    ics,
    m,
    mid,
    re_,
)

ASHBY_ON = "Ondine <no-reply@ashbyhq.com>"
ASHBY_QU = "Quillon Recruiting <no-reply@ashbyhq.com>"
GH_NU = "Nuvola Santé <no-reply@us.greenhouse-mail.io>"
AMELIE = "Amélie Desrosiers <amelie.desrosiers@nuvolasante.example>"
WD_AE = "Aéro Saint-Laurent – Carrières <aerostl@myworkday.com>"
DAYFORCE_LG = "Maison Léger <noreply@dayforcehcm.com>"
NJOYN_CG = "Cégep du Vieux-Port – Ressources humaines <noreply@njoyn.com>"
JEROME = "Jérôme Tanguay <jtanguay.studio@gmail.com>"
DIANE = "Diane Poirier <direction@alphamots.example>"
RAFAEL = "Rafael Idris <rafael@ondine.example>"

_ACSC_SIG = """Équipe de dotation | Staffing team
Direction générale des services numériques | Digital Services Branch
Agence canadienne des services aux citoyens | Canadian Citizen Services Agency
Gouvernement du Canada | Government of Canada"""

_LEGER_FOOT = """Maison Léger – Depuis 1952
Ce message a été envoyé par le système de recrutement de Maison Léger (Léger & Fils ltée). Ne pas répondre.
Politique de confidentialité : https://maisonleger.example/confidentialite"""

_NJOYN_FOOT = """Service des ressources humaines
Cégep du Vieux-Port
255, rue de la Commune Est, Montréal (Québec) H2Y 1J2

Le Cégep du Vieux-Port applique un programme d'accès à l'égalité en emploi pour les femmes, les membres des minorités visibles et ethniques, les Autochtones et les personnes handicapées.
Propulsé par Njoyn"""

_QU_SUBJ_PANEL = "Interview scheduled: UX Researcher II — Research panel"
_PE_NUDGE = "Vous y êtes presque! Terminez votre candidature"

MAIL: list[dict[str, Any]] = [
    # --- Ondine AI (Ashby) -------------------------------------------------------------------
    m(
        "r5bn",
        "2025-10-07 23:18",
        ASHBY_ON,
        "Thanks for applying to Ondine!",
        A("confirmation", ON, ONR, 9, "ashby", "en"),
        """Hi Noémie,

Thanks for applying for the Founding UX Researcher role at Ondine! We're a team of 14 building voice assistants for Quebec's clinics and we read every application personally.

What happens next: if there's a fit, someone from the team will reach out to schedule a 30-minute intro call with Rafael (co-founder, product). We aim to get back to everyone within two weeks.

— The Ondine team
https://jobs.ashbyhq.com/ondine
""",
    ),
    m(
        "r5bp",
        "2025-10-17 14:27",
        ASHBY_ON,
        "Interview scheduled: Founding UX Researcher with Ondine",
        A("interview", ON, ONR, 9, "ashby", "en"),
        """Hi Noémie,

Your interview has been scheduled. A calendar invitation is attached.

Intro call with Rafael Idris (Co-founder)
Wednesday, October 22, 2025
4:00 PM – 4:45 PM (America/Toronto)
Google Meet: https://meet.google.com/wzm-rqvu-jka

Need to reschedule? Use this link: https://app.ashbyhq.com/interview-reschedule/6b1f0a7e-0e0c-4f33-a8b1-2d7a9e7c0f31

Powered by Ashby
""",
        ics=ics(
            "ashby-6b1f0a7e-0e0c-4f33-a8b1-2d7a9e7c0f31",
            "2025-10-22 16:00",
            "Ondine — Intro call: Noémie Bergeron-Haddad <> Rafael Idris",
            ("Ondine Recruiting", "no-reply@ashbyhq.com"),
            minutes=45,
            attendees=[("Rafael Idris", "rafael@ondine.example")],
            location="https://meet.google.com/wzm-rqvu-jka",
        ),
    ),
    m(
        "r5bq",
        "2025-11-04 12:55",
        RAFAEL,
        "quick update",
        A("confirmation", ON, ONR, 9, "direct", "en"),
        """Hi Noémie,

I wanted to reach out personally instead of sending you a template.

We've decided to pause the Founding UX Researcher hire for now. Our seed extension is taking longer than planned and we're freezing new roles until it closes, probably sometime in Q1. It has nothing to do with you: our conversation was honestly one of the best I've had about research in a clinical setting.

If you're still open to it when we restart, I'd love to pick up where we left off. I'll keep your application on file.

Rafael
--
Rafael Idris · co-founder, Ondine
""",
        st="on_hold",
    ),
    # --- Atelier Moebius (BambooHR), ghosted -----------------------------------------------------
    m(
        "t2cw",
        "2025-10-20 08:31",
        "Atelier Moebius <no-reply@bamboohr.com>",
        "Merci pour votre candidature – Chercheur·euse UX",
        A("confirmation", MB, MBR, 10, "bamboohr"),
        """Bonjour Noémie,

Merci d'avoir postulé au poste de Chercheur·euse UX chez Atelier Moebius. Nous avons bien reçu votre candidature et nous la lirons avec attention.

Comme nous sommes une petite équipe, le processus peut prendre quelques semaines. Nous communiquerons avec les personnes retenues pour une première rencontre.

Merci de votre patience!

L'équipe d'Atelier Moebius
Design de services · Recherche · Stratégie
4200, boul. Saint-Laurent, Montréal

Ce courriel a été envoyé par BambooHR au nom d'Atelier Moebius.
https://ateliermoebius.bamboohr.com/careers/31
""",
    ),
    # --- Vélocité Télécom (Jobboom), ghosted ---------------------------------------------------
    m(
        "y8ke",
        "2025-10-28 20:09",
        "Jobboom <nepasrepondre@jobboom.com>",
        "Confirmation : votre candidature a été transmise",
        A("confirmation", VT, VTR, 14, "other"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#222">
<table width="600" align="center"><tr><td style="background:#e3001b;padding:12px"><img src="https://www.jobboom.com/img/logo-jobboom-blanc.png" alt="Jobboom" height="28"></td></tr>
<tr><td style="padding:20px">
<p>Bonjour Noémie,</p>
<p>Votre candidature a été transmise avec succès.</p>
<p><b>Poste :</b> Analyste en expérience utilisateur<br>
<b>Entreprise :</b> Vélocité Télécom<br>
<b>Lieu :</b> Montréal (Saint-Laurent)<br>
<b>Date :</b> 28 octobre 2025</p>
<p>L'employeur communiquera directement avec vous si votre profil est retenu.</p>
<p><a href="https://www.jobboom.com/fr/mon-jobboom/candidatures?utm_source=confirmation">Voir mes candidatures</a></p>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding:0 20px 20px">Jobboom, une division de Groupe Jobboom inc. Vous recevez ce courriel parce que vous avez postulé via Jobboom.</td></tr></table>
</body></html>""",
    ),
    # --- Quillon (Ashby) ------------------------------------------------------------------------
    m(
        "g4vx",
        "2025-11-03 11:02",
        ASHBY_QU,
        "Your application to Quillon",
        A("confirmation", QU, QUR, 17, "ashby", "en"),
        """Hi Noémie,

We've received your application for UX Researcher II. Thanks for your interest in Quillon!

Our recruiting team reviews every application within 10 business days. You'll hear from us either way.

Quillon · Scheduling software for the trades · Montréal · Toronto
https://jobs.ashbyhq.com/quillon/9c2f7d1e-3b40-4a0a-91f6-5e8c3d2b7a19
""",
    ),
    m(
        "g4vy",
        "2025-11-19 09:44",
        ASHBY_QU,
        "Interview confirmed: UX Researcher II — Hiring manager chat",
        A("interview", QU, QUR, 17, "ashby", "en"),
        """Hi Noémie,

Your interview with Quillon is confirmed.

Hiring manager chat — Laura Bianchi (Head of Design)
Tuesday, November 25, 2025, 11:00 AM – 11:45 AM EST
Zoom: https://quillon.zoom.us/j/86402117735?pwd=bE9xVjRt

The calendar invitation is attached. To reschedule, reply to this email or use https://app.ashbyhq.com/interview-reschedule/2d4e9a0c-71b2-4b8f-8e1d-93a5c6f0e4d2

Quillon Recruiting · Powered by Ashby
""",
        ics=ics(
            "ashby-2d4e9a0c-71b2-4b8f-8e1d-93a5c6f0e4d2",
            "2025-11-25 11:00",
            "Quillon: Hiring manager chat (Noémie Bergeron-Haddad)",
            ("Quillon Recruiting", "no-reply@ashbyhq.com"),
            minutes=45,
            attendees=[("Laura Bianchi", "laura.bianchi@quillon.example")],
            location="https://quillon.zoom.us/j/86402117735",
        ),
    ),
    m(
        "g4vz",
        "2025-12-01 15:16",
        ASHBY_QU,
        _QU_SUBJ_PANEL,
        A("interview", QU, QUR, 17, "ashby", "en"),
        """Hi Noémie,

Thanks for your time with Laura last week! We'd like to move you to the research panel.

Research panel — 90 minutes
Tuesday, December 9, 2025, 2:00 PM – 3:30 PM EST
Onsite: Quillon, 360 rue Saint-Jacques, 8th floor
You'll present a past study (20 min) and then do a live synthesis exercise with two researchers and a PM.

Calendar invitation attached.

Quillon Recruiting · Powered by Ashby
""",
        ics=ics(
            "ashby-7f03c1b9-4e6a-4b55-9d0e-a1c2b3d4e5f6",
            "2025-12-09 14:00",
            "Quillon: Research panel (Noémie Bergeron-Haddad)",
            ("Quillon Recruiting", "no-reply@ashbyhq.com"),
            minutes=90,
            location="Quillon, 360 rue Saint-Jacques, 8e étage, Montréal",
        ),
    ),
    m(
        "g4w0",
        "2025-12-05 17:40",
        ASHBY_QU,
        "Interview cancelled: UX Researcher II — Research panel",
        A("interview", QU, QUR, 17, "ashby", "en"),
        """Hi Noémie,

Your interview on Tuesday, December 9, 2025 at 2:00 PM EST has been cancelled.

Note from the recruiting team: "So sorry Noémie, two of the panelists are out sick this week. We'll send new times on Monday."

Quillon Recruiting · Powered by Ashby
""",
        ics=ics(
            "ashby-7f03c1b9-4e6a-4b55-9d0e-a1c2b3d4e5f6",
            "2025-12-09 14:00",
            "Quillon: Research panel (Noémie Bergeron-Haddad)",
            ("Quillon Recruiting", "no-reply@ashbyhq.com"),
            minutes=90,
            method="CANCEL",
        ),
    ),
    m(
        "g4w1",
        "2025-12-08 10:05",
        ASHBY_QU,
        _QU_SUBJ_PANEL,
        A("interview", QU, QUR, 17, "ashby", "en"),
        """Hi Noémie,

Your interview has been rescheduled.

Research panel — 90 minutes
Tuesday, December 16, 2025, 1:30 PM – 3:00 PM EST
Onsite: Quillon, 360 rue Saint-Jacques, 8th floor

Calendar invitation attached.

Quillon Recruiting · Powered by Ashby
""",
        ics=ics(
            "ashby-c88e2b41-0d9a-4f27-b6e3-55a1f0d9c2b7",
            "2025-12-16 13:30",
            "Quillon: Research panel (Noémie Bergeron-Haddad)",
            ("Quillon Recruiting", "no-reply@ashbyhq.com"),
            minutes=90,
            location="Quillon, 360 rue Saint-Jacques, 8e étage, Montréal",
        ),
    ),
    m(
        "g4w2",
        "2025-12-17 08:12",
        "Laura Bianchi <laura.bianchi@quillon.example>",
        "Automatic reply: Thank you!",
        J("other_job", "direct", QU, QUR, "en"),
        """I'm out of the office until January 5 with limited access to email. For anything urgent about hiring, please contact recruiting@quillon.example.

Je suis absente jusqu'au 5 janvier. Pour toute urgence liée au recrutement, écrivez à recruiting@quillon.example.

Laura
""",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
    ),
    m(
        "g4w3",
        "2026-01-08 13:50",
        ASHBY_QU,
        "An update from Quillon",
        A("rejection", QU, QUR, 17, "ashby", "en"),
        """Hi Noémie,

Thank you for the time you spent with us over the last few weeks, and for a really thoughtful presentation at the panel.

We've made the difficult decision to move forward with another candidate for the UX Researcher II role. The panel felt your research craft was very strong; in the end we chose someone with deeper experience in B2B field research with tradespeople.

We'd genuinely like to keep in touch for future roles, and we wish you the very best.

Laura & the Quillon Recruiting team
""",
    ),
    # --- Musée Pointe-aux-Lilas (Jobillico) ---------------------------------------------------
    m(
        "e9mr",
        "2025-11-04 14:21",
        "Jobillico <noreply@jobillico.com>",
        "Votre candidature a bien été envoyée",
        A("confirmation", MU, MUR, 13, "other"),
        """Bonjour Noémie,

Votre candidature a bien été envoyée à l'employeur.

Poste : Chargé(e) de projet – expérience visiteur numérique
Employeur : Musée Pointe-aux-Lilas
Numéro de l'offre : 221019
Date d'envoi : 4 novembre 2025

Vous pouvez suivre vos candidatures dans votre espace Jobillico :
https://www.jobillico.com/fr/mon-compte/candidatures

Merci d'utiliser Jobillico!
L'équipe Jobillico
""",
    ),
    m(
        "e9ms",
        "2025-11-18 10:30",
        "Ressources humaines – Musée Pointe-aux-Lilas <rh@museepal.example>",
        "Chargé(e) de projet – expérience visiteur numérique : rencontre",
        A("interview", MU, MUR, 13, "direct"),
        """Bonjour Madame Bergeron-Haddad,

Nous avons bien reçu votre candidature au poste de chargée de projet – expérience visiteur numérique et nous aimerions vous rencontrer.

La rencontre aurait lieu au musée, le mardi 25 novembre à 10 h, et durerait environ une heure. Vous y rencontrerez Mme Isabelle Fortier, directrice de l'action éducative et culturelle, et M. Patrick Dion, responsable des technologies.

Pourriez-vous nous confirmer votre disponibilité par retour de courriel? Le stationnement est gratuit à l'arrière du bâtiment; le bus 189 s'arrête juste devant.

Merci et au plaisir,

Nathalie Côté
Technicienne en ressources humaines
Musée Pointe-aux-Lilas
12 000, rue Notre-Dame Est, Montréal
""",
    ),
    m(
        "e9mt",
        "2025-12-09 15:47",
        "Ressources humaines – Musée Pointe-aux-Lilas <rh@museepal.example>",
        "Concours 2025-17 – suivi",
        A("rejection", MU, MUR, 13, "direct"),
        """Bonjour Madame Bergeron-Haddad,

Nous vous remercions de l'intérêt que vous portez au Musée Pointe-aux-Lilas et du temps que vous nous avez accordé lors de la rencontre du 25 novembre.

Le comité a été impressionné par votre expérience en recherche auprès des usagers. Toutefois, après mûre réflexion, nous avons retenu une candidature dont le profil s'aligne davantage sur les exigences du poste en gestion de projets muséaux.

Nous vous souhaitons bon succès dans vos projets professionnels.

Nathalie Côté
Technicienne en ressources humaines
""",
    ),
    # --- Cégep du Vieux-Port (Njoyn) -------------------------------------------------------------
    m(
        "h7fa",
        "2025-11-12 11:58",
        NJOYN_CG,
        "Accusé de réception de votre candidature – Concours 2025-PP-044",
        A("confirmation", CG, CGR, 15, "other"),
        f"""Madame Noémie Bergeron-Haddad,

Nous accusons réception de votre candidature pour le concours suivant :

Concours : 2025-PP-044
Titre : Conseiller(ère) en expérience utilisateur – Services numériques
Catégorie : Personnel professionnel, poste régulier à temps complet
Date de fin d'affichage : 21 novembre 2025

Seules les personnes retenues pour l'étape suivante seront contactées. Vous pouvez consulter votre dossier à l'adresse : https://cvp.njoyn.com/cl4/xweb/Xweb.asp?page=myapplications&clid=57193

{_NJOYN_FOOT}
""",
    ),
    m(
        "h7fb",
        "2025-12-01 09:03",
        NJOYN_CG,
        "Convocation – test de connaissances (Concours 2025-PP-044)",
        A("assessment", CG, CGR, 15, "other"),
        f"""Madame Noémie Bergeron-Haddad,

Votre candidature au poste de Conseiller(ère) en expérience utilisateur a été retenue. Nous vous convoquons à un test de connaissances et à une épreuve écrite, qui auront lieu :

Date : lundi 8 décembre 2025
Heure : 13 h (durée : 2 h 30)
Lieu : Cégep du Vieux-Port, pavillon B, local B-2.114

Le test porte sur les méthodes de recherche utilisateur, l'accessibilité numérique et la rédaction d'un rapport de recommandations. Un ordinateur vous sera fourni. Prévoyez une pièce d'identité avec photo.

Veuillez confirmer votre présence en répondant à ce courriel avant le 4 décembre, midi.

{_NJOYN_FOOT}
""",
        reply_to="Dotation Cégep du Vieux-Port <dotation@cegepvieuxport.example>",
    ),
    m(
        "h7fc",
        "2025-12-18 14:26",
        NJOYN_CG,
        "Concours 2025-PP-044",
        A("rejection", CG, CGR, 15, "other"),
        f"""Madame Noémie Bergeron-Haddad,

Nous vous remercions d'avoir participé au processus de sélection du concours 2025-PP-044.

À la suite de la correction des épreuves, nous vous informons que votre candidature n'a pas été retenue pour l'étape de l'entrevue. Le seuil de passage a été fixé à 70 %, et votre résultat global est de 66 %.

Nous vous invitons à consulter régulièrement notre site Emplois, car d'autres postes pourraient vous intéresser.

Nous vous prions d'agréer, Madame, nos salutations distinguées.

{_NJOYN_FOOT}
""",
    ),
    # --- Alpha-Mots (Québec emploi) ---------------------------------------------------------------
    m(
        "u6pe",
        "2025-11-17 19:40",
        "Québec emploi <ne-pas-repondre@quebecemploi.gouv.qc.ca>",
        "Québec emploi – Votre candidature a été transmise",
        A("confirmation", AM, AMR, 16, "other"),
        """Bonjour Noémie Bergeron-Haddad,

Votre candidature a été transmise à l'employeur.

Offre no : 2025-9913647
Appellation d'emploi : Agent(e) de recherche – expérience des usagers
Employeur : ALPHA-MOTS
Lieu de travail : Montréal (Hochelaga-Maisonneuve)
Nombre d'heures par semaine : 25

L'employeur communiquera directement avec vous s'il désire poursuivre le processus.

Pour consulter vos candidatures, ouvrez une session dans Québec emploi : https://www.quebecemploi.gouv.qc.ca/plateforme-emploi/

Ministère de l'Emploi et de la Solidarité sociale
Ce courriel est envoyé automatiquement. Veuillez ne pas y répondre.
""",
    ),
    m(
        "u6pf",
        "2025-12-02 10:14",
        DIANE,
        "Rencontre",
        A("interview", AM, AMR, 16, "direct"),
        """Bonjour Madame Bergeron-Haddad,

Nous avons bien reçu votre candidature par Québec emploi pour le poste d'agente de recherche, et votre parcours nous intéresse beaucoup. Nous menons un projet de trois ans, financé par le ministère, pour améliorer l'accueil de nos apprenants adultes, en personne et en ligne, et votre expertise tomberait à point.

Seriez-vous disponible pour une rencontre le mercredi 10 décembre à 14 h, à nos locaux (3680, rue Ontario Est)? Si cela ne vous convient pas, proposez-moi un autre moment.

Au plaisir de vous rencontrer,

Diane Poirier
Directrice générale
Alpha-Mots – organisme d'alphabétisation populaire
514 555-0177
""",
    ),
    m(
        "u6pg",
        "2025-12-08 16:51",
        DIANE,
        "RE: Rencontre",
        A("confirmation", AM, AMR, 16, "direct"),
        """Bonjour Noémie,

Je comprends tout à fait et je vous remercie de nous avoir avisés à l'avance, c'est très apprécié. J'ai retiré votre candidature de notre processus et annulé notre rencontre de mercredi.

Si jamais vous souhaitez vous impliquer autrement (notre comité d'usagers cherche toujours des gens compétents!), n'hésitez pas.

Bonne continuation,
Diane

De : Noémie Bergeron-Haddad <nbergeronhaddad@gmail.com>
Envoyé : 8 décembre 2025 13:22
À : Diane Poirier <direction@alphamots.example>
Objet : Re: Rencontre

Bonjour Madame Poirier,
Merci beaucoup pour l'invitation. Après réflexion, je dois malheureusement retirer ma candidature : un poste de 25 h par semaine ne me permettrait pas de rencontrer mes obligations financières en ce moment.
Je vous souhaite le meilleur pour le projet, il est très inspirant.
Noémie Bergeron-Haddad
""",
        st="withdrawn",
        **re_(
            mid("u6pf", "2025-12-02 10:14", DIANE, "Rencontre"), "<CAF8m2nbh+Wq4d@mail.gmail.com>"
        ),
    ),
    # --- GC Jobs, continued ---------------------------------------------------------------------
    m(
        "f1wu",
        "2025-11-24 11:37",
        ACSC_RH,
        "Processus 25-ACS-EA-DGSN-481207 – Convocation à une entrevue / Invitation to an interview",
        A("interview", AC, ACR, 2, "direct"),
        f"""*** Le texte anglais suit ***

Bonjour Noémie,

Félicitations! Vous avez réussi l'examen écrit. Nous vous invitons à une entrevue qui évaluera les qualités personnelles et les compétences clés énoncées dans l'annonce.

Date : jeudi 4 décembre 2025
Heure : 9 h 30 à 11 h (heure de l'Est)
Format : vidéoconférence Microsoft Teams (invitation ci-jointe)
Langue : français (selon votre préférence déclarée)

Vous recevrez les questions 15 minutes avant le début de l'entrevue. Veuillez vous munir d'une pièce d'identité avec photo et, si ce n'est pas déjà fait, nous transmettre une copie de votre diplôme universitaire.

*** English text ***

Hello Noémie,

Congratulations! You passed the written exam. We invite you to an interview on Thursday December 4, 2025, 9:30 to 11:00 a.m. (Eastern Time), by Microsoft Teams (invitation attached). You will receive the questions 15 minutes before the start.

{_ACSC_SIG}
""",
        ics=ics(
            "040000008200E00074C5B7101A82E0080000000040B2C1F7A2E4DB01000000000000000010000000",
            "2025-12-04 09:30",
            "Entrevue / Interview – 25-ACS-EA-DGSN-481207 – Bergeron-Haddad, N.",
            ("ACSC Dotation / CCSA Staffing", "ACSC.Dotation-Staffing.CCSA@acsc-ccsa.example"),
            style="outlook",
            minutes=90,
            location="Réunion Microsoft Teams / Microsoft Teams meeting",
        ),
    ),
    m(
        "f1wv",
        "2026-01-22 14:02",
        ACSC_RH,
        "Résultats – processus 25-ACS-EA-DGSN-481207 / Results – selection process",
        A("confirmation", AC, ACR, 2, "direct"),
        f"""*** Le texte anglais suit ***

Bonjour,

Nous avons le plaisir de vous informer que vous satisfaites à toutes les qualifications essentielles du processus 25-ACS-EA-DGSN-481207 – Chercheur(euse) en expérience utilisateur (EC-05).

Votre nom a été placé dans un bassin de personnes qualifiées, valide pour une période de 12 mois, qui pourra servir à doter des postes semblables à l'Agence canadienne des services aux citoyens ainsi que dans d'autres ministères.

Veuillez noter qu'il ne s'agit pas d'une offre d'emploi. Les nominations seront faites en fonction des besoins opérationnels et des qualifications constituant un atout. Si une gestionnaire d'embauche s'intéresse à votre candidature, nous communiquerons avec vous. D'ici là, aucune démarche n'est requise de votre part; veuillez simplement nous aviser de tout changement de coordonnées.

*** English text ***

Hello,

We are pleased to inform you that you meet all the essential qualifications of selection process 25-ACS-EA-DGSN-481207 – User Experience Researcher (EC-05). Your name has been placed in a pool of qualified candidates valid for 12 months.

Please note that this is not a job offer. Appointments will be made according to operational requirements. If a hiring manager is interested in your candidacy, we will contact you.

{_ACSC_SIG}
""",
        st="on_hold",
    ),
    # --- Kinéo Santé (Lever), ghosted ----------------------------------------------------------
    m(
        "v0ju",
        "2025-11-24 21:33",
        "Kinéo Santé <no-reply@hire.lever.co>",
        "Kinéo Santé – candidature reçue / application received",
        A("confirmation", KI, KIR, 18, "lever"),
        """Bonjour Noémie,

Merci pour votre intérêt envers Kinéo Santé! Nous avons bien reçu votre candidature au poste de UX Research Lead.

Notre équipe l'examinera au cours des prochaines semaines.

---

Hi Noémie,

Thanks for your interest in Kinéo Santé! We've received your application for UX Research Lead and will review it in the coming weeks.

L'équipe Talent | Talent team
Kinéo Santé
jobs.lever.co/kineo
""",
    ),
    # --- Studio Cerf-Volant (direct) -------------------------------------------------------------
    m(
        "w3nk",
        "2025-11-26 22:47",
        JEROME,
        "Re: Candidature spontanée – recherche UX",
        A("interview", CV, CVR, 20, "direct"),
        """Salut Noémie!

Merci pour ton courriel et ton portfolio, j'ai lu l'étude sur la carte OPUS d'un bout à l'autre. Ça tombe bien : on vient de signer un gros mandat avec une société d'assurance et on cherche justement une chercheuse UX pour un contrat de 6 mois, à partir de janvier.

Un café la semaine prochaine pour en jaser? Jeudi 4 décembre à 10 h au Olimpico (rue Saint-Viateur)? Si ça marche pas, dis-moi ce qui t'arrange.

Jérôme

--
Jérôme Tanguay
Fondateur, Studio Cerf-Volant
design de services · Montréal
Envoyé de mon iPhone

> Le 25 nov. 2025 à 20:15, Noémie Bergeron-Haddad <nbergeronhaddad@gmail.com> a écrit :
>
> Bonjour Jérôme,
> Je suis chercheuse UX à Montréal (7 ans, transport, santé, services publics) et je suis
> votre travail depuis la conférence de Sommet UX l'an dernier. Je me permets de vous envoyer
> une candidature spontanée : si jamais vous avez besoin de renfort en recherche, je serais
> ravie d'en parler. Portfolio : noemiebh.example/portfolio
> Noémie
""",
        **re_("<CAF8m2nbh+Zx3v@mail.gmail.com>"),
    ),
    m(
        "w3nl",
        "2025-12-15 08:19",
        JEROME,
        "Re: Candidature spontanée – recherche UX",
        A("rejection", CV, CVR, 20, "direct"),
        """Salut Noémie,

Je voulais te revenir avant les Fêtes. On a finalement décidé d'aller avec Mélanie, une pigiste qui a déjà fait trois mandats pour ce client-là : ils l'ont pratiquement exigée. Je suis vraiment désolé, j'ai adoré notre café.

Je garde ton nom bien en vue pour le prochain mandat, promis.

Joyeuses Fêtes!
Jérôme

Envoyé de mon iPhone
""",
        **re_(
            "<CAF8m2nbh+Zx3v@mail.gmail.com>",
            mid("w3nk", "2025-11-26 22:47", JEROME, "Re: Candidature spontanée – recherche UX"),
        ),
    ),
    # --- Aéro Saint-Laurent (Workday) ----------------------------------------------------------
    m(
        "n2qa",
        "2025-12-01 12:44",
        WD_AE,
        "Thank you for applying / Merci d'avoir postulé – JR-20931",
        A("confirmation", AE, AER, 19, "workday", "en"),
        """Hello Noémie,

Thank you for applying to the UX Researcher – Cabin Experience (JR-20931) position at Aéro Saint-Laurent, Mirabel.

Our Talent Acquisition team will review your application. If your qualifications match the requirements of the position, we will contact you for the next steps.

You can track your application through the candidate home: https://aerostl.wd3.myworkdayjobs.com/en-US/External/userHome

---

Bonjour Noémie,

Merci d'avoir postulé au poste UX Researcher – Cabin Experience (JR-20931) chez Aéro Saint-Laurent, Mirabel. Notre équipe Acquisition de talents examinera votre candidature.

Aéro Saint-Laurent inc. is an equal opportunity employer. / Aéro Saint-Laurent inc. souscrit au principe d'égalité d'accès à l'emploi.
""",
    ),
    m(
        "n2qb",
        "2025-12-03 07:15",
        WD_AE,
        "Action required: complete your assessment for JR-20931",
        A("assessment", AE, AER, 19, "workday", "en"),
        """Hello Noémie,

As the next step for UX Researcher – Cabin Experience (JR-20931), you are invited to complete an online assessment (work-style questionnaire and a short scenario exercise, about 40 minutes).

Please complete it by December 10, 2025:
1. Sign in to your candidate home: https://aerostl.wd3.myworkdayjobs.com/en-US/External/userHome
2. Open "My Tasks" and select "Complete Assessment".

If you need an accommodation, contact talent@aerostl.example before starting.

Talent Acquisition
Aéro Saint-Laurent
""",
    ),
    m(
        "n2qc",
        "2026-01-09 16:05",
        WD_AE,
        "Mise à jour concernant votre candidature / Update regarding your application",
        A("rejection", AE, AER, 19, "workday"),
        """Bonjour Noémie,

Merci pour l'intérêt que vous portez à Aéro Saint-Laurent et pour le temps consacré à l'évaluation en ligne.

Nous avons examiné attentivement votre candidature au poste JR-20931. Nous avons décidé de poursuivre avec d'autres candidat(e)s dont l'expérience correspond plus étroitement aux exigences du poste, notamment en facteurs humains aéronautiques.

Nous vous encourageons à poser votre candidature pour d'autres postes qui pourraient vous intéresser.

---

Hello Noémie,

Thank you for your interest in Aéro Saint-Laurent and for completing the online assessment. After careful review, we have decided to move forward with other candidates whose experience more closely matches the requirements of position JR-20931, in particular aviation human factors.

Acquisition de talents | Talent Acquisition
Aéro Saint-Laurent
""",
    ),
    m(
        "n2qd",
        "2026-01-12 09:00",
        "Aéro Saint-Laurent Talent <talent@aerostl.example>",
        "Restez connecté(e) à Aéro Saint-Laurent – rejoignez notre réseau de talents",
        J("alert", "other", AE),
        html="""<html><body style="font-family:Arial,sans-serif">
<p><img src="https://aerostl.example/img/logo.png" alt="Aéro Saint-Laurent"></p>
<p>Bonjour Noémie,</p>
<p>Vous avez récemment montré de l'intérêt pour une carrière chez Aéro Saint-Laurent. Rejoignez notre <b>réseau de talents</b> pour recevoir en premier nos nouvelles offres en ingénierie, facteurs humains et design d'intérieur d'avion.</p>
<p><a href="https://aerostl.wd3.myworkdayjobs.com/en-US/External/introduceYourself?src=email_jan26" style="background:#0b3d91;color:#fff;padding:10px 16px;text-decoration:none">Je m'inscris</a></p>
<p style="font-size:11px;color:#888">Aéro Saint-Laurent inc., 13 400 rue de l'Avenir, Mirabel (Québec). <a href="https://aerostl.example/desabonnement?e=nbh">Se désabonner</a></p>
</body></html>""",
        headers={"List-Unsubscribe": "<https://aerostl.example/desabonnement?e=nbh>"},
    ),
    # --- Nuvola Santé (Greenhouse), the accepted offer -------------------------------------------
    m(
        "p8zd",
        "2025-12-08 13:36",
        GH_NU,
        "Merci d'avoir postulé chez Nuvola Santé | Thank you for applying",
        A("confirmation", NU, NUR, 21, "greenhouse"),
        """Bonjour Noémie,

Merci d'avoir postulé au poste de Senior UX Researcher, Patient Experience chez Nuvola Santé. Nous avons bien reçu votre candidature.

Notre équipe l'examinera au cours des deux prochaines semaines. Si votre profil correspond à nos besoins, une personne de l'équipe Talent vous contactera pour un premier appel.

Hi Noémie,

Thanks for applying for the Senior UX Researcher, Patient Experience role at Nuvola Santé. We've received your application and will review it within the next two weeks.

L'équipe Talent | The Talent Team
Nuvola Santé
https://job-boards.greenhouse.io/nuvolasante/jobs/5712304004
""",
    ),
    m(
        "p8ze",
        "2025-12-18 11:09",
        GH_NU,
        "Confirmation d'entrevue : Noémie Bergeron-Haddad <> Nuvola Santé",
        A("interview", NU, NUR, 21, "greenhouse"),
        """Bonjour Noémie,

Votre appel avec Nuvola Santé est confirmé.

Appel de présélection avec Amélie Desrosiers (partenaire Talent)
Mardi 6 janvier 2026, 10 h à 10 h 30 (HNE)
Google Meet : https://meet.google.com/hbn-xpqa-rte

Vous trouverez l'invitation ci-jointe. Joyeuses Fêtes d'ici là!

Amélie Desrosiers
Nuvola Santé
""",
        ics=ics(
            "gh-interview-1c7e9f02a4b5@greenhouse.io",
            "2026-01-06 10:00",
            "Nuvola Santé – appel de présélection (Noémie Bergeron-Haddad)",
            ("Amélie Desrosiers", "amelie.desrosiers@nuvolasante.example"),
            minutes=30,
            location="https://meet.google.com/hbn-xpqa-rte",
        ),
    ),
    m(
        "p8zf",
        "2026-01-13 16:22",
        AMELIE,
        "Prochaine étape – panel et étude de cas (mardi 20 janvier)",
        A("interview", NU, NUR, 21, "direct"),
        """Bonjour Noémie,

Merci encore pour notre échange de la semaine dernière! L'équipe aimerait vous rencontrer pour l'étape finale.

Mardi 20 janvier, 13 h à 15 h, dans nos bureaux (1 Place Ville Marie, bureau 2100)
- 40 min : présentation d'une étude que vous avez menée (idéalement avec des patients ou du personnel soignant)
- 50 min : panel avec Dre Sarah Khoury (directrice clinique), Antoine Lebel (VP Produit) et Kim Nguyen (Design Lead)
- 30 min : rencontre avec deux membres de l'équipe de recherche

L'invitation de calendrier suit dans ce courriel. N'hésitez pas si vous avez des questions ou des besoins particuliers.

Amélie

Amélie Desrosiers
Partenaire Talent | Talent Partner
Nuvola Santé
""",
        ics=ics(
            "4o9k1c2b7m5e0q3s8vn6rlj0ta@google.com",
            "2026-01-20 13:00",
            "Nuvola Santé – panel final + étude de cas – N. Bergeron-Haddad",
            ("Amélie Desrosiers", "amelie.desrosiers@nuvolasante.example"),
            minutes=120,
            attendees=[
                ("Kim Nguyen", "kim.nguyen@nuvolasante.example"),
                ("Antoine Lebel", "antoine.lebel@nuvolasante.example"),
            ],
            location="Nuvola Santé, 1 Place Ville Marie, bureau 2100, Montréal",
        ),
    ),
    m(
        "p8zg",
        "2026-01-30 15:58",
        AMELIE,
        "Bonne nouvelle!",
        A("offer", NU, NUR, 21, "direct"),
        """Bonjour Noémie,

Suite à notre appel de tantôt, je vous confirme par écrit avec grand plaisir : Nuvola Santé souhaite vous offrir le poste de Senior UX Researcher, Patient Experience!

Résumé de l'offre :
- Poste permanent, temps plein
- Salaire annuel : 102 000 $
- Boni cible : 8 %
- Régime d'assurances collectives dès le premier jour, REER collectif avec contribution de l'employeur de 4 %
- 4 semaines de vacances + 5 journées personnelles
- Mode hybride (mardi et jeudi au bureau)
- Date d'entrée en fonction : lundi 2 mars 2026

Vous recevrez la lettre d'offre officielle par DocuSign d'ici lundi. Prenez le temps qu'il vous faut pour la lire, et appelez-moi si vous avez la moindre question.

Toute l'équipe a très hâte!

Amélie Desrosiers
Partenaire Talent | Talent Partner
Nuvola Santé
514 555-0133
""",
    ),
    m(
        "p8zh",
        "2026-02-02 09:12",
        "Amélie Desrosiers via DocuSign <dse_NA3@docusign.net>",
        "Veuillez signer : Lettre d'offre – Noémie Bergeron-Haddad",
        A("offer", NU, NUR, 21, "docusign"),
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#eaeaea">
<table width="560" align="center" style="background:#fff"><tr><td style="padding:24px">
<img src="https://na3.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" width="116">
<p style="background:#1e4ca1;color:#fff;padding:24px;text-align:center;font-size:16px">Amélie Desrosiers vous a envoyé un document à examiner et à signer.<br><br>
<a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=8e1d4b6f-2c0a-49f7-b8e3-7a6c5d4e3f21&amp;acct=5f4e3d2c&amp;er=a1b2c3d4" style="background:#ffc820;color:#000;padding:10px 20px;text-decoration:none">EXAMINER LE DOCUMENT</a></p>
<p><b>Amélie Desrosiers</b><br>amelie.desrosiers@nuvolasante.example</p>
<p>Bonjour Noémie,<br>Voici votre lettre d'offre ainsi que l'entente de confidentialité. Merci de les signer d'ici le 6 février. Au plaisir!</p>
<p style="font-size:11px;color:#666">Ne partagez pas ce courriel : il contient un lien sécurisé vers DocuSign. Ne partagez pas ce code d'accès avec d'autres personnes.<br>
Autre méthode de signature : rendez-vous sur docusign.com, cliquez sur « Accéder aux documents » et entrez le code de sécurité : 8E1D4B6F2C0A49F7B8E37A6C5D4E3F212</p>
<p style="font-size:11px;color:#666">À propos de DocuSign : signez des documents électroniquement en quelques minutes. C'est sûr, sécurisé et juridiquement contraignant.</p>
</td></tr></table></body></html>""",
    ),
    m(
        "p8zi",
        "2026-02-03 20:47",
        "DocuSign <dse_NA3@docusign.net>",
        "Terminé : Lettre d'offre – Noémie Bergeron-Haddad",
        A("offer", NU, NUR, 21, "docusign"),
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;background:#eaeaea">
<table width="560" align="center" style="background:#fff"><tr><td style="padding:24px">
<img src="https://na3.docusign.net/Signing/Images/email/Email_Logo.png" alt="DocuSign" width="116">
<p style="background:#1e4ca1;color:#fff;padding:24px;text-align:center;font-size:16px">Tous les signataires ont terminé l'enveloppe « Lettre d'offre – Noémie Bergeron-Haddad ».<br><br>
<a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=c0ffee12-7d3e-4a9b-8f21-6e5d4c3b2a10&amp;acct=5f4e3d2c" style="background:#ffc820;color:#000;padding:10px 20px;text-decoration:none">AFFICHER LE DOCUMENT TERMINÉ</a></p>
<p>Les documents terminés sont joints à ce courriel (Lettre_offre_Nuvola_Sante.pdf, Entente_confidentialite.pdf).</p>
<p style="font-size:11px;color:#666">Ce message a été envoyé par DocuSign pour le compte de Nuvola Santé inc.</p>
</td></tr></table></body></html>""",
        st="accepted",
    ),
    m(
        "p8zj",
        "2026-02-05 10:30",
        "Triton Filtrage <no-reply@tritonfiltrage.example>",
        "Nuvola Santé – vérification préemploi : action requise",
        J("other_job", "other", NU, NUR),
        """Bonjour Noémie Bergeron-Haddad,

Nuvola Santé inc. a demandé à Triton Filtrage de procéder à une vérification préemploi vous concernant (antécédents judiciaires, vérification des diplômes et de deux références).

Pour donner votre consentement et compléter votre dossier (environ 10 minutes) :
https://portail.tritonfiltrage.example/c/7Gk2-Qx91-Lm4p

Votre demande expire dans 5 jours ouvrables. Pour toute question : soutien@tritonfiltrage.example, 1 888 555-0163.

Triton Filtrage inc. – Vérifications préemploi au Canada depuis 2004
""",
    ),
    m(
        "p8zk",
        "2026-02-18 14:00",
        "Kim Nguyen <kim.nguyen@nuvolasante.example>",
        "Bienvenue dans l'équipe! Ta première semaine 🎉",
        J("other_job", "direct", NU, NUR),
        """Salut Noémie,

On a tellement hâte de t'accueillir le 2 mars! Voici à quoi va ressembler ta première semaine :

Lundi 2 mars
9 h – Accueil avec Amélie (RH), remise du portable et de la carte d'accès, 21e étage
11 h – Café avec moi
13 h – Dîner d'équipe (Design + Recherche)

Mardi au vendredi
- Formation obligatoire sur la confidentialité des renseignements de santé (Loi 25)
- Rencontres 1:1 avec les PM des équipes Patients et Cliniciens
- Lecture : notre dépôt de recherche dans Dovetail (tu auras accès dès lundi)

Ton parrain/ta marraine d'accueil sera Jean-Philippe, chercheur senior dans l'équipe.

Si tu as des questions d'ici là, écris-moi!

Kim
Design Lead, Nuvola Santé
""",
    ),
    # --- Passerelle, re-application (Greenhouse) --------------------------------------------------
    m(
        "w84a",
        "2026-01-12 22:05",
        GH_PA,
        "Thank you for applying to Passerelle",
        A("confirmation", PA, PAR, 8, "greenhouse", "en"),
        """Hi Noémie,

Thanks for applying to Passerelle! Your application for the Senior UX Researcher role has been received and our team will review it shortly.

We read every application ourselves (no robots, promise). If your background looks like a match, someone from our People team will reach out to set up a first conversation. If not, we'll still let you know either way.

Cheers,
The Passerelle Talent Team

Passerelle Technologies financières inc. · 1100 rue Wellington, Montréal QC
Powered by Greenhouse · https://job-boards.greenhouse.io/passerellefinance
""",
    ),
    m(
        "w84b",
        "2026-01-27 13:18",
        GH_PA,
        "Interview Confirmation: Noémie Bergeron-Haddad <> Passerelle",
        A("interview", PA, PAR, 8, "greenhouse", "en"),
        """Hi Noémie,

Nice to see your name again! Here's the confirmation for your first conversation with us.

Recruiter screen with Olivia Chen-Beaulieu
Thursday, January 29, 2026
11:00 AM – 11:30 AM EST
Google Meet: https://meet.google.com/tsd-ojwe-mcx

A calendar invitation is attached.

Olivia Chen-Beaulieu
Talent Partner, Passerelle
""",
        ics=ics(
            "gh-interview-9d8e7f6a5b4c@greenhouse.io",
            "2026-01-29 11:00",
            "Passerelle — Recruiter screen (Noémie Bergeron-Haddad)",
            ("Olivia Chen-Beaulieu", "olivia.chenbeaulieu@passerelle.example"),
            minutes=30,
            location="https://meet.google.com/tsd-ojwe-mcx",
        ),
    ),
    m(
        "w84c",
        "2026-02-04 10:41",
        OLIVIA,
        "Passerelle — onsite loop Feb 12",
        A("interview", PA, PAR, 8, "direct", "en"),
        """Hi Noémie,

Great chatting last week, and the hiring manager loved your notes from the portfolio review. We'd like to bring you in for the onsite loop:

Thursday, February 12, 9:30 AM – 12:30 PM
Passerelle, 1100 rue Wellington, 3rd floor
- Research presentation (45 min)
- Working session with Product & Design (60 min)
- Values conversation (30 min)
- Lunch with the team (optional!)

Calendar invite attached. Let me know if you need anything.

Olivia
""",
        ics=ics(
            "1pq7s0d3vk2m9b4c6e8a5fhn0u@google.com",
            "2026-02-12 09:30",
            "Passerelle onsite — Noémie Bergeron-Haddad",
            ("Olivia Chen-Beaulieu", "olivia.chenbeaulieu@passerelle.example"),
            minutes=180,
            location="Passerelle, 1100 rue Wellington, 3e étage, Montréal",
        ),
    ),
    m(
        "w84d",
        "2026-02-09 09:26",
        OLIVIA,
        "Re: Passerelle — onsite loop Feb 12",
        A("confirmation", PA, PAR, 8, "direct", "en"),
        """Hi Noémie,

Congrats on the new role, that's fantastic news (and Nuvola is lucky)! Thanks for telling us before Thursday. I've withdrawn your candidacy on our side and I'm cancelling the onsite now, so you'll get a calendar notification.

Let's stay in touch. Who knows, maybe our paths cross again.

Olivia

On Sun, Feb 8, 2026 at 8:02 PM Noémie Bergeron-Haddad <nbergeronhaddad@gmail.com> wrote:
> Hi Olivia,
> I wanted to let you know as soon as possible: I've accepted an offer elsewhere, so I'd like
> to withdraw my application and free up Thursday for the team. Thank you so much for giving
> me a second chance at Passerelle, I really enjoyed our conversation.
> Noémie
""",
        st="withdrawn",
        **re_(
            mid("w84c", "2026-02-04 10:41", OLIVIA, "Passerelle — onsite loop Feb 12"),
            "<CAF8m2nbh+Tr8y@mail.gmail.com>",
        ),
    ),
    m(
        "w84e",
        "2026-02-09 09:31",
        "Olivia Chen-Beaulieu <olivia.chenbeaulieu@passerelle.example>",
        "Canceled event: Passerelle onsite — Noémie Bergeron-Haddad @ Thu Feb 12, 2026 9:30am - 12:30pm (EST)",
        A("interview", PA, PAR, 8, "direct", "en"),
        """This event has been canceled.

Passerelle onsite — Noémie Bergeron-Haddad
Thursday Feb 12, 2026 ⋅ 9:30am – 12:30pm (Eastern Time - Toronto)
Passerelle, 1100 rue Wellington, 3e étage, Montréal

Organizer
Olivia Chen-Beaulieu

Invitation from Google Calendar
""",
        st="withdrawn",
        ics=ics(
            "1pq7s0d3vk2m9b4c6e8a5fhn0u@google.com",
            "2026-02-12 09:30",
            "Passerelle onsite — Noémie Bergeron-Haddad",
            ("Olivia Chen-Beaulieu", "olivia.chenbeaulieu@passerelle.example"),
            minutes=180,
            method="CANCEL",
        ),
    ),
    # --- Maison Léger (Dayforce) ----------------------------------------------------------------
    m(
        "k6ab",
        "2026-01-14 21:10",
        DAYFORCE_LG,
        "Vous n'avez pas terminé votre candidature",
        J("alert", "other", LG, LGR),
        f"""Bonjour Noémie,

Vous avez commencé à postuler pour le poste Chercheur(-euse) UX – commerce électronique, mais votre candidature n'a pas été soumise.

Il ne vous reste que quelques étapes! Reprenez là où vous en étiez :
https://jobs.dayforcehcm.com/fr-CA/maisonleger/CANDIDATEPORTAL/jobs/8830/apply

Les candidatures incomplètes sont supprimées après 30 jours.

{_LEGER_FOOT}
""",
    ),
    m(
        "k6ac",
        "2026-01-15 07:52",
        DAYFORCE_LG,
        "Réinitialisation de votre mot de passe",
        J("other_job", "other", LG),
        f"""Bonjour,

Nous avons reçu une demande de réinitialisation du mot de passe associé au compte candidat nbergeronhaddad@gmail.com.

Cliquez sur le lien suivant dans les 60 minutes : https://jobs.dayforcehcm.com/fr-CA/maisonleger/CANDIDATEPORTAL/reset?token=f3K9qZ1xVb

Si vous n'avez pas fait cette demande, ignorez ce message.

{_LEGER_FOOT}
""",
    ),
    m(
        "k6ad",
        "2026-01-15 08:20",
        DAYFORCE_LG,
        "Maison Léger – Nous avons bien reçu votre candidature",
        A("confirmation", LG, LGR, 22, "other"),
        f"""Bonjour Noémie,

Merci d'avoir postulé chez Maison Léger! Nous avons bien reçu votre candidature pour le poste de Chercheur(-euse) UX – commerce électronique (siège social, Montréal).

Notre équipe Talent analysera votre dossier. Si votre profil est retenu, nous vous contacterons dans les prochaines semaines.

{_LEGER_FOOT}
""",
    ),
    m(
        "k6ae",
        "2026-02-02 11:48",
        DAYFORCE_LG,
        "Maison Léger – Suivi de votre candidature",
        A("rejection", LG, LGR, 22, "other"),
        f"""Bonjour Noémie,

Nous vous remercions de l'intérêt que vous portez à Maison Léger.

Nous avons bien étudié votre candidature pour le poste de Chercheur(-euse) UX – commerce électronique. Bien que votre parcours soit très intéressant, nous ne donnerons pas suite à votre candidature pour ce poste.

Nous vous souhaitons bonne chance dans vos recherches et espérons vous revoir bientôt… en magasin ou en ligne!

{_LEGER_FOOT}
""",
    ),
    # --- Lumiq Énergie (LinkedIn), ghosted --------------------------------------------------------
    m(
        "l9ce",
        "2026-01-20 12:33",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Noémie, votre candidature a été envoyée à Lumiq Énergie",
        A("confirmation", LQ, LQR, 23, "linkedin"),
        """Votre candidature a été envoyée à Lumiq Énergie

UX Researcher
Lumiq Énergie · Montréal, QC (Hybride)
Candidature envoyée le 20 janvier 2026

Votre profil, votre CV et vos coordonnées ont été transmis à l'employeur.

Voir la candidature : https://www.linkedin.com/comm/jobs/view/4355120876/?trackingId=Vx2%2Bq&refId=applied

----------------------------------------
Ce courriel était destiné à Noémie Bergeron-Haddad (UX Researcher | Mixed methods | Accessibility)
Découvrez pourquoi nous avons inclus ceci : https://www.linkedin.com/help/linkedin/answer/4788
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    # --- Parcours Éducation (Indeed) ------------------------------------------------------------
    m(
        "x4fo",
        "2026-01-25 19:02",
        "Indeed <donotreply@match.indeed.com>",
        _PE_NUDGE,
        J("alert", "indeed", PE, PER),
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p><img src="https://ca.indeed.com/images/indeed-logo.png" alt="Indeed" width="110"></p>
<p>Noémie, vous avez commencé à postuler à cet emploi :</p>
<p><b>Chercheur(e) UX</b><br>Parcours Éducation – Montréal, QC</p>
<p><a href="https://ca.indeed.com/viewjob?jk=4a9e1b0c7d2f3a85&amp;from=resume_apply_nudge" style="background:#2557a7;color:#fff;padding:10px 16px;border-radius:8px;text-decoration:none">Reprendre ma candidature</a></p>
<p style="font-size:11px;color:#767676">© 2026 Indeed · <a href="https://ca.indeed.com/settings/email">Paramètres des courriels</a></p>
</body></html>""",
    ),
    m(
        "x4fp",
        "2026-01-26 08:14",
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyée : Chercheur(e) UX",
        A("confirmation", PE, PER, 24, "indeed"),
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#2d2d2d">
<p><img src="https://ca.indeed.com/images/indeed-logo.png" alt="Indeed" width="110"></p>
<h2 style="font-size:20px">Candidature envoyée</h2>
<p>Bonjour Noémie,</p>
<p>Votre candidature a été envoyée à <b>Parcours Éducation</b>.</p>
<table style="border:1px solid #e4e2e0;border-radius:8px" cellpadding="12"><tr><td>
<b>Chercheur(e) UX</b><br>Parcours Éducation<br>Montréal, QC · Hybride</td></tr></table>
<p><a href="https://myjobs.indeed.com/applied?from=ia_confirm">Suivre vos candidatures dans Mes emplois</a></p>
<p style="font-size:11px;color:#767676">© 2026 Indeed · 6433 Champion Grandview Way, Austin, TX 78750</p>
</body></html>""",
    ),
    m(
        "x4fq",
        "2026-02-10 15:27",
        "Parcours Éducation via Indeed <a7f3c9e1b2d4-1c9d@indeedemail.com>",
        "Nouveau message de Parcours Éducation",
        A("interview", PE, PER, 24, "indeed"),
        """Parcours Éducation vous a envoyé un message concernant votre candidature au poste de Chercheur(e) UX.

---

Bonjour Noémie,

Merci pour votre candidature! Votre expérience en accessibilité nous intéresse beaucoup. Seriez-vous disponible pour un premier appel téléphonique de 30 minutes la semaine prochaine? Voici quelques plages :
- mardi 17 février, 10 h
- mercredi 18 février, 14 h
- jeudi 19 février, 11 h 30

Au plaisir,
Charles Nadeau, directeur produit
Parcours Éducation

---

Répondez directement à ce courriel pour écrire à l'employeur. Indeed fait suivre vos réponses.
© 2026 Indeed
""",
    ),
    # --- outreach -------------------------------------------------------------------------------
    m(
        "o7ta",
        "2025-11-06 14:49",
        "Priya Raman via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Staff UX Researcher at Synapse Robotique — quick chat?",
        J("outreach", "linkedin", "Synapse Robotique", "Staff UX Researcher", "en"),
        """Priya Raman
Senior Technical Recruiter at Synapse Robotique

Hi Noémie,

Your work on accessible transit apps caught my eye. I'm hiring a Staff UX Researcher for our warehouse robotics platform (Montréal office, hybrid). It's a role where you'd set up the research practice for operators and floor supervisors, lots of field work.

Would you be open to a 20-minute chat next week?

Priya

Reply: https://www.linkedin.com/comm/messaging/thread/2-ZTRjMmE4/?trk=eml-inmail
This is an InMail. You can turn off InMails in your settings.
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
    ),
    m(
        "o7tb",
        "2025-12-10 10:03",
        "Graham Whitfield <graham@northboundtalent.example>",
        "Principal UX Researcher | leading Canadian insurer | Montreal hybrid",
        J("outreach", "agency", None, "Principal UX Researcher", "en"),
        """Hi Noémie,

Hope you're well. I'm a retained search partner at Northbound Talent (Toronto) and I'm working exclusively with one of Canada's leading insurers on a Principal UX Researcher hire for their Montréal digital hub.

- Principal level, reporting to the VP Customer Experience
- Base $125K-$140K + bonus + pension
- Bilingual (FR/EN) essential
- Hybrid, 2 days in office

I can share the client's name once we've had a first conversation and you're comfortable with a confidentiality note. Would you have 15 minutes this week or next?

Best,
Graham Whitfield
Partner, Digital & Design Practice
Northbound Talent Partners
+1 416 555 0119

This email and any attachments are confidential. If you've received it in error, please let us know and delete it.
""",
    ),
    m(
        "o7tc",
        "2026-01-21 09:17",
        "Marie-Pier Gauthier <mpgauthier@crenorh.example>",
        "Mandat 6 mois – conseiller(ère) en recherche utilisateur (secteur public)",
        J("outreach", "agency", None, "Conseiller(ère) en recherche utilisateur"),
        """Bonjour Noémie,

J'espère que la nouvelle année commence bien pour vous!

Je recrute pour un mandat de 6 mois (possibilité de prolongation) auprès d'un ministère québécois, à Montréal : conseiller(ère) en recherche utilisateur pour la refonte d'un service en ligne destiné aux citoyens.

- Début : mi-février
- Taux : 75 $ à 85 $/h selon l'expérience
- Hybride, 2 jours au bureau (centre-ville)
- Exigence : expérience en recherche avec des populations vulnérables ou en accessibilité

Vous seriez intéressée? Je peux vous appeler aujourd'hui ou demain.

Marie-Pier Gauthier
Conseillère en acquisition de talents, TI
Créno RH – Services-conseils en recrutement
514 555-0104
""",
    ),
    # --- alerts and other job mail, November to February -----------------------------------------
    m(
        "a5kd",
        "2025-11-10 07:44",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Nuvola Santé and 4 other companies are hiring for roles like yours",
        J("alert", "linkedin", lang="en"),
        """Companies that are hiring for roles like yours

Nuvola Santé · Hospitals and Health Care · 201-500 employees
Senior UX Researcher, Patient Experience · Montreal, QC (Hybrid)

Quillon · Software Development · 51-200 employees
UX Researcher II · Montreal, QC (Hybrid)

Kinéo Santé · Wellness and Fitness Services
UX Research Lead · Montreal, QC (Remote)

Lumiq Énergie · Renewable Energy
UX Researcher · Montreal, QC (Hybrid)

Synapse Robotique · Automation Machinery Manufacturing
Staff UX Researcher · Montreal, QC

See more: https://www.linkedin.com/comm/jobs/collections/hiring-now/?trackingId=Yk9%2FLm

----------------------------------------
This email was intended for Noémie Bergeron-Haddad (UX Researcher | Mixed methods | Accessibility)
Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
        headers={
            "List-Unsubscribe": "<https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs>"
        },
    ),
    m(
        "a5ke",
        "2025-11-13 11:25",
        "Services Québec <ne-pas-repondre@mess.gouv.qc.ca>",
        "Confirmation de votre rendez-vous – Services Québec",
        J("other_job", "other"),
        """Bonjour Noémie Bergeron-Haddad,

Nous vous confirmons votre rendez-vous avec une conseillère ou un conseiller en emploi.

Date : jeudi 20 novembre 2025
Heure : 9 h 30
Lieu : Bureau de Services Québec de Montréal – Plateau-Mont-Royal, 1350, rue Sherbrooke Est
Objet : Rencontre d'information – Mesures de soutien à la recherche d'emploi

Apportez : votre numéro d'assurance sociale, votre curriculum vitæ, la liste de vos démarches des dernières semaines.

Pour annuler ou modifier votre rendez-vous, composez le 1 877 644-4545.

Ministère de l'Emploi et de la Solidarité sociale
""",
    ),
    m(
        "a5kf",
        "2025-11-20 06:30",
        "Québec emploi <ne-pas-repondre@quebecemploi.gouv.qc.ca>",
        "Québec emploi – Nouvelles offres correspondant à votre recherche",
        J("alert", "other"),
        """Bonjour,

Les offres d'emploi suivantes correspondent à vos critères de recherche « recherche utilisateur / expérience usager – Montréal ».

- Agent(e) de recherche – expérience des usagers · ALPHA-MOTS · Montréal · 2025-9913647
- Conseiller(ère) en accessibilité numérique · CENTRE DE SERVICES SCOLAIRE DES RIVIÈRES · Montréal · 2025-9920114
- Technicien(ne) en documentation – expérience usager · BIBLIOTHÈQUE DE QUARTIER LES SAULES · Montréal · 2025-9918403

Consultez ces offres dans Québec emploi : https://www.quebecemploi.gouv.qc.ca/plateforme-emploi/

Pour modifier ou désactiver vos alertes, ouvrez une session et accédez à « Mes recherches sauvegardées ».
Ministère de l'Emploi et de la Solidarité sociale
""",
    ),
    m(
        "a5kg",
        "2025-12-02 06:09",
        "Jobillico <alertes@jobillico.com>",
        "Nouvelles offres pour votre alerte « recherche utilisateur »",
        J("alert", "other"),
        """Bonjour Noémie,

2 nouvelles offres correspondent à votre alerte « recherche utilisateur » – Montréal (25 km).

Conseiller(ère) en expérience utilisateur – Services numériques
Cégep du Vieux-Port · Montréal (Vieux-Montréal) · Permanent
https://www.jobillico.com/r/c?u=aHR0cHM6Ly93d3cuam9iaWxsaWNvLmNvbS9mci9vZmZyZS1kZW1wbG9pLzIyNDQwMQ&a=al_4471

Chercheur(e) UX
Parcours Éducation · Montréal · Permanent, hybride
https://www.jobillico.com/r/c?u=aHR0cHM6Ly93d3cuam9iaWxsaWNvLmNvbS9mci9vZmZyZS1kZW1wbG9pLzIyNDUxOA&a=al_4471

Gérer mes alertes : https://www.jobillico.com/fr/alertes/gerer?t=al_4471
""",
        headers={"List-Unsubscribe": "<https://www.jobillico.com/fr/desabonnement?t=al_4471>"},
    ),
    m(
        "a5kh",
        "2026-01-06 08:11",
        "Indeed <alert@indeed.com>",
        "Chercheur ux : 9 nouveaux emplois à Montréal, QC",
        J("alert", "indeed"),
        """Nouveaux emplois pour « chercheur ux » à Montréal, QC

Chercheur(e) UX – Parcours Éducation – Montréal, QC – Hybride
https://ca.indeed.com/rc/clk/dl?jk=4a9e1b0c7d2f3a85&from=ja

Chercheur(-euse) UX – commerce électronique – Maison Léger – Montréal, QC
https://ca.indeed.com/rc/clk/dl?jk=91cc0e2f4b7a3d16&from=ja

UX Research Analyst (Contract) – Banque Verdure – Montréal, QC
https://ca.indeed.com/rc/clk/dl?jk=2f0a8b6c1e9d7a44&from=ja

Voir les 9 emplois : https://ca.indeed.com/jobs?q=chercheur+ux&l=Montr%C3%A9al%2C+QC&from=ja

Vous recevez cette alerte parce que vous vous y êtes abonnée. Se désabonner : https://ca.indeed.com/alert/unsubscribe?id=8f3e1a
""",
        headers={"List-Unsubscribe": "<https://ca.indeed.com/alert/unsubscribe?id=8f3e1a>"},
    ),
    m(
        "a5ki",
        "2026-02-09 07:31",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "« chercheur ux » : Banque Verdure – Chercheur(-euse) UX senior et plus",
        J("alert", "linkedin"),
        """Votre alerte emploi pour chercheur ux à Montréal, Québec, Canada
7 nouveaux emplois correspondent à vos préférences.

Chercheur(-euse) UX senior
Banque Verdure
Montréal, QC (Hybride)
Voir l'emploi : https://www.linkedin.com/comm/jobs/view/4377002311/?trackingId=Zp%2F1&refId=alert

Responsable de la recherche utilisateur
Synapse Robotique
Montréal, QC
Voir l'emploi : https://www.linkedin.com/comm/jobs/view/4376610980/?trackingId=Zp%2F1&refId=alert

Voir tous les emplois : https://www.linkedin.com/comm/jobs/search/?savedSearchId=1788231204

----------------------------------------
Ce courriel était destiné à Noémie Bergeron-Haddad (UX Researcher | Mixed methods | Accessibility)
Se désabonner : https://www.linkedin.com/comm/jobs/alerts?unsubscribe=1788231204
© 2026 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
        headers={
            "List-Unsubscribe": "<https://www.linkedin.com/comm/jobs/alerts?unsubscribe=1788231204>"
        },
    ),
    m(
        "a5kj",
        "2026-02-16 07:05",
        "Jobboom <alertes@jobboom.com>",
        "Vos nouvelles offres d'emploi – Jobboom",
        J("alert", "other"),
        """Bonjour Noémie,

De nouvelles offres correspondent à votre recherche sauvegardée « expérience utilisateur ».

Conseiller(ère) UX – Vélocité Télécom – Montréal (Saint-Laurent)
https://www.jobboom.com/fr/emploi/3094410_conseiller-ere-ux?utm_source=alerte&utm_medium=courriel

Analyste d'affaires – expérience client – Assurances Beaupré – Québec
https://www.jobboom.com/fr/emploi/3094021_analyste-d-affaires?utm_source=alerte&utm_medium=courriel

Modifier ou supprimer cette alerte : https://www.jobboom.com/fr/mon-jobboom/alertes
""",
        headers={
            "List-Unsubscribe": "<https://www.jobboom.com/fr/mon-jobboom/alertes?desabonner=1>"
        },
    ),
]

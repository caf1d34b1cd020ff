# ruff: noqa: E501, RUF100
"""Corpus 135, job mail part two (data only): see heldout135.py."""

from __future__ import annotations

from typing import Any

from heldout135_jobs import (
    AIR,
    AIRR,
    AST,
    ASTR,
    CER,
    CERR,
    GEL,
    GELR,
    HEL,
    HELR,
    LUM,
    LUMR,
    MAG,
    MAGR,
    NIM,
    NIMR,
    ODR,
    ODRR,
    SAS,
    SASR,
    STE,
    STER,
    TRI,
    TRIR,
    VEL,
    VELR,
    VOL,
    VOLR,
    A,
    J,
    ics,
    m,
    reply,
)

LI_FOOT = """Vous recevez des e-mails de notification de candidature. Se désabonner : https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=urn%3Ali%3Apage%3Aemail_jobs_application
Aide : https://www.linkedin.com/help/linkedin/answer/67?lang=fr
© 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Wilton Place, Dublin 2. LinkedIn est une marque déposée de LinkedIn Corporation et de ses sociétés affiliées."""

_SAS_ITW = m(
    "ps19a1",
    "2026-01-27 08:12",
    "Patrick Sabatier <sabatier.patrick@orange.fr>",
    "Re: Candidature spontanée – développeuse logiciel bancs de test",
    A("interview", SAS, SASR, 19, "direct"),
    text="""Bonjour Mademoiselle Roussel,

Merci pour votre courrier et votre CV. Nous sommes une petite structure (14 personnes) et nous fabriquons des bancs de test pour les équipementiers, surtout du LabVIEW et du C, un peu de Python depuis peu. On a justement besoin de quelqu'un pour reprendre la partie logicielle, notre développeur part à la retraite en juin.

Le plus simple est que vous passiez nous voir à l'atelier : jeudi 5 février vers 17h, ça vous irait ? On est à Portet-sur-Garonne, 8 chemin de la Ménude, le portail gris après la station de lavage.

Cordialement
P. Sabatier
Gérant – Sud Avionique Services
05 61 72 30 14

Envoyé depuis mon mobile Orange

-------- Message d'origine --------
De : Camille Roussel <camille.roussel31@gmail.com>
Date : 25/01/2026 19:40
À : contact@sud-avionique-services.example
Objet : Candidature spontanée – développeuse logiciel bancs de test

Monsieur,
Ingénieure logiciel embarqué depuis six ans, je me permets de vous adresser ma candidature spontanée. J'ai eu l'occasion d'utiliser deux de vos bancs de test chez un client...
""",
    **reply("<CAKq9w3tY4sM1nZ0dE@mail.gmail.com>"),
)

_SAS_OK = m(
    "ps19a2",
    "2026-01-28 12:31",
    "Patrick Sabatier <sabatier.patrick@orange.fr>",
    "Re: Re: Candidature spontanée – développeuse logiciel bancs de test",
    A("interview", SAS, SASR, 19, "direct"),
    text="""Parfait, à jeudi 17h. Demandez Patrick à l'accueil, ou Josiane si je suis à l'atelier.
P.S.

Envoyé depuis mon mobile Orange
""",
    **reply(_SAS_ITW["id"], "<CAKq9w3uB7rP2wQ5fK@mail.gmail.com>"),
)

_MAG2_ITW = m(
    "nb20b1",
    "2026-02-16 10:48",
    "Nathalie Baqué <n.baque@mag-aero.example>",
    "Entretien – poste Ingénieur Logiciel Embarqué DO-178C",
    A("interview", MAG, MAGR, 20, "direct"),
    text="""Madame,

Nous avons bien reçu votre nouvelle candidature au poste d'Ingénieur Logiciel Embarqué DO-178C (réf. 2600047). Nous nous souvenons de votre candidature de l'automne dernier ; le poste a évolué depuis (il est désormais rattaché au programme de calculateur moteur) et votre profil nous semble aujourd'hui tout à fait adapté.

Nous vous proposons un entretien le mardi 24 février à 10h00 dans nos locaux de Cornebarrieu, avec M. Olivier Tessier, responsable du pôle logiciel, et moi-même.

Merci de me confirmer votre présence.

Cordialement,

Nathalie Baqué
Responsable Ressources Humaines
MAG – Microtechniques Aéro Garonne
ZA de Font-Grasse – 31700 Cornebarrieu
Tél : 05 62 13 40 08
""",
    ics=ics(
        "040000008200E00074C5B7101A82E00800000000F2B8A1C4E59FDC01000000000000000010000000D9",
        "2026-02-24 10:00",
        "Entretien Mme Roussel – Ingénieur Logiciel Embarqué DO-178C",
        ("Nathalie Baqué", "n.baque@mag-aero.example"),
        style="outlook",
        minutes=90,
        attendees=[("Olivier Tessier", "o.tessier@mag-aero.example")],
        location="MAG – Salle Garonne – ZA de Font-Grasse, Cornebarrieu",
    ),
)

MAIL: list[dict[str, Any]] = [
    # --- 8: Cerfio (Cerfio Digital Services SAS), SmartRecruiters, ghosted -----------------
    m(
        "sr8a01",
        "2025-10-21 19:06",
        "Cerfio <noreply@smartrecruiters.com>",
        "Merci pour votre candidature !",
        A("confirmation", CER, CERR, 8, "smartrecruiters"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#333">
<p><img src="https://c.smartrecruiters.com/sr-company-logo-prod-aws-dc5/cerfio.png" alt="Cerfio" height="40"></p>
<p>Bonjour Camille,</p>
<p>Merci d'avoir postulé au poste <b>Ingénieur Développement C/C++ – Spatial (H/F)</b> à Toulouse.</p>
<p>Nous avons bien reçu votre candidature. Notre équipe de recrutement l'examine et reviendra vers vous si votre profil correspond à nos besoins. En raison du nombre important de candidatures, nous ne pouvons malheureusement pas répondre individuellement à chacune d'elles.</p>
<p>Chez Cerfio, plus de 4 000 ingénieurs et consultants accompagnent les grands acteurs de l'aéronautique, du spatial et de la défense dans leur transformation numérique.</p>
<p>À bientôt,<br>L'équipe Talent Acquisition</p>
<p><a href="https://jobs.smartrecruiters.com/CerfioDigitalServicesSAS/743999102318841-ingenieur-developpement-c-c-spatial-h-f-">Voir l'offre</a></p>
<p style="font-size:10px;color:#999">Powered by SmartRecruiters · <a href="https://www.smartrecruiters.com/privacy-policy/">Politique de confidentialité</a></p>
</body></html>""",
    ),
    m(
        "sr8a02",
        "2025-10-21 19:07",
        "Cerfio Talent Community <noreply@smartrecruiters.com>",
        "Bienvenue dans la Talent Community Cerfio",
        J("alert", "smartrecruiters", CER),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Bonjour Camille,</p>
<p>Bienvenue dans notre Talent Community ! Vous recevrez désormais, chaque mois, une sélection d'offres Cerfio correspondant à vos centres d'intérêt (Aéronautique &amp; Spatial · Systèmes embarqués · Occitanie).</p>
<p>Vous pouvez modifier vos préférences ou vous désinscrire à tout moment.</p>
<p><a href="https://jobs.smartrecruiters.com/CerfioDigitalServicesSAS/talent-community/preferences">Gérer mes préférences</a></p>
<p>L'équipe Talent Acquisition Cerfio</p>
</body></html>""",
    ),
    # --- 9: Occitanie Drones, Flatchr, Meet by Google, no --------------------------------
    m(
        "fl9a01",
        "2025-11-25 10:19",
        "Occitanie Drones <noreply@flatchr.io>",
        "Confirmation de votre candidature",
        A("confirmation", ODR, ODRR, 9, "other"),
        text="""Bonjour Camille,

Nous avons bien reçu votre candidature pour le poste « Ingénieur Logiciel Autopilote (H/F) » et vous remercions de l'intérêt que vous portez à Occitanie Drones.

Nous étudions chaque candidature avec attention et reviendrons vers vous dans les plus brefs délais.

Belle journée,
L'équipe Occitanie Drones

--
Cet email a été envoyé via Flatchr. Pour exercer vos droits RGPD : https://careers.flatchr.io/fr/company/occitanie-drones/rgpd
""",
    ),
    m(
        "fl9a02",
        "2025-12-04 09:41",
        "Élodie Vidal - Occitanie Drones <noreply@flatchr.io>",
        "Nouveau message concernant votre candidature",
        A("interview", ODR, ODRR, 9, "other"),
        reply_to="reply+c7e21a9f3b@flatchr.io",
        text="""Bonjour Camille,

Votre profil a retenu notre attention pour le poste d'ingénieur logiciel autopilote. Je vous propose un premier entretien en visio de 45 minutes avec notre responsable software, Maxence, le mardi 9 décembre à 11h.

Je vous envoie une invitation Google Meet dans la foulée. Si le créneau ne vous convient pas, répondez simplement à ce message.

Élodie Vidal
Office & People Manager – Occitanie Drones

--
Répondez directement à cet email pour répondre à Élodie Vidal. Message envoyé via Flatchr.
""",
    ),
    m(
        "gc9a03",
        "2025-12-04 09:47",
        "Élodie Vidal <elodie.vidal@occitanie-drones.example>",
        "Invitation: Entretien Camille Roussel / Occitanie Drones @ mar. 9 déc. 2025 11:00 - 11:45 (CET) (camille.roussel31@gmail.com)",
        A("interview", ODR, ODRR, 9, "direct"),
        text="""Élodie Vidal vous a invité(e) à un événement.

Entretien Camille Roussel / Occitanie Drones
Quand : mardi 9 déc. 2025 11:00 – 11:45 (heure normale d'Europe centrale - Paris)
Participer avec Google Meet : https://meet.google.com/pfr-hzyd-uka
Participants : elodie.vidal@occitanie-drones.example (organisateur), maxence.olive@occitanie-drones.example, camille.roussel31@gmail.com

Afficher tous les détails de l'événement : https://calendar.google.com/calendar/event?action=VIEW&eid=M3Nva3VtZjJqN2Q

Invitation de Google Agenda
""",
        ics=ics(
            "3sokumf2j7dq0vbl8r1e4h6c5@google.com",
            "2025-12-09 11:00",
            "Entretien Camille Roussel / Occitanie Drones",
            ("Élodie Vidal", "elodie.vidal@occitanie-drones.example"),
            minutes=45,
            attendees=[("Maxence Olive", "maxence.olive@occitanie-drones.example")],
            location="https://meet.google.com/pfr-hzyd-uka",
        ),
    ),
    m(
        "fl9a04",
        "2026-01-06 14:55",
        "Occitanie Drones <noreply@flatchr.io>",
        "Occitanie Drones – votre candidature",
        A("rejection", ODR, ODRR, 9, "other"),
        text="""Bonjour Camille,

Merci pour le temps que vous nous avez accordé lors de votre entretien avec Maxence. Nous avons beaucoup apprécié votre expérience du logiciel critique et la clarté de vos explications.

Nous avons cependant choisi de poursuivre avec un profil ayant déjà travaillé sur PX4, ce qui est aujourd'hui une priorité pour l'équipe.

Nous vous souhaitons le meilleur pour la suite de vos recherches et une très belle année 2026.

Élodie, pour l'équipe Occitanie Drones

--
Cet email a été envoyé via Flatchr.
""",
    ),
    # --- 10: Hélio Satcom, Lever and HackerRank, in English ---------------------------------
    m(
        "lv10a1",
        "2025-10-27 08:33",
        "Hélio Satcom <no-reply@hire.lever.co>",
        "Thank you for your application to Hélio Satcom",
        A("confirmation", HEL, HELR, 10, "lever", "en"),
        text="""Hi Camille,

Thanks for applying for the Senior Embedded Software Engineer – Ground Terminals position at Hélio Satcom. We have received your application and our team is reviewing it.

Hélio Satcom builds flat-panel satellite terminals for maritime and aviation connectivity, with engineering teams in Toulouse, Cambridge (UK) and Montreal. If your background matches what we are looking for, a member of our talent team will reach out to you for next steps.

In the meantime, feel free to learn more about our team at https://jobs.lever.co/heliosatcom.

Best,
The Hélio Satcom Talent Team
""",
    ),
    m(
        "hr10a2",
        "2025-11-05 15:20",
        "HackerRank <noreply@hackerrankforwork.com>",
        "Hélio Satcom has invited you to take a coding assessment",
        A("assessment", HEL, HELR, 10, "hackerrank", "en"),
        html="""<html><body style="font-family:Helvetica,Arial,sans-serif;color:#39424e">
<p>Hello Camille,</p>
<p>Hélio Satcom has invited you to take the <b>Embedded Systems – Senior (C++17)</b> assessment. Completing this assessment is the next step in your application for <b>Senior Embedded Software Engineer – Ground Terminals</b>.</p>
<p>Duration: 120 minutes · Deadline: Nov 12, 2025</p>
<p><a href="https://www.hackerrank.com/tests/2fd9a04bc11/login?b=eyJ1c2VybmFtZSI6ImNhbWlsbGUucm91c3NlbDMxQGdtYWlsLmNvbSJ9" style="background:#1ba94c;color:#fff;padding:10px 20px;text-decoration:none">Take the assessment</a></p>
<p>Tips: you may use the language's standard library documentation; copy-paste from external sources is recorded.</p>
<p>Good luck!<br>HackerRank for Work</p>
</body></html>""",
    ),
    m(
        "lv10a3",
        "2025-11-19 17:12",
        "Hélio Satcom <no-reply@hire.lever.co>",
        "Your application to Hélio Satcom",
        A("rejection", HEL, HELR, 10, "lever", "en"),
        text="""Hi Camille,

Thank you for your interest in Hélio Satcom and for the time you invested in our coding assessment. The team enjoyed reviewing your solution – your handling of the ring-buffer exercise in particular stood out.

We have now completed our review, and we have decided to move forward with candidates whose experience with RF/baseband firmware more closely matches the current needs of the team.

This was a difficult decision, and we hope you will consider applying again in the future.

All the best,
Rachel Owusu
Talent Partner, Hélio Satcom
""",
    ),
    m(
        "lv10a4",
        "2025-12-03 10:00",
        "Hélio Satcom <no-reply@hire.lever.co>",
        "How was your interview experience with Hélio Satcom?",
        J("other_job", "lever", HEL, None, "en"),
        text="""Hi Camille,

We're always looking for ways to improve how we hire. Would you take 2 minutes to tell us about your recent experience applying to Hélio Satcom? Your answers are anonymous and will not affect any current or future application.

Take the survey: https://hire.lever.co/candidate-survey/8c0f4e6a-21b3-4d7c-9a55-e2f8a1d60b93

Thank you,
The Hélio Satcom Talent Team
""",
    ),
    # --- 11: Vélane Robotics, LinkedIn Easy Apply, viewed then nothing ---------------------
    m(
        "li11a1",
        "2025-12-02 21:36",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Camille, votre candidature a été envoyée à Vélane Robotics",
        A("confirmation", VEL, VELR, 11, "linkedin"),
        html=f"""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif;color:#191919">
<p>Votre candidature a été envoyée à Vélane Robotics</p>
<table><tr><td><img src="https://media.licdn.com/dms/image/C4E0BAQvelane/company-logo_100_100/0" width="48" alt="Vélane Robotics"></td>
<td><b>Ingénieur Logiciel Embarqué Linux (H/F)</b><br>Vélane Robotics · Labège, Occitanie, France (Hybride)<br><span style="color:#666">Candidature envoyée le 2 déc. 2025</span></td></tr></table>
<p>Maintenant, prenez le temps de :</p>
<ul><li>Suivre Vélane Robotics pour rester informé(e)</li><li>Découvrir d'autres offres similaires</li></ul>
<p><a href="https://www.linkedin.com/comm/jobs/view/4091822736/?trk=eml-jobs_application_confirmation">Voir l'offre</a></p>
<p style="font-size:11px;color:#666">{LI_FOOT.replace(chr(10), "<br>")}</p>
</body></html>""",
    ),
    m(
        "li11a2",
        "2025-12-05 13:08",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Votre candidature a été consultée par Vélane Robotics",
        A("viewed", VEL, VELR, 11, "linkedin"),
        text=f"""Votre candidature a été consultée par Vélane Robotics

Ingénieur Logiciel Embarqué Linux (H/F)
Vélane Robotics · Labège, Occitanie, France

Bonne nouvelle, le recruteur a vu votre candidature. Vous pouvez la suivre depuis « Mes offres d'emploi ».
https://www.linkedin.com/comm/my-items/saved-jobs/?cardType=APPLIED

{LI_FOOT}
""",
    ),
    # --- 12: Trimaran Systems, Indeed ------------------------------------------------------
    m(
        "in12a1",
        "2025-11-10 07:55",
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyée : Développeur Embarqué C (H/F)",
        A("confirmation", TRI, TRIR, 12, "indeed"),
        html="""<html><body style="font-family:'Noto Sans',Arial,sans-serif;color:#2d2d2d">
<p style="font-size:18px"><b>Votre candidature a bien été envoyée</b></p>
<p><b>Développeur Embarqué C (H/F)</b><br>Trimaran Systems – Labège (31)</p>
<p>Les éléments suivants ont été envoyés à Trimaran Systems :</p>
<ul><li>CV : CV_Camille_Roussel_2025.pdf</li><li>Réponses aux questions de l'employeur (3)</li></ul>
<p>Conseil : les employeurs répondent en général sous 1 à 2 semaines. Vous pouvez suivre vos candidatures dans <a href="https://fr.indeed.com/myjobs?from=applyconfirmation">Mes emplois</a>.</p>
<p style="font-size:11px;color:#767676">© 2025 Indeed – <a href="https://fr.indeed.com/legal">Conditions</a> – Ne pas transférer cet e-mail : il contient des liens personnels.</p>
</body></html>""",
    ),
    m(
        "in12a2",
        "2025-12-15 16:40",
        "Trimaran Systems via Indeed <noreply@indeed.com>",
        "Nouveau message de Trimaran Systems",
        A("rejection", TRI, TRIR, 12, "indeed"),
        text="""Trimaran Systems vous a envoyé un message concernant votre candidature au poste Développeur Embarqué C (H/F).

---
Bonjour Camille,

Merci pour votre candidature et pour l'intérêt porté à Trimaran Systems. Après étude de votre dossier, nous sommes au regret de ne pas pouvoir y donner une suite favorable, le poste ayant été pourvu.

Cordialement,
Service RH – Trimaran Systems
---

Répondre sur Indeed : https://fr.indeed.com/conversations/3f1a2c9d?from=email
Indeed ne lit pas le contenu des messages échangés entre les candidats et les employeurs.
""",
    ),
    # --- 13: Astrolabe Conseil (ESN), Jobaffinity, a call and then nothing ---------------
    m(
        "ja13a1",
        "2025-12-08 22:03",
        "Astrolabe Conseil <noreply@jobaffinity.fr>",
        "Votre candidature au poste de Consultant(e) Logiciel Embarqué Aéronautique",
        A("confirmation", AST, ASTR, 13, "other"),
        text="""Bonjour Camille Roussel,

Nous vous confirmons la bonne réception de votre candidature au poste de Consultant(e) Logiciel Embarqué Aéronautique – Toulouse (réf. AST-2025-211).

Nos équipes reviendront vers vous très prochainement.

Cordialement,
L'équipe Recrutement Astrolabe Conseil

Vous pouvez à tout moment consulter, modifier ou supprimer vos données personnelles : https://astrolabe-conseil.jobaffinity.fr/candidat/donnees
""",
    ),
    m(
        "hl13a2",
        "2025-12-17 12:14",
        "Hugo Lamarque <hugo.lamarque@astrolabe-conseil.example>",
        "Échange téléphonique – Astrolabe",
        A("interview", AST, ASTR, 13, "direct"),
        text="""Bonjour Camille,

Hugo, Business Manager chez Astrolabe. J'ai bien reçu votre candidature, merci !

Seriez-vous disponible vendredi 19 décembre à 12h30 pour un premier échange d'une demi-heure par téléphone ? Je vous appellerai au numéro de votre CV.

Belle journée,
Hugo Lamarque
Business Manager Aéronautique – Astrolabe Conseil
Immeuble Le Sirius – 3 rue Ampère, 31670 Labège
""",
    ),
    # --- 14: Voltéo Automotive, Workday tenant "vgauto", English --------------------------
    m(
        "wd14a1",
        "2025-11-06 23:12",
        "Voltéo Automotive Careers <vgauto@myworkday.com>",
        "Thank you for applying – Software Engineer AUTOSAR Classic (f/m/d)",
        A("confirmation", VOL, VOLR, 14, "workday", "en"),
        text="""Dear Camille,

Thank you for applying to the position Software Engineer AUTOSAR Classic (f/m/d) (JR-2025-08812) in Toulouse, France.

We will review your application and contact you if your qualifications match our requirements. You can review the status of your application at any time in the Candidate Home section of our careers site.

Kind regards,
Voltéo Talent Acquisition

Voltéo Automotive France SAS (formerly VG Automotive France) · 1 avenue Paul Ourliac · 31100 Toulouse
This email was sent from an unmonitored mailbox.
""",
    ),
    m(
        "wd14a2",
        "2025-11-28 06:02",
        "Voltéo Automotive Careers <vgauto@myworkday.com>",
        "Update regarding your application for JR-2025-08812",
        A("rejection", VOL, VOLR, 14, "workday", "en"),
        text="""Dear Camille,

Thank you for your interest in Voltéo and for taking the time to apply for Software Engineer AUTOSAR Classic (f/m/d).

After careful consideration, we regret to inform you that we will not be moving forward with your application for this position. This decision is not a reflection of your skills, and we encourage you to apply for other roles that match your profile.

We wish you every success in your job search.

Sincerely,
Voltéo Talent Acquisition
""",
    ),
    # --- 15: Nimbus Orbital, Greenhouse, interview cancelled, then on hold ----------------
    m(
        "gh15a1",
        "2026-01-12 18:27",
        "Nimbus Orbital <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Nimbus Orbital!",
        A("confirmation", NIM, NIMR, 15, "greenhouse", "en"),
        html="""<html><body style="font-family:Georgia,serif;color:#222">
<p>Hi Camille,</p>
<p>Thanks for your interest in Nimbus Orbital! We've received your application for <b>Flight Software Engineer</b> (Toulouse, France – hybrid).</p>
<p>We're a small team, and a real person reads every application. If there's a fit, you'll hear from us within two weeks.</p>
<p>Clear skies,<br>The Nimbus Orbital team</p>
<p style="font-size:11px;color:#888">Nimbus Orbital Ltd · Harwell Campus, Didcot OX11 0QX, UK · Nimbus Orbital France SAS, Toulouse</p>
</body></html>""",
    ),
    m(
        "pn15a2",
        "2026-01-21 14:02",
        "Priya Natarajan <priya.natarajan@nimbus-orbital.example>",
        "Invitation: Nimbus Orbital – intro call with Camille Roussel @ Wed 28 Jan 2026 11:00 - 11:45 (CET) (camille.roussel31@gmail.com)",
        A("interview", NIM, NIMR, 15, "direct", "en"),
        text="""You have been invited to the following event.

Nimbus Orbital – intro call with Camille Roussel
When: Wednesday 28 Jan 2026 11:00 – 11:45 Central European Time - Paris
Joining info: https://meet.google.com/ubx-rnqe-cwa
Who: priya.natarajan@nimbus-orbital.example (organiser), tom.haskell@nimbus-orbital.example, camille.roussel31@gmail.com

Hi Camille, looking forward to chatting! Tom leads our FSW team in Toulouse.

Invitation from Google Calendar
""",
        ics=ics(
            "1q7c0d4n2hx9a6m3rfe5t8wk0v@google.com",
            "2026-01-28 11:00",
            "Nimbus Orbital – intro call with Camille Roussel",
            ("Priya Natarajan", "priya.natarajan@nimbus-orbital.example"),
            minutes=45,
            attendees=[("Tom Haskell", "tom.haskell@nimbus-orbital.example")],
            location="https://meet.google.com/ubx-rnqe-cwa",
            description="Hi Camille, looking forward to chatting! Tom leads our FSW team in Toulouse.",
        ),
    ),
    m(
        "pn15a3",
        "2026-01-26 09:15",
        "Priya Natarajan <priya.natarajan@nimbus-orbital.example>",
        "Cancelled event: Nimbus Orbital – intro call with Camille Roussel @ Wed 28 Jan 2026 11:00 - 11:45 (CET)",
        A("interview", NIM, NIMR, 15, "direct", "en"),
        text="""This event has been cancelled.

Nimbus Orbital – intro call with Camille Roussel
When: Wednesday 28 Jan 2026 11:00 – 11:45 Central European Time - Paris

Note from the organiser: Hi Camille, I'm so sorry to cancel at short notice – something has come up on our side, I'll email you properly this week.

Invitation from Google Calendar
""",
        ics=ics(
            "1q7c0d4n2hx9a6m3rfe5t8wk0v@google.com",
            "2026-01-28 11:00",
            "Nimbus Orbital – intro call with Camille Roussel",
            ("Priya Natarajan", "priya.natarajan@nimbus-orbital.example"),
            minutes=45,
            method="CANCEL",
            attendees=[("Tom Haskell", "tom.haskell@nimbus-orbital.example")],
        ),
    ),
    m(
        "pn15a4",
        "2026-02-04 17:48",
        "Priya Natarajan <priya.natarajan@nimbus-orbital.example>",
        "Flight Software Engineer role – an update",
        A("confirmation", NIM, NIMR, 15, "direct", "en"),
        st="on_hold",
        text="""Hi Camille,

As promised, a proper update. Our Series B has taken longer to close than planned, and the leadership team has decided to pause all new hiring in Toulouse until it does – that's why I had to cancel our call last week.

The Flight Software Engineer role is therefore on hold, not closed. Your application stays active on our side, and I'd love to pick things up again as soon as we get the green light (we're hoping for April). I completely understand if your own search moves on in the meantime.

Sorry again, and thanks for your patience.

Priya
--
Priya Natarajan | Senior Talent Partner | Nimbus Orbital
""",
    ),
    # --- 16: Garonne Électronique, France Travail, no answer -------------------------------
    m(
        "ft16a1",
        "2025-12-11 11:21",
        "France Travail <ne-pas-repondre@francetravail.fr>",
        "Votre candidature a été transmise",
        A("confirmation", GEL, GELR, 16, "other"),
        html="""<html><body style="font-family:Marianne,Arial,sans-serif;color:#161616">
<p><img src="https://www.francetravail.fr/files/live/sites/PE/files/logo-france-travail.png" alt="France Travail" width="120"></p>
<p>Bonjour Camille ROUSSEL,</p>
<p>Votre candidature à l'offre <b>197PXKM – Ingénieur(e) logiciel temps réel (H/F)</b> a bien été transmise à l'employeur <b>GARONNE ELECTRONIQUE</b> (Muret – 31).</p>
<p>L'employeur prendra directement contact avec vous s'il souhaite donner suite.</p>
<p>Retrouvez le suivi de vos candidatures dans votre <a href="https://candidat.francetravail.fr/candidatures">espace personnel</a>.</p>
<p>Votre conseiller France Travail</p>
<p style="font-size:11px;color:#666">Ce message est envoyé automatiquement, merci de ne pas y répondre.</p>
</body></html>""",
    ),
    # --- 17: Lumeo, Teamtailor, tutoiement ----------------------------------------------------
    m(
        "tt17a1",
        "2026-01-15 08:20",
        "Lumeo <no-reply@teamtailor.com>",
        "On a bien reçu ta candidature 🙌",
        A("confirmation", LUM, LUMR, 17, "teamtailor"),
        reply_to="Lumeo <lumeo-7fc2a1@inbound.teamtailor.com>",
        html="""<html><body style="font-family:Inter,Arial,sans-serif;color:#111">
<p>Hello Camille,</p>
<p>Merci d'avoir postulé chez Lumeo pour le poste de <b>Développeur·se Rust embarqué</b> ! On lit toutes les candidatures nous-mêmes (promis, pas de robot), et on revient vers toi sous 10 jours ouvrés, quelle que soit la réponse.</p>
<p>Un peu de lecture en attendant : <a href="https://careers.lumeo.example/blog/pourquoi-rust?utm_source=teamtailor">pourquoi on a tout réécrit en Rust</a>.</p>
<p>À très vite,<br>Chloé, pour l'équipe Lumeo</p>
<p style="font-size:11px;color:#999">Lumeo Labs SAS – Toulouse · <a href="https://careers.lumeo.example/connect">Rejoindre notre communauté</a> · Powered by Teamtailor</p>
</body></html>""",
    ),
    m(
        "tt17a2",
        "2026-02-05 11:57",
        "Chloé de Lumeo <no-reply@teamtailor.com>",
        "Ta candidature chez Lumeo",
        A("rejection", LUM, LUMR, 17, "teamtailor"),
        reply_to="Lumeo <lumeo-7fc2a1@inbound.teamtailor.com>",
        text="""Hello Camille,

Merci encore pour ta candidature, on a vraiment pris le temps de la lire. Ton parcours dans le spatial est super impressionnant et ton projet Rust sur STM32 nous a bien plu.

Pour être transparents : on cherche pour ce poste quelqu'un qui a déjà du Rust en production, et on a reçu plusieurs profils dans ce cas. On a donc décidé de ne pas avancer avec ta candidature cette fois-ci.

On garde ton profil sous le coude, et si tu veux un retour plus détaillé, réponds simplement à ce mail.

Belle continuation,
Chloé
People @ Lumeo
""",
    ),
    # --- 18: Airélis Systèmes, Apec then the employer's own no ------------------------------
    m(
        "ap18a1",
        "2026-01-19 22:30",
        "Apec <ne-pas-repondre@apec.fr>",
        "Votre candidature a bien été envoyée",
        A("confirmation", AIR, AIRR, 18, "other"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#22252e">
<p>Bonjour Camille Roussel,</p>
<p>Votre candidature à l'offre ci-dessous a bien été transmise au recruteur :</p>
<table style="border:1px solid #ddd;padding:8px"><tr><td>
<b>Architecte Logiciel Embarqué H/F</b><br>
AIRELIS SYSTEMES – Colomiers (31)<br>
CDI – Selon profil<br>
Réf. Apec : 177120884W-4410
</td></tr></table>
<p>Retrouvez toutes vos candidatures dans votre <a href="https://www.apec.fr/candidat/mon-espace/mes-candidatures.html?xtor=EPR-31">espace Apec</a>.</p>
<p>L'équipe Apec</p>
</body></html>""",
    ),
    m(
        "ar18a2",
        "2026-02-03 09:05",
        "Recrutement Airélis <recrutement@airelis.example>",
        "Votre candidature – Architecte Logiciel Embarqué (réf. 177120884W)",
        A("rejection", AIR, AIRR, 18, "direct"),
        text="""Madame,

Nous vous remercions de l'intérêt que vous portez à Airélis Systèmes et de votre candidature au poste d'Architecte Logiciel Embarqué.

Malgré les qualités de votre candidature, nous avons le regret de vous informer que nous ne pouvons y donner une suite favorable, ce poste requérant au moins dix ans d'expérience en architecture de systèmes critiques.

Nous vous souhaitons une pleine réussite dans vos recherches.

Le service Recrutement
AIRÉLIS SYSTÈMES – 5 rue des Frères Wright – 31770 Colomiers
""",
    ),
    # --- 19: Sud Avionique Services, a small firm's gérant writing from Orange webmail -----
    _SAS_ITW,
    _SAS_OK,
    m(
        "ps19a3",
        "2026-02-12 20:14",
        "Patrick Sabatier <sabatier.patrick@orange.fr>",
        "Re: Candidature spontanée – développeuse logiciel bancs de test",
        A("rejection", SAS, SASR, 19, "direct"),
        text="""Bonsoir Camille,

Merci d'être passée la semaine dernière, ça m'a fait plaisir de discuter avec vous et Josiane a apprécié aussi.

Je vais être franc : après réflexion, je ne pourrai pas m'aligner sur le salaire d'une ingénieure de votre expérience, et mon comptable m'a conseillé de prendre plutôt un alternant que Bernard formera avant de partir. Je suis désolé, vous auriez été très bien chez nous.

Si vous connaissez des jeunes motivés en BTS ou en IUT, je suis preneur !

Bonne continuation,
Patrick Sabatier
""",
        **reply(_SAS_ITW["id"]),
    ),
    # --- 20: MAG again, the same title re-posted, then withdrawn -------------------------
    m(
        "tl20a0",
        "2026-02-02 19:50",
        "MAG Recrutement <mag-recrutement@taleo.net>",
        "Réinitialisation de votre mot de passe",
        J("other_job", "taleo", MAG),
        text="""Bonjour,

Une demande de réinitialisation du mot de passe de votre compte sur la Section carrières de MAG a été effectuée.

Votre code de vérification : 481 306

Ce code est valable 30 minutes. Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.

Microtechniques Aéro Garonne – Section carrières
""",
    ),
    m(
        "tl20a1",
        "2026-02-02 20:07",
        "MAG Recrutement <mag-recrutement@taleo.net>",
        "Accusé de réception de votre candidature - 2600047",
        A("confirmation", MAG, MAGR, 20, "taleo"),
        html="""<html><body>
<table width="640" style="font-family:Verdana,sans-serif;font-size:12px"><tr><td>
<p>Madame Camille Roussel,</p>
<p>Nous avons bien reçu votre candidature pour le poste <b>Ingénieur Logiciel Embarqué DO-178C (H/F)</b>, numéro de référence <b>2600047</b>, et nous vous en remercions.</p>
<p>Notre équipe Ressources Humaines va étudier votre dossier avec attention. Nous vous contacterons si votre profil correspond aux exigences du poste.</p>
<p>Vous pouvez à tout moment consulter l'état de votre candidature en vous connectant à la <a href="https://mag-aero.taleo.net/careersection/2/mysubmissions.ftl?lang=fr">Section carrières</a>.</p>
<p>Cordialement,</p>
<p>Direction des Ressources Humaines<br>Microtechniques Aéro Garonne<br>ZA de Font-Grasse – 31700 Cornebarrieu</p>
<p style="color:#999;font-size:10px">Ce courriel est envoyé à partir d'une adresse qui ne peut recevoir de courriels. Merci de ne pas répondre à ce message.</p>
</td></tr></table></body></html>""",
    ),
    _MAG2_ITW,
    m(
        "nb20b2",
        "2026-02-17 08:36",
        "Nathalie Baqué <n.baque@mag-aero.example>",
        "RE: Entretien – poste Ingénieur Logiciel Embarqué DO-178C",
        A("interview", MAG, MAGR, 20, "direct"),
        text="""Bonjour,

C'est noté, merci. Présentez-vous à l'accueil du bâtiment B, un badge visiteur vous sera remis.

Bonne journée,
N. Baqué

De : Camille Roussel <camille.roussel31@gmail.com>
Envoyé : lundi 16 février 2026 21:12
À : Nathalie Baqué <n.baque@mag-aero.example>
Objet : Re: Entretien – poste Ingénieur Logiciel Embarqué DO-178C

Madame,
Je vous remercie et vous confirme ma présence le mardi 24 février à 10h00.
Bien cordialement,
Camille Roussel
""",
        **reply(_MAG2_ITW["id"], "<CAKq9w3pH5dZ8uV1nR@mail.gmail.com>"),
    ),
    m(
        "nb20b3",
        "2026-03-16 14:22",
        "Nathalie Baqué <n.baque@mag-aero.example>",
        "RE: Retrait de ma candidature – réf. 2600047",
        A("confirmation", MAG, MAGR, 20, "direct"),
        st="withdrawn",
        text="""Madame Roussel,

Nous accusons réception de votre message et prenons note du retrait de votre candidature. Nous regrettons bien sûr votre décision, M. Tessier ayant été très satisfait de votre entretien, mais nous la comprenons parfaitement.

Nous vous souhaitons une belle réussite dans vos nouvelles fonctions.

Cordialement,

Nathalie Baqué
Responsable Ressources Humaines
MAG – Microtechniques Aéro Garonne

De : Camille Roussel <camille.roussel31@gmail.com>
Envoyé : dimanche 15 mars 2026 18:03
Objet : Retrait de ma candidature – réf. 2600047

Madame Baqué,
Je vous informe que je souhaite retirer ma candidature au poste d'Ingénieur Logiciel Embarqué DO-178C, ayant accepté une autre proposition. Je vous remercie, ainsi que M. Tessier, pour la qualité de nos échanges.
Bien cordialement,
Camille Roussel
""",
        **reply("<CAKq9w3kQ0mT6yB3cX@mail.gmail.com>"),
    ),
    # --- 21: Stellanor, a Welcome to the Jungle confirmation forwarded from the old address --
    m(
        "hm21a1",
        "2026-01-29 22:41",
        "Camille Roussel <camille.roussel@hotmail.fr>",
        "TR: Ta candidature chez Stellanor a bien été envoyée",
        A("confirmation", STE, STER, 21, "other"),
        text="""(j'ai postulé avec la vieille adresse, je renvoie ici)

________________________________
De : Welcome to the Jungle <noreply@welcometothejungle.com>
Envoyé : jeudi 29 janvier 2026 22:35
À : camille.roussel@hotmail.fr
Objet : Ta candidature chez Stellanor a bien été envoyée

C'est envoyé !

Bonjour Camille,

Ta candidature pour le poste Ingénieur·e Logiciel Sol – Contrôle Commande Satellite chez Stellanor a bien été transmise à l'entreprise.

Et maintenant ? L'équipe de Stellanor va étudier ton profil. Tu seras notifié·e dès que ta candidature évolue.

Suivre ma candidature : https://click.welcometothejungle.com/ls/click?upn=u001.Qm3ZtT8-2Bk1Lp

Welcome to the Jungle – 25 rue de Ponthieu, 75008 Paris
""",
    ),
    m(
        "br21a2",
        "2026-02-09 17:25",
        "Bastien Roque <bastien.roque@stellanor.example>",
        "Stellanor – échange pour le poste d'Ingénieur·e Logiciel Sol",
        A("interview", STE, STER, 21, "direct"),
        text="""Bonjour Camille,

Je suis Bastien, responsable de l'équipe Segment Sol chez Stellanor. Merci pour ta candidature (je me permets le tutoiement, c'est l'usage chez nous) !

Je te propose un premier échange en visio vendredi 13 février à 10h, pour te présenter l'équipe et le projet de contrôle-commande de notre constellation. Je t'ai envoyé une invitation Google Meet.

À vendredi,
Bastien
""",
        ics=ics(
            "6h2k9m0pq4r7t1v3x5z8b0cd2f@google.com",
            "2026-02-13 10:00",
            "Stellanor x Camille Roussel",
            ("Bastien Roque", "bastien.roque@stellanor.example"),
            minutes=45,
            location="https://meet.google.com/tsw-kqbe-oyd",
        ),
    ),
    # --- alerts, talent communities and boards -------------------------------------------
    m(
        "la0a01",
        "2025-10-02 07:12",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "« ingénieur logiciel embarqué » : 24 nouvelles offres à Toulouse",
        J("alert", "linkedin"),
        headers={
            "List-Unsubscribe": "<https://www.linkedin.com/comm/jobs/alerts/unsubscribe?alertId=7291044>"
        },
        html=f"""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif">
<p>Vos offres d'emploi correspondant à « ingénieur logiciel embarqué » à Toulouse, Occitanie, France</p>
<table cellpadding="6">
<tr><td><b>Ingénieur logiciel embarqué C/C++ H/F</b><br>Segula Partners · Blagnac · Il y a 1 jour</td></tr>
<tr><td><b>Embedded Software Engineer (Space)</b><br>Orbital Dynamics Lab · Toulouse (Hybride) · Candidature simplifiée</td></tr>
<tr><td><b>Développeur logiciel embarqué temps réel</b><br>Capteurs Midi-Pyrénées · Labège · 12 candidats</td></tr>
<tr><td><b>Ingénieur(e) intégration logiciel avionique</b><br>Groupe Altaïr · Blagnac · Promu</td></tr>
</table>
<p><a href="https://www.linkedin.com/comm/jobs/search/?keywords=ing%C3%A9nieur%20logiciel%20embarqu%C3%A9&amp;location=Toulouse">Voir toutes les offres</a></p>
<p style="font-size:11px;color:#666">{LI_FOOT.replace(chr(10), "<br>")}</p>
</body></html>""",
    ),
    m(
        "wj0a02",
        "2025-10-08 18:00",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Camille, 6 nouvelles offres qui pourraient te plaire",
        J("alert", "other"),
        headers={
            "List-Unsubscribe": "<https://www.welcometothejungle.com/fr/me/settings/notifications>"
        },
        html="""<html><body style="font-family:Arial,sans-serif;background:#fef9f0">
<p>Hello Camille,</p>
<p>Voici les dernières offres correspondant à ta recherche <b>« logiciel embarqué – Toulouse »</b> :</p>
<ul>
<li><b>Embedded Software Engineer – Flight Software</b> · Kosmik · Toulouse · CDI</li>
<li><b>Firmware Engineer IoT</b> · Sigfox Valley Labs · Labège · CDI</li>
<li><b>Ingénieur·e Logiciel Sol</b> · Stellanor · Toulouse · CDI</li>
<li><b>Développeur·se C++ Simulation</b> · Aerosim Studio · Toulouse · CDI</li>
<li><b>Développeur·se Rust embarqué</b> · Lumeo · Toulouse · CDI</li>
<li><b>Tech Lead Embedded</b> · Nova Mobility · Télétravail · CDI</li>
</ul>
<p><a href="https://www.welcometothejungle.com/fr/jobs?query=logiciel%20embarqu%C3%A9&amp;aroundQuery=Toulouse&amp;utm_source=alert">Voir toutes les offres</a></p>
<p style="font-size:11px;color:#777">Tu reçois cet email car tu as créé une alerte. <a href="https://www.welcometothejungle.com/fr/me/alerts">Gérer mes alertes</a></p>
</body></html>""",
    ),
    m(
        "ap0a03",
        "2025-10-14 06:45",
        "Apec <alertes@apec.fr>",
        "12 nouvelles offres pour votre recherche « logiciel embarqué Toulouse »",
        J("alert", "other"),
        text="""Bonjour Camille,

12 nouvelles offres correspondent à votre recherche enregistrée « logiciel embarqué Toulouse » :

- Ingénieur Logiciel Embarqué C – Secteur Spatial H/F – KALYPS INGENIERIE – Toulouse – 42-50 k€
- Chef de projet logiciel avionique H/F – CONFIDENTIEL – Blagnac – 55-65 k€
- Ingénieur Validation Systèmes H/F – SERTIA – Colomiers – selon profil
- Responsable équipe firmware H/F – CAPTEURS MIDI-PYRENEES – Labège – 58 k€
- ... et 8 autres offres

Voir les offres : https://www.apec.fr/candidat/recherche-emploi.html/emploi?motsCles=logiciel%20embarqu%C3%A9&lieux=31555&xtor=EPR-52

Modifier ou supprimer cette alerte : https://www.apec.fr/candidat/mon-espace/mes-alertes.html

L'Apec, l'emploi des cadres.
""",
    ),
    m(
        "in0a04",
        "2025-11-12 06:30",
        "Indeed <alert@indeed.com>",
        "Développeur embarqué - Toulouse (31) : 9 nouveaux emplois",
        J("alert", "indeed"),
        headers={"List-Unsubscribe": "<https://fr.indeed.com/alert/unsubscribe?id=d8b3f0e1a2>"},
        html="""<html><body style="font-family:Arial,sans-serif;color:#2d2d2d">
<p><b>9 nouveaux emplois</b> correspondent à votre recherche : Développeur embarqué, Toulouse (31)</p>
<p><b>Développeur Embarqué C (H/F)</b> – Trimaran Systems – Labège (31)<br><span style="color:#767676">Candidature simplifiée · Répond généralement sous 3 jours</span></p>
<p><b>Technicien développement logiciel (H/F)</b> – Garonne Électronique – Muret (31)</p>
<p><b>Ingénieur Firmware ARM (H/F)</b> – Arkose Recrutement – Toulouse (31)</p>
<p><a href="https://fr.indeed.com/emplois?q=D%C3%A9veloppeur+embarqu%C3%A9&amp;l=Toulouse+(31)&amp;from=ja">Voir tous les emplois</a></p>
<p style="font-size:11px;color:#767676">Vous recevez cette alerte car vous l'avez créée sur Indeed. Se désabonner.</p>
</body></html>""",
    ),
    m(
        "ft0a05",
        "2025-12-01 08:10",
        "France Travail <ne-pas-repondre@francetravail.fr>",
        "Des offres correspondent à votre profil",
        J("alert", "other"),
        text="""Bonjour Camille ROUSSEL,

De nouvelles offres correspondent à votre profil de compétences « Ingénieur / Ingénieure logiciel informatique industrielle » :

• Ingénieur(e) logiciel temps réel (H/F) – GARONNE ELECTRONIQUE – 31 - MURET
• Développeur / Développeuse informatique industrielle – 31 - TOULOUSE
• Ingénieur(e) test et validation (H/F) – 31 - BLAGNAC

Consultez-les sur francetravail.fr : https://candidat.francetravail.fr/offres/recherche?motsCles=logiciel&lieux=31D

Ce message est envoyé automatiquement, merci de ne pas y répondre.
""",
    ),
    m(
        "li0a06",
        "2026-01-07 12:02",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Camille, Stellanor recrute : Ingénieur·e Logiciel Sol",
        J("alert", "linkedin", STE, STER),
        html=f"""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif">
<p>Une entreprise que vous suivez recrute</p>
<p><b>Ingénieur·e Logiciel Sol – Contrôle Commande Satellite</b><br>Stellanor · Toulouse, Occitanie, France · Sur site</p>
<p>3 anciens de votre école travaillent ici</p>
<p><a href="https://www.linkedin.com/comm/jobs/view/4120087713/?trk=eml-jobs_company_hiring">Voir l'offre</a></p>
<p style="font-size:11px;color:#666">{LI_FOOT.replace(chr(10), "<br>")}</p>
</body></html>""",
    ),
    m(
        "wj0a07",
        "2026-01-28 18:00",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Ces entreprises du spatial recrutent à Toulouse 🛰️",
        J("alert", "other"),
        headers={
            "List-Unsubscribe": "<https://www.welcometothejungle.com/fr/me/settings/notifications>"
        },
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Hello Camille,</p>
<p>Le NewSpace toulousain a le vent en poupe : voici les entreprises qui recrutent en ce moment.</p>
<p><b>Stellanor</b> – 4 offres · <b>Kosmik</b> – 2 offres · <b>Orbital Dynamics Lab</b> – 5 offres</p>
<p>Et une offre qui correspond à ton alerte : <b>Ingénieur·e Logiciel Sol – Contrôle Commande Satellite</b> chez Stellanor.</p>
<p><a href="https://www.welcometothejungle.com/fr/collections/spatial-toulouse?utm_source=alert&amp;utm_campaign=newspace">Découvrir</a></p>
<p style="font-size:11px;color:#777"><a href="https://www.welcometothejungle.com/fr/me/alerts">Gérer mes alertes</a></p>
</body></html>""",
    ),
    m(
        "ap0a08",
        "2026-02-18 06:45",
        "Apec <alertes@apec.fr>",
        "7 nouvelles offres pour votre recherche « logiciel embarqué Toulouse »",
        J("alert", "other"),
        text="""Bonjour Camille,

7 nouvelles offres correspondent à votre recherche enregistrée « logiciel embarqué Toulouse » :

- Lead développeur C embarqué H/F – PYRENE TALENTS pour son client – Castres – 55-60 k€
- Ingénieur logiciel de vol H/F – ALTAIR SPACE SYSTEMS – Toulouse – selon profil
- Ingénieur V&V logiciel H/F – KALYPS INGENIERIE – Blagnac – 40-48 k€
- ... et 4 autres offres

Voir les offres : https://www.apec.fr/candidat/recherche-emploi.html/emploi?motsCles=logiciel%20embarqu%C3%A9&lieux=31555&xtor=EPR-52

L'Apec, l'emploi des cadres.
""",
    ),
    m(
        "la0a09",
        "2026-03-05 07:15",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "« embedded software engineer » : 11 nouvelles offres en France",
        J("alert", "linkedin"),
        html=f"""<html><body style="font-family:-apple-system,system-ui,Arial,sans-serif">
<p>Vos offres d'emploi correspondant à « embedded software engineer » en France</p>
<ul>
<li><b>Senior Embedded Software Engineer</b> – Hélio Satcom – Toulouse</li>
<li><b>Embedded Linux Engineer</b> – Vélane Robotics – Labège</li>
<li><b>Flight Software Engineer</b> – Orbital Dynamics Lab – Toulouse</li>
</ul>
<p><a href="https://www.linkedin.com/comm/jobs/search/?keywords=embedded%20software%20engineer&amp;location=France">Voir toutes les offres</a></p>
<p style="font-size:11px;color:#666">{LI_FOOT.replace(chr(10), "<br>")}</p>
</body></html>""",
    ),
    # --- recruiter and agency outreach ---------------------------------------------------
    m(
        "li0o01",
        "2025-10-23 13:40",
        "Julie Carrère via LinkedIn <messages-noreply@linkedin.com>",
        "Julie vous a envoyé un message",
        J("outreach", "linkedin", "Nexeo Ingénierie", "Ingénieur Logiciel Embarqué Ferroviaire"),
        text="""Julie Carrère
Talent Acquisition Specialist chez Nexeo Ingénierie

« Bonjour Camille, je me permets de vous contacter au sujet d'un poste d'Ingénieur Logiciel Embarqué Ferroviaire (signalisation, EN 50128) que nous ouvrons en CDI à Toulouse. Votre expérience sur les logiciels critiques me semble tout à fait transposable. Seriez-vous ouverte à un échange ? Belle journée, Julie »

Répondre : https://www.linkedin.com/messaging/thread/2-NGQ1ZmE0NjctYWM/?trk=eml-email_message_01

Vous recevez des notifications de messages. Se désabonner : https://www.linkedin.com/comm/psettings/email-unsubscribe
""",
    ),
    m(
        "ak0o02",
        "2025-12-10 10:26",
        "Romain Gilles <romain.gilles@arkose-recrutement.example>",
        "Opportunité Ingénieur Firmware – PME innovante (Toulouse)",
        J("outreach", "agency", None, "Ingénieur Firmware"),
        text="""Bonjour Camille,

Je suis consultant au sein d'Arkose Recrutement, cabinet spécialisé dans les métiers de l'électronique et de l'informatique industrielle.

Je recrute actuellement pour le compte d'un client, une PME innovante du secteur de l'IoT spatial (60 personnes, forte croissance, rachat récent par un groupe européen), un(e) Ingénieur(e) Firmware :
- développement firmware C sur microcontrôleurs ARM Cortex-M
- protocoles radio basse consommation
- CDI, Toulouse sud-est, 45-52 k€

Votre profil sur l'Apec a retenu mon attention. Seriez-vous disponible pour un échange cette semaine ?

Cordialement,

Romain GILLES
Consultant – Arkose Recrutement
""",
    ),
    m(
        "ak0o03",
        "2026-01-05 09:02",
        "Romain Gilles <romain.gilles@arkose-recrutement.example>",
        "RE: Opportunité Ingénieur Firmware – PME innovante (Toulouse)",
        J("outreach", "agency", None, "Ingénieur Firmware"),
        text="""Bonjour Camille,

Meilleurs vœux pour 2026 ! Je me permets de revenir vers vous concernant mon message de décembre : le poste est toujours ouvert et mon client aimerait avancer rapidement.

N'hésitez pas à me dire si le sujet ne vous intéresse pas, je ne vous relancerai plus.

Cordialement,
Romain GILLES
Arkose Recrutement
""",
    ),
    m(
        "ob0o04",
        "2026-02-12 16:11",
        "Katrin Wendt <k.wendt@orbitalis-space.example>",
        "Senior Flight Software Engineer – Bremen (relocation support)",
        J("outreach", "direct", "Orbitalis", "Senior Flight Software Engineer", "en"),
        text="""Hi Camille,

I hope you don't mind the direct email – I found your talk on FDIR state machines from Capitole du Libre online and really enjoyed it.

I'm the hiring lead for flight software at Orbitalis in Bremen. We're building the avionics for a new family of small GEO platforms and are looking for a Senior Flight Software Engineer (C, RTEMS, ECSS-E-ST-40C). English is our working language, and we offer full relocation support, including help for partners.

Would you be open to a 20-minute call in the next couple of weeks, even just to hear more?

Best regards,
Katrin Wendt
Head of Flight Software
Orbitalis GmbH · Bremen
""",
    ),
    m(
        "in0o05",
        "2026-02-25 19:30",
        "Indeed <invitations@indeed.com>",
        "Navalis Engineering vous invite à postuler",
        J("outreach", "indeed", "Navalis Engineering", "Ingénieur Logiciel Embarqué Naval"),
        html="""<html><body style="font-family:Arial,sans-serif;color:#2d2d2d">
<p>Bonjour Camille,</p>
<p><b>Navalis Engineering</b> a consulté votre CV sur Indeed et pense que vous pourriez correspondre à ce poste :</p>
<p><b>Ingénieur Logiciel Embarqué Naval (H/F)</b><br>Navalis Engineering – Toulouse (31) – CDI – 48 000 € - 55 000 € par an</p>
<p>« Bonjour, votre expérience sur les systèmes temps réel nous intéresse pour notre équipe systèmes de combat. N'hésitez pas à postuler ! »</p>
<p><a href="https://fr.indeed.com/viewjob?jk=5a2d9e0f3c1b7e44&amp;from=invitetoapply">Voir l'offre et postuler</a></p>
<p style="font-size:11px;color:#767676">Vous recevez cet e-mail car votre CV Indeed est visible par les employeurs. Modifier la visibilité.</p>
</body></html>""",
    ),
    # --- other job mail ------------------------------------------------------------------
    m(
        "ap0x01",
        "2025-11-20 18:35",
        "Apec <ne-pas-repondre@apec.fr>",
        "Confirmation de votre rendez-vous Apec",
        J("other_job", "other"),
        text="""Bonjour Camille Roussel,

Votre rendez-vous « Faire le point sur son projet professionnel » est confirmé :

Date : jeudi 27 novembre 2025 à 12h15
Durée : 1h
Modalité : entretien à distance (Teams)
Consultante : Mme Pascale Barrière – Centre Apec de Toulouse

Le lien de connexion vous sera envoyé la veille. En cas d'empêchement, merci d'annuler depuis votre espace.

L'équipe Apec
""",
        ics=ics(
            "apec-rdv-2025-1127-88213@apec.fr",
            "2025-11-27 12:15",
            "Rendez-vous Apec – Faire le point sur son projet professionnel",
            ("Apec Toulouse", "ne-pas-repondre@apec.fr"),
            style="outlook",
            location="Microsoft Teams",
        ),
    ),
    m(
        "ap0x02",
        "2026-03-18 10:20",
        "Apec <enquetes@apec.fr>",
        "Camille, où en est votre recherche ?",
        J("other_job", "other"),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Bonjour Camille,</p>
<p>Il y a quelques mois, vous avez échangé avec une consultante Apec. Votre avis nous aide à améliorer nos services : avez-vous retrouvé un poste ? Êtes-vous toujours en recherche ?</p>
<p>Ce questionnaire prend moins de 3 minutes.</p>
<p><a href="https://enquetes.apec.fr/s/suivi-candidat-2026?id=c7a14e&amp;xtor=EPR-97">Je réponds</a></p>
<p>Merci pour votre participation,<br>L'équipe Apec</p>
</body></html>""",
    ),
]

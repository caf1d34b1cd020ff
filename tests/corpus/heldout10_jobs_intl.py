"""Job mail of the tenth held-out corpus: French, English, Spanish, Portuguese (do not use for tuning)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

CET, CEST = "+0100", "+0200"
WET, WEST = "+0000", "+0100"

BLP = "Banque Léman Privée SA"
BLP_R = "Data Scientist"
LAV = "Lavaux Robotics SA"
LAV_R = "Ingénieur·e Machine Learning"
SAL = "Groupe Salève SA"
SAL_R = "Data Scientist Supply Chain"
POL = "Polarstern AI"
POL_R = "Machine Learning Engineer, Applied Research"
FJB = "Fjordbit"
FJB_R = "Senior Machine Learning Engineer"
AUR = "Auralis Robotics GmbH"
AUR_R = "Data Scientist Perception"
BRF = "Brightforge Analytics GmbH"
BRF_R = "Data Scientist"
BER = "Bernina Logistics AG"
BER_R = "Data Scientist Routenoptimierung"
OND = "Ondaverde Tech SL"
OND_R = "Machine Learning Engineer (Remote)"
MAR = "Maré Analytics Lda"
MAR_R = "Senior Data Scientist"
CER = "Cervin Vision SA"
CER_R = "Data Scientist Computer Vision"

LAV_HR = "Élodie Favre <elodie.favre@lavaux-robotics.ch>"
POL_RC = "Hannah Okafor <hannah.okafor@polarstern.ai>"
FJB_RC = "Jakob Lindqvist <jakob.lindqvist@fb-payments.de>"
OND_F = "Lucía Barrenechea <lucia@ondaverde.tech>"
CER_F = "Théo Morand <theo.morand@proton.me>"

MAIL: list[dict[str, Any]] = [
    # --- 12 Banque Léman Privée, Genève (jobup.ch) ------------------------------------------
    m(
        "10201",
        "2025-02-20 21:05",
        "jobup.ch <noreply@jobup.ch>",
        "Votre candidature a bien été envoyée",
        ("confirmation", BLP, BLP_R, 12, "other", "fr"),
        html="""<html><body style="font-family:Arial,sans-serif">
<p>Bonjour Lukas Brunner,</p>
<p>Votre candidature pour le poste de <b>Data Scientist</b> a été transmise avec succès à
Banque Léman Privée SA, Genève.</p>
<p>Retrouvez toutes vos candidatures dans <a href="https://www.jobup.ch/fr/compte/candidatures/">Mon compte</a>.</p>
<p>Bonne chance !<br>L'équipe jobup.ch</p>
</body></html>""",
        tz=CET,
    ),
    m(
        "10202",
        "2025-03-18 10:40",
        "Ressources Humaines BLP <recrutement@blp-geneve.ch>",
        "Votre candidature – Data Scientist",
        ("rejection", BLP, BLP_R, 12, "direct", "fr"),
        text="""Monsieur,

Nous vous remercions de l'intérêt que vous portez à la Banque Léman Privée et de la
candidature que vous nous avez adressée pour le poste de Data Scientist.

Votre dossier a retenu toute notre attention. Toutefois, après une analyse approfondie, nous
sommes au regret de vous informer que nous ne pourrons pas y donner une suite favorable, d'autres
profils correspondant plus étroitement à nos besoins actuels.

Nous vous souhaitons plein succès dans vos recherches et vous prions d'agréer, Monsieur, nos
salutations distinguées.

Ressources Humaines
Banque Léman Privée SA
Quai des Bergues 15 – 1201 Genève
""",
        tz=CET,
    ),
    # --- 13 Lavaux Robotics, Lausanne (Recruitee) -> offer ----------------------------------
    m(
        "10203",
        "2025-04-11 08:50",
        "Lavaux Robotics <noreply@recruitee.com>",
        "Merci pour votre candidature chez Lavaux Robotics",
        ("confirmation", LAV, LAV_R, 13, "recruitee", "fr"),
        text="""Bonjour Lukas,

Merci d'avoir postulé au poste d'Ingénieur·e Machine Learning chez Lavaux Robotics. Nous avons
bien reçu votre candidature et notre équipe l'examinera dans les prochains jours.

À bientôt,
L'équipe Lavaux Robotics
EPFL Innovation Park, Bâtiment C, 1015 Lausanne
""",
    ),
    m(
        "10204",
        "2025-04-17 14:22",
        LAV_HR,
        "Entretien – Ingénieur·e Machine Learning",
        ("interview", LAV, LAV_R, 13, "direct", "fr"),
        text="""Bonjour Lukas,

Votre profil a beaucoup plu à notre équipe ! Seriez-vous disponible pour un premier entretien
en visio avec notre responsable ML, Karim Haddad, la semaine prochaine ?

Créneaux possibles :
- mardi 22 avril, 10h00
- mercredi 23 avril, 15h30

L'entretien peut se dérouler en français ou en anglais, comme vous préférez.

Belle journée,
Élodie Favre
Talent & Culture – Lavaux Robotics SA
""",
    ),
    m(
        "10205",
        "2025-04-17 17:03",
        LAV_HR,
        "Invitation: Entretien Lukas Brunner / Karim Haddad @ mer. 23 avr. 2025 15:30 - 16:15 (CEST)",
        ("interview", LAV, LAV_R, 13, "direct", "fr"),
        text="""Parfait, voici l'invitation pour mercredi 15h30.

Élodie
""",
        headers=reply("10204", LAV_HR),
        ics={
            "start": "2025-04-23 15:30:00 +0200",
            "minutes": 45,
            "organizer": ("Élodie Favre", "elodie.favre@lavaux-robotics.ch"),
            "attendees": [("Karim Haddad", "karim.haddad@lavaux-robotics.ch")],
            "uid": "lav4ux0entretien1kh@google.com",
            "summary": "Entretien Lukas Brunner / Karim Haddad",
            "location": "https://meet.google.com/lvx-qprm-zzh",
        },
    ),
    m(
        "10206",
        "2025-04-25 11:10",
        LAV_HR,
        "Prochaine étape : journée sur site",
        ("interview", LAV, LAV_R, 13, "direct", "fr"),
        text="""Bonjour Lukas,

Karim a beaucoup apprécié votre échange. Nous aimerions vous inviter à Lausanne pour une demi-
journée sur site le vendredi 23 mai (9h–13h) : présentation d'un de vos projets (20 min),
discussion technique avec l'équipe et rencontre avec notre CEO, Sophie Rochat.

Nous prenons en charge votre billet de train Zurich–Lausanne.

Bien cordialement,
Élodie
""",
    ),
    m(
        "10207",
        "2025-06-12 16:30",
        "Sophie Rochat <sophie.rochat@lavaux-robotics.ch>",
        "Proposition",
        ("offer", LAV, LAV_R, 13, "direct", "fr"),
        text="""Cher Lukas,

Merci encore pour votre venue à Lausanne, toute l'équipe a été enthousiasmée.

J'ai le plaisir de vous proposer de nous rejoindre en tant qu'Ingénieur Machine Learning, à 100 %,
avec un salaire annuel brut de CHF 118'000 et un package d'options. Élodie vous enverra la
proposition écrite détaillée demain.

Je sais que vous êtes aussi en discussion ailleurs ; n'hésitez pas à m'appeler si vous avez des
questions.

Bien à vous,
Sophie Rochat
CEO & co-fondatrice, Lavaux Robotics SA
""",
    ),
    # --- 14 Groupe Salève, Genève (Workday fr + HireVue) ------------------------------------
    m(
        "10208",
        "2025-03-03 12:12",
        "Groupe Salève <saleve@myworkday.com>",
        "Merci pour votre candidature",
        ("confirmation", SAL, SAL_R, 14, "workday", "fr"),
        text="""Bonjour Lukas,

Nous vous remercions pour votre candidature au poste de Data Scientist Supply Chain (R-23871)
chez Groupe Salève. Votre dossier a bien été reçu et sera étudié avec attention.

Vous pouvez suivre l'avancement de votre candidature sur notre portail carrières :
https://saleve.wd3.myworkdayjobs.com/fr-FR/Saleve_Careers/userHome

Cordialement,
Talent Acquisition – Groupe Salève SA
""",
        tz=CET,
    ),
    m(
        "10209",
        "2025-03-10 09:00",
        "Groupe Salève <noreply@hirevue.com>",
        "Groupe Salève – Entretien vidéo différé",
        ("assessment", SAL, SAL_R, 14, "hirevue", "fr"),
        text="""Bonjour Lukas,

Dans le cadre de votre candidature au poste de Data Scientist Supply Chain, Groupe Salève vous
invite à réaliser un entretien vidéo différé via HireVue.

Vous répondrez à 5 questions enregistrées ; vous disposez de 3 minutes par réponse.
Merci de compléter l'entretien avant le 17 mars 2025.

Commencer : https://app.hirevue.com/interviews/saleve/8KxT2rN

Conseil : utilisez un navigateur récent et un endroit calme et bien éclairé.

L'équipe Talent Acquisition de Groupe Salève
""",
        tz=CET,
    ),
    m(
        "10210",
        "2025-03-14 22:18",
        "HireVue <noreply@hirevue.com>",
        "Merci d'avoir complété votre entretien",
        ("assessment", SAL, SAL_R, 14, "hirevue", "fr"),
        text="""Bonjour Lukas,

Merci d'avoir complété votre entretien vidéo pour Groupe Salève. Vos réponses ont été
transmises à l'équipe de recrutement.

HireVue
""",
        tz=CET,
    ),
    m(
        "10211",
        "2025-04-04 15:00",
        "Groupe Salève <saleve@myworkday.com>",
        "Mise à jour concernant votre candidature",
        ("rejection", SAL, SAL_R, 14, "workday", "fr"),
        text="""Bonjour Lukas,

Nous tenons à vous remercier pour le temps consacré à votre candidature et à l'entretien vidéo.
Nous avons été impressionnés par la qualité de vos réponses.

Après mûre réflexion, nous avons décidé de poursuivre le processus avec d'autres candidat·e·s
dont le profil correspond davantage aux exigences du poste.

Nous conservons votre dossier et n'hésiterons pas à revenir vers vous si une opportunité
correspondant à votre profil se présentait.

Cordialement,
Talent Acquisition – Groupe Salève SA
""",
    ),
    # --- 15 Polarstern AI, Zürich (Greenhouse) ----------------------------------------------
    m(
        "10212",
        "2025-03-06 17:40",
        "Polarstern AI <no-reply@greenhouse.io>",
        "Thank you for applying to Polarstern AI",
        ("confirmation", POL, POL_R, 15, "greenhouse", "en"),
        text="""Hi Lukas,

Thank you for your interest in Polarstern AI! We wanted to let you know we received your
application for Machine Learning Engineer, Applied Research (Zurich), and we are delighted
that you would consider joining our team.

Our team will review your application and will be in touch if your qualifications match our
needs for the role.

Best,
Polarstern AI Recruiting
""",
        tz=CET,
    ),
    m(
        "10213",
        "2025-03-20 13:05",
        POL_RC,
        "Polarstern AI - let's chat!",
        ("interview", POL, POL_R, 15, "direct", "en"),
        text="""Hi Lukas,

Thanks for applying to the Machine Learning Engineer, Applied Research role! I'd love to set up a
30-minute intro call to tell you more about the team and learn about your background.

Please pick a time that works for you here:
https://app.greenhouse.io/scheduling/self_schedule/8f1c22a9b0

Looking forward to it,
Hannah

Hannah Okafor | Technical Recruiter | Polarstern AI
Europaallee 41, 8004 Zurich
""",
        tz=CET,
    ),
    m(
        "10214",
        "2025-03-20 19:48",
        "Polarstern AI <no-reply@greenhouse.io>",
        "Interview Confirmation: Polarstern AI",
        ("interview", POL, POL_R, 15, "greenhouse", "en"),
        text="""Hi Lukas,

Your interview has been scheduled:

Recruiter Screen – Machine Learning Engineer, Applied Research
Tuesday, March 25, 2025 11:00 AM - 11:30 AM CET
Interviewer: Hannah Okafor
Location: Zoom (link in the calendar invitation)

Need to reschedule? Reply to this email and let us know.
""",
        reply_to="hannah.okafor@polarstern.ai",
        ics={
            "start": "2025-03-25 11:00:00 +0100",
            "minutes": 30,
            "organizer": ("Hannah Okafor", "hannah.okafor@polarstern.ai"),
            "uid": "gh-sched-8f1c22a9b0@greenhouse.io",
            "summary": "Recruiter Screen – Lukas Brunner (Polarstern AI)",
            "location": "https://polarstern.zoom.us/j/88123456712",
        },
        tz=CET,
    ),
    m(
        "10215",
        "2025-03-28 10:31",
        POL_RC,
        "Next steps: technical interviews",
        ("interview", POL, POL_R, 15, "direct", "en"),
        text="""Hi Lukas,

Great chatting on Tuesday! The team would like to move you forward to the technical round:
a 60-minute ML deep dive with Dr. Yara Nieminen and a 60-minute coding interview with Piotr
Zielinski. Both on Zoom, back to back, on Thursday April 10, starting 14:00.

Invites will follow from our scheduling system.

Best,
Hannah
""",
        tz=CET,
    ),
    m(
        "10216",
        "2025-03-28 10:45",
        "Polarstern AI <no-reply@greenhouse.io>",
        "Interview Confirmation: Polarstern AI",
        ("interview", POL, POL_R, 15, "greenhouse", "en"),
        text="""Hi Lukas,

Your interviews have been scheduled:

ML Deep Dive – Thursday, April 10, 2025 2:00 PM - 3:00 PM CEST – Yara Nieminen
Coding – Thursday, April 10, 2025 3:00 PM - 4:00 PM CEST – Piotr Zielinski

Zoom links are in the calendar invitation.
""",
        reply_to="hannah.okafor@polarstern.ai",
        ics={
            "start": "2025-04-10 14:00:00 +0200",
            "minutes": 120,
            "organizer": ("Hannah Okafor", "hannah.okafor@polarstern.ai"),
            "attendees": [
                ("Yara Nieminen", "yara.nieminen@polarstern.ai"),
                ("Piotr Zielinski", "piotr.zielinski@polarstern.ai"),
            ],
            "uid": "gh-sched-tech-41d9e0@greenhouse.io",
            "summary": "Technical Interviews – Lukas Brunner (Polarstern AI)",
            "location": "https://polarstern.zoom.us/j/88123459901",
        },
        tz=CET,
    ),
    m(
        "10217",
        "2025-04-08 16:12",
        POL_RC,
        "Quick change for Thursday",
        ("interview", POL, POL_R, 15, "direct", "en"),
        text="""Hi Lukas,

Apologies for the short notice - Yara is out sick this week, so we need to move Thursday.
Would Tuesday April 15, same times (14:00-16:00), work for you? I'll cancel the current invite
and send a new one as soon as you confirm.

Sorry for the hassle!
Hannah
""",
    ),
    m(
        "10218",
        "2025-04-08 18:02",
        "Hannah Okafor <hannah.okafor@polarstern.ai>",
        "Canceled: Technical Interviews – Lukas Brunner (Polarstern AI)",
        ("interview", POL, POL_R, 15, "direct", "en"),
        text="""This event has been canceled.

Technical Interviews – Lukas Brunner (Polarstern AI)
Thursday, April 10, 2025 2:00 PM - 4:00 PM CEST
""",
        ics={
            "method": "CANCEL",
            "start": "2025-04-10 14:00:00 +0200",
            "minutes": 120,
            "organizer": ("Hannah Okafor", "hannah.okafor@polarstern.ai"),
            "uid": "gh-sched-tech-41d9e0@greenhouse.io",
            "summary": "Technical Interviews – Lukas Brunner (Polarstern AI)",
        },
    ),
    m(
        "10219",
        "2025-04-08 18:04",
        "Polarstern AI <no-reply@greenhouse.io>",
        "Interview Rescheduled: Polarstern AI",
        ("interview", POL, POL_R, 15, "greenhouse", "en"),
        text="""Hi Lukas,

Your interviews have been rescheduled:

ML Deep Dive – Tuesday, April 15, 2025 2:00 PM - 3:00 PM CEST – Yara Nieminen
Coding – Tuesday, April 15, 2025 3:00 PM - 4:00 PM CEST – Piotr Zielinski
""",
        reply_to="hannah.okafor@polarstern.ai",
        ics={
            "start": "2025-04-15 14:00:00 +0200",
            "minutes": 120,
            "organizer": ("Hannah Okafor", "hannah.okafor@polarstern.ai"),
            "uid": "gh-sched-tech-77ab31@greenhouse.io",
            "summary": "Technical Interviews – Lukas Brunner (Polarstern AI)",
            "location": "https://polarstern.zoom.us/j/88123460044",
        },
    ),
    m(
        "10220",
        "2025-04-24 17:55",
        POL_RC,
        "Polarstern AI - update",
        ("rejection", POL, POL_R, 15, "direct", "en"),
        text="""Hi Lukas,

Thank you so much for the time you spent with the team last week. Yara especially enjoyed
your thinking on evaluation design - that came through clearly.

Unfortunately, we've decided not to move forward to the onsite stage. The feedback was that
the coding round fell a bit short of the bar we set for this research-heavy role.

I know this isn't the news you were hoping for. I'd genuinely encourage you to apply again in
the future - our Zurich team is growing.

All the best,
Hannah
""",
    ),
    m(
        "10221",
        "2025-04-29 09:00",
        "Polarstern AI <no-reply@greenhouse.io>",
        "How did we do? Share your interview experience with Polarstern AI",
        ("other_job", POL, None, None, "greenhouse", "en"),
        text="""Hi Lukas,

You recently interviewed with Polarstern AI. We'd love to hear about your experience - whatever
the outcome. This anonymous survey takes less than 2 minutes.

Take the survey: https://app.greenhouse.io/candidate_surveys/polarstern/3e88c

Thank you!
""",
    ),
    # --- 16 Fjordbit, Berlin (Lever; mail domain differs) -> withdrawn ----------------------
    m(
        "10222",
        "2025-06-02 20:20",
        "Fjordbit <no-reply@hire.lever.co>",
        "Thanks for applying to Fjordbit",
        ("confirmation", FJB, FJB_R, 16, "lever", "en"),
        text="""Hi Lukas,

Thanks for applying for the Senior Machine Learning Engineer (Fraud) position at Fjordbit.
We've received your application and will get back to you as soon as we can.

In the meantime, feel free to check out how we fight card fraud across 14 European markets:
https://fjordbit.com/engineering

Cheers,
The Fjordbit Talent Team
""",
    ),
    m(
        "10223",
        "2025-06-10 11:18",
        FJB_RC,
        "Your application - Senior ML Engineer",
        ("interview", FJB, FJB_R, 16, "direct", "en"),
        text="""Hi Lukas,

Jakob here from the Fjordbit talent team. Thanks for your application for our Senior ML Engineer
role in the Fraud squad - we'd like to invite you to a first call with me (30 min) to go over
your background and what we're building.

Would Thursday 12 June at 16:00 CEST or Friday 13 June at 10:00 work?

Best,
Jakob Lindqvist
Senior Talent Partner
FB Payments GmbH (Fjordbit) · Rosenthaler Str. 40 · 10178 Berlin
""",
    ),
    m(
        "10224",
        "2025-06-10 15:02",
        FJB_RC,
        "Re: Your application - Senior ML Engineer",
        ("interview", FJB, FJB_R, 16, "direct", "en"),
        text="""Thursday 16:00 it is - invite on its way.

Jakob

On Tue, Jun 10, 2025 at 2:41 PM Lukas Brunner <lukas.brunner@bluewin-mail.ch> wrote:
> Hi Jakob, thanks! Thursday at 16:00 works well for me.
> Best, Lukas
""",
        headers=reply("10223", FJB_RC),
    ),
    m(
        "10225",
        "2025-06-30 12:02",
        FJB_RC,
        "Re: Your application - Senior ML Engineer",
        ("confirmation", FJB, FJB_R, 16, "direct", "en"),
        text="""Hi Lukas,

Thanks for letting me know, and congratulations on the new role! I've withdrawn your
application on our side. Don't be a stranger - if things change, my inbox is open.

All the best,
Jakob

> Hi Jakob, thank you for the call a few weeks ago. I've since accepted an offer and would like to
> withdraw from the process. Sorry for the short notice. Best, Lukas
""",
        headers=reply("10224", FJB_RC),
        st="withdrawn",
    ),
    # --- 17 Auralis Robotics, München (SmartRecruiters) -------------------------------------
    m(
        "10226",
        "2025-04-24 10:35",
        "Auralis Robotics <noreply@smartrecruiters.com>",
        "Thank you for your application",
        ("confirmation", AUR, AUR_R, 17, "smartrecruiters", "en"),
        text="""Dear Lukas,

Thank you for applying for Data Scientist Perception at Auralis Robotics GmbH in Munich.

We will review your application and contact you if your profile matches the requirements.
You can view your application status at any time:
https://jobs.smartrecruiters.com/AuralisRobotics/743999012345-data-scientist-perception

Kind regards,
Auralis Robotics Talent Acquisition
""",
    ),
    m(
        "10227",
        "2025-05-23 08:12",
        "Auralis Robotics <noreply@smartrecruiters.com>",
        "Your application at Auralis Robotics",
        ("rejection", AUR, AUR_R, 17, "smartrecruiters", "en"),
        text="""Dear Lukas,

Thank you for your interest in Auralis Robotics and for taking the time to apply for Data
Scientist Perception.

We received a large number of applications and, after careful review, we have decided to
pursue other candidates for this position.

We wish you every success in your job search.

Kind regards,
Auralis Robotics Talent Acquisition
""",
    ),
    # --- 18 Brightforge Analytics, Wien (LinkedIn Easy Apply) -> viewed, ghosted -----------
    m(
        "10228",
        "2025-03-25 18:47",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Lukas, your application was sent to Brightforge Analytics GmbH",
        ("confirmation", BRF, BRF_R, 18, "linkedin", "en"),
        html="""<html><body style="font-family:-apple-system,Helvetica,sans-serif">
<p>Your application was sent to Brightforge Analytics GmbH</p>
<table><tr><td><b>Data Scientist</b><br>Brightforge Analytics GmbH · Vienna, Austria (Hybrid)<br>
Applied on March 25, 2025</td></tr></table>
<p><a href="https://www.linkedin.com/jobs/view/4128835512/">View job</a></p>
<p>Now, take these next steps for more success with your job search</p>
<p style="font-size:11px;color:#666">This email was intended for Lukas Brunner (Data Scientist).
LinkedIn Corporation, 1000 W Maude Ave, Sunnyvale, CA 94085.</p>
</body></html>""",
        tz=CET,
    ),
    m(
        "10229",
        "2025-03-31 07:14",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Brightforge Analytics GmbH",
        ("viewed", BRF, BRF_R, 18, "linkedin", "en"),
        html="""<html><body style="font-family:-apple-system,Helvetica,sans-serif">
<p>Lukas, your application was viewed</p>
<p><b>Data Scientist</b><br>Brightforge Analytics GmbH · Vienna, Austria</p>
<p>Viewed by the hiring team</p>
<p><a href="https://www.linkedin.com/my-items/saved-jobs/?cardType=APPLIED">See application</a></p>
</body></html>""",
    ),
    # --- 19 Bernina Logistics, Chur (Indeed) ------------------------------------------------
    m(
        "10230",
        "2025-05-28 21:33",
        "Indeed Apply <indeedapply@indeed.com>",
        "Bewerbung übermittelt: Data Scientist Routenoptimierung",
        ("confirmation", BER, BER_R, 19, "indeed", "de"),
        text="""Ihre Bewerbung wurde an Bernina Logistics AG übermittelt.

Data Scientist Routenoptimierung
Bernina Logistics AG - Chur

Folgende Unterlagen wurden gesendet:
- Lebenslauf_Lukas_Brunner_2025.pdf
- Antworten auf 3 Fragen des Arbeitgebers

Verfolgen Sie Ihre Bewerbungen unter https://myjobs.indeed.com/applied

Indeed
""",
    ),
    m(
        "10231",
        "2025-06-16 10:00",
        "Gian-Reto Caflisch <gianreto.caflisch@bernina-logistics.ch>",
        "Ihre Bewerbung via Indeed",
        ("rejection", BER, BER_R, 19, "direct", "de"),
        text="""Guten Tag Herr Brunner

Herzlichen Dank für Ihre Bewerbung als Data Scientist Routenoptimierung. Wir haben uns über Ihr
Interesse an unserem Familienunternehmen sehr gefreut.

Für diese Stelle ist die Präsenz an unserem Standort in Chur an mindestens vier Tagen pro Woche
zwingend. Da Sie in Ihrer Bewerbung Zürich als Wohnort und einen hohen Homeoffice-Anteil
angegeben haben, haben wir uns für eine andere Person entschieden.

Wir wünschen Ihnen alles Gute.

Freundliche Grüsse
Gian-Reto Caflisch
Leiter Personal
Bernina Logistics AG
""",
    ),
    # --- 20 Ondaverde Tech, Madrid remote (Teamtailor es) -----------------------------------
    m(
        "10232",
        "2025-04-01 16:16",
        "Ondaverde <no-reply@teamtailor.com>",
        "¡Gracias por tu candidatura, Lukas!",
        ("confirmation", OND, OND_R, 20, "teamtailor", "es"),
        text="""Hola Lukas:

¡Muchas gracias por tu interés en Ondaverde! Hemos recibido tu candidatura para Machine Learning
Engineer (Remote) y la revisaremos con cariño.

Te responderemos en un plazo máximo de 10 días, sea cual sea el resultado.

Un abrazo,
El equipo de Ondaverde
""",
    ),
    m(
        "10233",
        "2025-04-07 12:40",
        OND_F,
        "Charlamos?",
        ("interview", OND, OND_R, 20, "direct", "es"),
        text="""Hola Lukas,

Soy Lucía, cofundadora y CTO de Ondaverde. Me ha encantado tu perfil, sobre todo la parte de
previsión de demanda energética. Somos un equipo 100 % remoto (Madrid, Valencia, Lisboa) y no
hay problema con que trabajes desde Zúrich.

¿Te va bien una videollamada el jueves 10 a las 17:00 (hora de Madrid)? Hablamos en inglés o en
español, como prefieras.

Un saludo,
Lucía
""",
    ),
    m(
        "10234",
        "2025-04-07 19:21",
        OND_F,
        "Re: Charlamos?",
        ("interview", OND, OND_R, 20, "direct", "es"),
        text="""¡Genial! Te mando la invitación. Hasta el jueves 🙂

Lucía

El lun, 7 abr 2025 a las 18:55, Lukas Brunner (<lukas.brunner@bluewin-mail.ch>) escribió:
> Hola Lucía, ¡gracias! El jueves a las 17:00 me va perfecto. Saludos, Lukas
""",
        headers=reply("10233", OND_F),
    ),
    m(
        "10235",
        "2025-04-22 10:10",
        OND_F,
        "Ondaverde – decisión",
        ("rejection", OND, OND_R, 20, "direct", "es"),
        text="""Hola Lukas,

Gracias de nuevo por tu tiempo la semana pasada y por la prueba técnica, que estaba muy bien
resuelta.

Te escribo para contarte que finalmente no vamos a seguir adelante contigo: al final hemos
decidido priorizar un perfil con más experiencia en MLOps y que pueda solapar más horas con el
equipo de Valencia. Sé que no es la respuesta que esperabas y de verdad que nos ha costado.

Te deseo mucha suerte, y ojalá coincidamos más adelante.

Un abrazo,
Lucía
""",
    ),
    # --- 21 Maré Analytics, Lisboa (Recruitee pt) -> on hold --------------------------------
    m(
        "10236",
        "2025-05-07 14:45",
        "Maré Analytics <noreply@recruitee.com>",
        "Recebemos a sua candidatura",
        ("confirmation", MAR, MAR_R, 21, "recruitee", "pt"),
        text="""Olá Lukas,

Obrigado pela sua candidatura à vaga de Senior Data Scientist na Maré Analytics. Recebemos o seu
currículo e a nossa equipa irá analisá-lo nos próximos dias.

Com os melhores cumprimentos,
Equipa de Talento – Maré Analytics
Rua da Boavista 71, 1200-066 Lisboa
""",
        tz=WEST,
    ),
    m(
        "10237",
        "2025-05-26 09:30",
        "Inês Carvalho <ines.carvalho@mare-analytics.pt>",
        "Ponto de situação – Senior Data Scientist",
        ("confirmation", MAR, MAR_R, 21, "direct", "pt"),
        text="""Olá Lukas,

Queria dar-lhe uma atualização sobre o processo. Por razões orçamentais, a abertura desta vaga
foi suspensa até ao final do terceiro trimestre. A sua candidatura continua ativa e voltaremos a
contactá-lo assim que o processo for retomado.

Pedimos desculpa pelo incómodo e obrigada pela compreensão.

Cumprimentos,
Inês Carvalho
People Lead, Maré Analytics
""",
        tz=WEST,
        st="on_hold",
    ),
    # --- 27 Cervin Vision, Lausanne: founder from Proton -> take-home -> withdrawn ----------
    m(
        "10238",
        "2025-06-03 08:05",
        CER_F,
        "Re: Candidature spontanée – vision par ordinateur",
        ("interview", CER, CER_R, 27, "direct", "fr"),
        text="""Salut Lukas,

Merci pour ton message et ton CV. On est une petite équipe (6 personnes) issue de l'EPFL et on
cherche justement quelqu'un en data science / computer vision pour nos caméras d'inspection de
ponts.

On pourrait s'appeler mardi en fin de journée ? 18h ça te va ?

Théo

--
Théo Morand
Co-fondateur, Cervin Vision
cervin-vision.ch
""",
        headers={"In-Reply-To": "<A81F-cervin-spont@mail.bluewin-mail.ch>"},
    ),
    m(
        "10239",
        "2025-06-11 19:12",
        CER_F,
        "Petit exercice",
        ("assessment", CER, CER_R, 27, "direct", "fr"),
        text="""Salut Lukas,

Super échange mardi ! Comme discuté, voici un petit exercice : 200 images de fissures annotées
(lien ci-dessous), l'idée est d'entraîner un modèle de segmentation simple et de nous dire ce que
tu améliorerais avec plus de temps. Pas besoin d'y passer plus d'un après-midi.

https://drive.proton.me/urls/CRVN8X2Q#fissures

Renvoie-moi ça quand tu peux, idéalement d'ici le 23 juin.

Théo
""",
    ),
    m(
        "10240",
        "2025-06-28 07:44",
        CER_F,
        "Re: Petit exercice",
        ("confirmation", CER, CER_R, 27, "direct", "fr"),
        text="""Salut Lukas,

Dommage, mais je comprends tout à fait, et félicitations pour ton nouveau poste ! Merci de
m'avoir prévenu. Si un jour tu veux revenir vers les ponts et les fissures, tu sais où nous
trouver 🙂

Bonne continuation,
Théo

Le ven. 27 juin 2025 à 21:30, Lukas Brunner <lukas.brunner@bluewin-mail.ch> a écrit :
> Salut Théo, merci encore pour l'exercice. Entre-temps j'ai accepté une offre à Zurich, je
> préfère donc me retirer du processus plutôt que de te faire perdre du temps. Bonne suite !
""",
        headers=reply("10239", CER_F),
        st="withdrawn",
    ),
]

MAIL += [
    m(
        "10241",
        "2025-06-27 18:10",
        "Sophie Rochat <sophie.rochat@lavaux-robotics.ch>",
        "Re: Proposition",
        ("offer", LAV, LAV_R, 13, "direct", "fr"),
        text="""Cher Lukas,

Merci pour votre message honnête. Nous regrettons bien sûr votre décision, mais nous la
comprenons parfaitement. Je vous souhaite beaucoup de succès chez Tessel – le monde de la
robotique suisse est petit, nous nous recroiserons certainement !

Bien à vous,
Sophie

> Chère Sophie, merci infiniment pour votre proposition et pour l'accueil à Lausanne. Après
> beaucoup de réflexion, j'ai décidé d'accepter une autre offre à Zurich et je dois donc
> décliner la vôtre. Bien cordialement, Lukas
""",
        headers=reply("10207", "sophie.rochat@lavaux-robotics.ch"),
        st="declined",
    ),
]

MAIL += [
    # --- alerts, outreach, talent pools, codes (international) ------------------------------
    m(
        "10242",
        "2025-02-11 06:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“machine learning engineer”: 6 opportunities in Zurich",
        ("alert", None, None, None, "linkedin", "en"),
        html="""<html><body style="font-family:-apple-system,Helvetica,sans-serif">
<p>Your job alert for <b>machine learning engineer</b> in <b>Zurich, Switzerland</b></p>
<p><b>Machine Learning Engineer, Applied Research</b><br>Polarstern AI · Zurich (Hybrid)<br>Actively recruiting</p>
<p><b>ML Platform Engineer</b><br>Seefeld Capital AG · Zurich</p>
<p><b>Senior Machine Learning Scientist</b><br>Kappa Sprachtechnologie GmbH · Winterthur</p>
<p><b>Computer Vision Engineer</b><br>Cervin Vision SA · Lausanne (Remote)</p>
<p><a href="https://www.linkedin.com/comm/jobs/search?keywords=machine%20learning%20engineer&amp;location=Zurich">See all jobs</a></p>
<p style="font-size:11px;color:#666">You are receiving Job Alert emails. Unsubscribe.</p>
</body></html>""",
        tz=CET,
    ),
    m(
        "10243",
        "2025-05-20 06:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“data scientist”: Fjordbit and 9 others are hiring",
        ("alert", None, None, None, "linkedin", "en"),
        text="""Your job alert for data scientist in Berlin, Germany

Senior Machine Learning Engineer (Fraud)
Fjordbit · Berlin (Hybrid)
Be an early applicant

Data Scientist, Marketplace
Kreuzberg Kitchens GmbH · Berlin

Lead Data Scientist
Spreekontor Bank AG · Berlin

See all jobs: https://www.linkedin.com/comm/jobs/search?keywords=data%20scientist&location=Berlin
""",
    ),
    m(
        "10244",
        "2025-04-14 11:00",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Lavaux Robotics is hiring: Ingénieur·e Machine Learning",
        ("alert", LAV, LAV_R, None, "linkedin", "en"),
        text="""Lavaux Robotics, a company you follow, posted a new job.

Ingénieur·e Machine Learning
Lavaux Robotics SA · Lausanne, Vaud, Switzerland (On-site)

View job: https://www.linkedin.com/jobs/view/4135510276/

You're receiving this because you follow Lavaux Robotics.
""",
    ),
    m(
        "10245",
        "2025-03-04 07:15",
        "jobup.ch <alertes@jobup.ch>",
        "Nouvelles offres : data scientist – Genève",
        ("alert", None, None, None, "other", "fr"),
        text="""Bonjour Lukas Brunner,

Votre alerte emploi « data scientist » à Genève a trouvé 4 nouvelles offres :

- Data Scientist Supply Chain – Groupe Salève SA – Genève
- Analyste quantitatif·ve – Banque Léman Privée SA – Genève
- Data Engineer – Services Industriels du Rhône – Vernier
- Chargé·e d'études statistiques – Office cantonal – Genève

Voir toutes les offres : https://www.jobup.ch/fr/emplois/?term=data%20scientist&location=gen%C3%A8ve

Modifier ou supprimer l'alerte dans votre compte.
""",
        tz=CET,
    ),
    m(
        "10246",
        "2025-04-08 07:15",
        "jobup.ch <alertes@jobup.ch>",
        "Nouvelles offres : machine learning – Lausanne",
        ("alert", None, None, None, "other", "fr"),
        text="""Bonjour Lukas Brunner,

Votre alerte emploi « machine learning » à Lausanne a trouvé 2 nouvelles offres :

- Ingénieur·e Machine Learning – Lavaux Robotics SA – Lausanne
- Research Engineer – Laboratoire privé de vision – Écublens

Voir toutes les offres : https://www.jobup.ch/fr/emplois/?term=machine%20learning&location=lausanne
""",
    ),
    m(
        "10247",
        "2025-03-12 15:22",
        "Priya Raman via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Lukas, ML role at a Zurich quant fund",
        ("outreach", "Seefeld Capital AG", "Machine Learning Engineer", None, "linkedin", "en"),
        text="""Hi Lukas,

I lead talent for Seefeld Capital, a systematic investment firm in Zurich. We're building out
our ML platform team and your mix of time-series modelling and production engineering caught
my eye.

Would you be open to a 20-minute chat next week? Happy to share more on the team, comp range
(very competitive) and our research setup.

Best,
Priya Raman
Head of Talent, Seefeld Capital AG

Reply: https://www.linkedin.com/messaging/thread/2-NmQ4ZTk1/
""",
        reply_to="Priya Raman <inmail-hit-reply@linkedin.com>",
        tz=CET,
    ),
    m(
        "10248",
        "2025-05-06 09:48",
        "Arnaud Perrin <a.perrin@talentlac.ch>",
        "Opportunité confidentielle – Lead Data Scientist, Genève",
        ("outreach", None, "Lead Data Scientist", None, "agency", "fr"),
        text="""Bonjour Monsieur Brunner,

Je me permets de vous contacter au sujet d'un poste de Lead Data Scientist que je recrute pour
le compte d'un client, une entreprise internationale de négoce basée à Genève. Le poste offre
l'encadrement d'une équipe de 5 personnes et une forte exposition au management.

Seriez-vous ouvert à en discuter ? Je reste à votre disposition pour un appel.

Meilleures salutations,
Arnaud Perrin
Consultant Senior – TalentLac Recrutement SA
Rue du Rhône 65, 1204 Genève
""",
    ),
    m(
        "10249",
        "2025-03-09 12:30",
        "Polarstern AI <no-reply@greenhouse.io>",
        "Welcome to the Polarstern AI Talent Community",
        ("alert", POL, None, None, "greenhouse", "en"),
        text="""Hi Lukas,

Thanks for joining our Talent Community! We'll keep you posted on new roles, events and what
our research teams in Zurich and London are working on.

You can update your preferences or leave the community at any time.

The Polarstern AI Talent Team
""",
        tz=CET,
    ),
    m(
        "10250",
        "2025-04-20 10:00",
        "SmartRecruiters <noreply@smartrecruiters.com>",
        "Finish your application to Auralis Robotics",
        ("alert", AUR, AUR_R, None, "smartrecruiters", "en"),
        text="""Hi Lukas,

You started an application for Data Scientist Perception at Auralis Robotics GmbH but didn't
submit it. It only takes a few minutes to finish.

Continue application: https://jobs.smartrecruiters.com/AuralisRobotics/743999012345/apply

SmartRecruiters
""",
    ),
    m(
        "10251",
        "2025-03-03 12:05",
        "Groupe Salève <saleve@myworkday.com>",
        "Code de vérification",
        ("other_job", SAL, None, None, "workday", "fr"),
        text="""Votre code de vérification pour le portail carrières de Groupe Salève est : 730 915

Ce code expire dans 10 minutes. Si vous n'êtes pas à l'origine de cette demande, ignorez ce
message.
""",
        tz=CET,
    ),
    m(
        "10252",
        "2025-02-17 06:45",
        "Indeed <alert@indeed.com>",
        "15 new Machine Learning Engineer jobs in Zürich",
        ("alert", None, None, None, "indeed", "en"),
        text="""Machine Learning Engineer
Helix Quant AG - Zug
CHF 140,000 - CHF 160,000 a year
Easily apply

ML Engineer (LLM)
Seefeld Capital AG - Zürich

Senior Data Scientist
LPB Group - Zürich

See all jobs: https://ch.indeed.com/jobs?q=Machine+Learning+Engineer&l=Z%C3%BCrich
""",
        tz=CET,
    ),
    m(
        "10253",
        "2025-07-25 17:04",
        "Ondaverde <no-reply@teamtailor.com>",
        "Nuevas ofertas en Ondaverde",
        ("alert", OND, None, None, "teamtailor", "es"),
        text="""Hola Lukas:

Como formas parte de nuestra comunidad de talento, te avisamos de que hemos publicado nuevas
ofertas:

- MLOps Engineer (Remote)
- Data Analyst – Energía (Valencia / Remote)

Ver ofertas: https://ondaverde.teamtailor.com/jobs

¿No quieres recibir más correos? Date de baja aquí.
""",
    ),
]

QUE = "Quellwerk Climate GmbH"
QUE_R = "Data Scientist (Climate Risk)"

MAIL += [
    # --- 29 employer named only in the job URL (Recruitee, generic display name) ------------
    m(
        "10254",
        "2025-05-15 22:03",
        "Talent Team <noreply@recruitee.com>",
        "Thanks for applying!",
        ("confirmation", QUE, QUE_R, 29, "recruitee", "en"),
        text="""Hi Lukas,

Thanks for applying for the Data Scientist (Climate Risk) position - we're happy you'd like to
help insurers price physical climate risk better.

We review every application by hand, so please give us up to two weeks. You can always see the
job ad here: https://quellwerk.recruitee.com/o/data-scientist-climate-risk

Talk soon,
The Talent Team
""",
    ),
    m(
        "10255",
        "2025-06-03 09:26",
        "Talent Team <noreply@recruitee.com>",
        "Your application",
        ("rejection", QUE, QUE_R, 29, "recruitee", "en"),
        text="""Hi Lukas,

Thank you again for your interest and for the thoughtful cover letter - the team enjoyed
reading about your hydropower forecasting project.

We've now reviewed all applications, and we won't be moving forward with yours this time: we
are looking for someone with a stronger background in catastrophe modelling.

We wish you all the best with your search.

The Talent Team
""",
    ),
]

"""Fifth held-out corpus: applications 1-24 (French and English mail) and French / English
job mail that belongs to no application (alerts, outreach, other job mail). Hand-written;
employers, people and employer domains are invented. Not for tuning."""

from __future__ import annotations

from heldout3_util import m, reply

ME_ADDR = "lucas.ferreira@boitemail.fr"

FAB = "Fabrelec"
FAB1 = "Stage de fin d'études – Ingénieur méthodes (H/F)"
FAB2 = "Stage – Ingénieur qualité fournisseurs (H/F)"
AER = "Aerolis"
AER1 = "Graduate Programme 2026 – Engineering"
NB = "Northbeam Robotics"
NB1 = "Junior UX Researcher"

MAIL = [
    # ---- 1 / 2: Fabrelec, two internships, Workday --------------------------------------------
    m(
        "fab-conf-1",
        "2025-03-04 21:12",
        "Fabrelec Recrutement <fabrelec@myworkday.com>",
        "Fabrelec – Confirmation de votre candidature",
        ("confirmation", FAB, FAB1, 1, "workday", "fr"),
        html="""<html><body style="font-family:Arial">
<img src="https://fabrelec.wd3.myworkdayjobs.com/logo.png" alt="Fabrelec">
<p>Bonjour Lucas,</p>
<p>Merci d'avoir postulé à l'offre <b>Stage de fin d'études – Ingénieur méthodes (H/F)</b>
(réf. R-0041872) sur le site carrières de Fabrelec.</p>
<p>Votre dossier a bien été transmis à l'équipe recrutement de notre site de Vénissieux. Vous
pouvez suivre l'avancement de votre candidature à tout moment depuis votre espace candidat.</p>
<p><a href="https://fabrelec.wd3.myworkdayjobs.com/fr-FR/Fabrelec_Careers/userHome">Accéder à mon espace</a></p>
<p>Cordialement,<br>L'équipe Talent Acquisition Fabrelec</p>
<p style="font-size:10px;color:#888">Ce message est généré automatiquement, merci de ne pas y répondre.</p>
</body></html>""",
        tz="+0100",
    ),
    m(
        "fab-conf-2",
        "2025-03-04 21:31",
        "Fabrelec Recrutement <fabrelec@myworkday.com>",
        "Fabrelec – Confirmation de votre candidature",
        ("confirmation", FAB, FAB2, 2, "workday", "fr"),
        html="""<html><body style="font-family:Arial">
<img src="https://fabrelec.wd3.myworkdayjobs.com/logo.png" alt="Fabrelec">
<p>Bonjour Lucas,</p>
<p>Merci d'avoir postulé à l'offre <b>Stage – Ingénieur qualité fournisseurs (H/F)</b>
(réf. R-0041990) sur le site carrières de Fabrelec.</p>
<p>Votre dossier a bien été transmis à l'équipe recrutement de notre site de Saint-Priest.
Vous pouvez suivre l'avancement de votre candidature à tout moment depuis votre espace candidat.</p>
<p>Cordialement,<br>L'équipe Talent Acquisition Fabrelec</p>
</body></html>""",
        tz="+0100",
    ),
    m(
        "fab-shl",
        "2025-03-13 09:40",
        "Fabrelec via SHL <no-reply@shl.com>",
        "Invitation : tests en ligne – Fabrelec",
        ("assessment", FAB, FAB1, 1, "other", "fr"),
        text="""Bonjour Lucas Ferreira,

Dans le cadre de votre candidature chez Fabrelec (Stage de fin d'études – Ingénieur
méthodes), nous vous invitons à passer les évaluations suivantes :

  - Raisonnement numérique (Verify, env. 18 minutes)
  - Questionnaire de personnalité OPQ (env. 25 minutes)

Date limite : 20/03/2025 23:59 (heure de Paris)

Commencer : https://global.shl.com/candidate/login?token=fab-7Q2ZK

Prévoyez un endroit calme, une calculatrice et du papier brouillon. Les tests ne peuvent
pas être interrompus une fois commencés.

Bonne chance !
SHL, pour le compte de Fabrelec
""",
        tz="+0100",
    ),
    m(
        "fab-itw",
        "2025-04-02 11:05",
        "Camille Rivoire <camille.rivoire@fabrelec.fr>",
        "Entretien – Stage ingénieur méthodes – jeudi 10 avril",
        ("interview", FAB, FAB1, 1, "direct", "fr"),
        text="""Bonjour Lucas,

Suite à vos résultats aux tests, je vous propose un entretien avec Didier Maurel,
responsable méthodes de l'atelier de bobinage, et moi-même, le jeudi 10 avril à 14h00,
sur Teams (durée : 45 min environ). L'invitation est jointe à ce mail.

Pensez à avoir votre CV sous les yeux ; Didier vous posera quelques questions techniques
sur vos projets (notamment le projet de ligne d'assemblage de votre 4e année).

Bien cordialement,

Camille Rivoire
Chargée de recrutement – Campus & Alternance
Fabrelec | 14 rue des Frères Lumière, 69200 Vénissieux
""",
        ics={
            "uid": "fab-itw-20250410@fabrelec.fr",
            "start": "2025-04-10 14:00:00 +0200",
            "minutes": 45,
            "organizer": ("Camille Rivoire", "camille.rivoire@fabrelec.fr"),
            "attendees": [("Didier Maurel", "didier.maurel@fabrelec.fr")],
            "summary": "Entretien Lucas Ferreira – Stage ingénieur méthodes",
            "location": "Réunion Microsoft Teams",
            "style": "outlook",
        },
    ),
    m(
        "fab-rej",
        "2025-04-24 17:48",
        "Camille Rivoire <camille.rivoire@fabrelec.fr>",
        "Votre candidature",
        ("rejection", FAB, FAB1, 1, "direct", "fr"),
        text="""Bonjour Lucas,

Merci encore pour le temps que vous nous avez consacré lors de l'entretien du 10 avril.
Didier et moi avons apprécié la clarté de vos explications et votre curiosité pour le
terrain.

Après de longues discussions, nous avons retenu d'autres profils, dont l'expérience en
environnement de production correspondait davantage aux besoins immédiats de l'atelier.

Je me permets de garder votre CV, et n'hésitez pas à regarder nos offres de VIE qui
paraîtront à l'automne.

Belle continuation,
Camille

--
Camille Rivoire
Chargée de recrutement – Campus & Alternance
""",
        **reply("fab-itw", "Camille Rivoire <camille.rivoire@fabrelec.fr>"),
    ),
    # ---- 3: Aerolis graduate programme, SuccessFactors -> accepted -----------------------------
    m(
        "aer-conf",
        "2025-03-09 19:22",
        "Aerolis Careers <noreply@successfactors.eu>",
        "Thank you for applying – Aerolis",
        ("confirmation", AER, AER1, 3, "other", "en"),
        html="""<html><body>
<table width="600"><tr><td><img src="https://career5.successfactors.eu/aerolis/logo.png" alt="Aerolis"></td></tr>
<tr><td>
<p>Dear Lucas,</p>
<p>Thank you for your application for <strong>Graduate Programme 2026 – Engineering</strong>
(Requisition 58213) at Aerolis.</p>
<p>We receive a very high number of applications for our graduate programmes. Our campus team
reviews every one of them, and we will contact you by email about the next steps, which may
include online assessments.</p>
<p>Please do not reply to this message; this mailbox is not monitored.</p>
<p>Kind regards,<br>Aerolis Early Careers Team</p>
</td></tr></table></body></html>""",
        tz="+0100",
    ),
    m(
        "aer-pym",
        "2025-03-18 10:02",
        "Aerolis Early Careers <no-reply@pymetrics.ai>",
        "Next step: Aerolis games",
        ("assessment", AER, AER1, 3, "other", "en"),
        text="""Hi Lucas,

Aerolis has invited you to play the pymetrics games as part of your application to the
Graduate Programme 2026 – Engineering.

The games take about 25 minutes. There are no right or wrong answers: they measure
cognitive and behavioural traits, not knowledge. Please complete them within 7 days.

Play now: https://app.pymetrics.ai/invite/aerolis/KD8S2

Tip: use a laptop with a mouse, not a phone.

The pymetrics team, on behalf of Aerolis
""",
        tz="+0100",
    ),
    m(
        "aer-hirevue",
        "2025-04-08 08:30",
        "Aerolis <noreply@hirevue.com>",
        "Aerolis – Your digital interview",
        ("assessment", AER, AER1, 3, "hirevue", "en"),
        html="""<html><body>
<p>Hello Lucas,</p>
<p>Congratulations on progressing to the next stage of the Aerolis Graduate Programme 2026 –
Engineering selection process.</p>
<p>We'd like you to complete a short on-demand video interview. You will see 5 questions and
have 30 seconds to prepare and up to 2 minutes to answer each one. You can do it whenever it
suits you before <b>15 April 2025</b>.</p>
<p><a href="https://app.hirevue.com/interviews/aerolis-grad26/x8Fk2">Start your interview</a></p>
<p>Good luck!<br>Aerolis Early Careers</p>
</body></html>""",
    ),
    m(
        "aer-ac",
        "2025-05-06 14:15",
        "Hannah Whitcombe <hannah.whitcombe@aerolis-group.com>",
        "Aerolis Graduate Assessment Centre – 22 May, Toulouse",
        ("interview", AER, AER1, 3, "direct", "en"),
        text="""Dear Lucas,

Following your video interview, I'm delighted to invite you to our Graduate Assessment
Centre for the Engineering stream.

Date: Thursday 22 May 2025, 08:45 – 16:30
Venue: Aerolis Campus, 3 allée Clément Ader, 31700 Blagnac

The day includes a group exercise, a technical case study with one of our engineers, and a
competency interview with a member of the graduate leadership team. Lunch is provided.
We will reimburse reasonable travel costs (2nd class train from Lyon is fine — keep your
receipts).

Could you confirm your attendance by replying to this email by Friday?

Best wishes,
Hannah Whitcombe
Early Careers Recruitment Partner | Aerolis
""",
    ),
    m(
        "aer-offer",
        "2025-06-12 16:40",
        "Hannah Whitcombe via DocuSign <dse_NA4@docusign.net>",
        "Please DocuSign: Aerolis_Offer_Letter_L_Ferreira.pdf",
        ("offer", AER, AER1, 3, "docusign", "en"),
        html="""<html><body>
<p>Hannah Whitcombe sent you a document to review and sign.</p>
<p><a href="https://www.docusign.net/Signing/EmailStart.aspx?a=4f1e">REVIEW DOCUMENT</a></p>
<p>Hannah Whitcombe<br>hannah.whitcombe@aerolis-group.com</p>
<p>Dear Lucas, congratulations again! As discussed on the phone, please find attached your
offer to join the Aerolis Graduate Programme 2026 – Engineering, starting 1 October 2025 in
Blagnac. Kindly sign by 26 June. Hannah</p>
<p style="font-size:11px">Do Not Share This Email<br>This email contains a secure link to
DocuSign. Please do not share this email, link, or access code with others.</p>
</body></html>""",
    ),
    m(
        "aer-signed",
        "2025-06-14 10:03",
        "DocuSign <dse_NA4@docusign.net>",
        "Completed: Aerolis_Offer_Letter_L_Ferreira.pdf",
        ("offer", AER, AER1, 3, "docusign", "en"),
        st="accepted",
        html="""<html><body>
<p>All parties have completed Aerolis_Offer_Letter_L_Ferreira.pdf.</p>
<p><a href="https://www.docusign.net/Member/EmailStart.aspx?m=77ad">VIEW COMPLETED DOCUMENT</a></p>
<p>Hello Lucas Ferreira, Hannah Whitcombe (Aerolis) has received your signed document.</p>
<p style="font-size:11px">Powered by DocuSign</p>
</body></html>""",
    ),
    # ---- 4: Northbeam Robotics, Greenhouse, Calendly ------------------------------------------
    m(
        "nb-conf",
        "2025-03-21 23:55",
        "Northbeam Robotics <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Northbeam Robotics!",
        ("confirmation", NB, NB1, 4, "greenhouse", "en"),
        text="""Hi Lucas,

Thanks for your interest in Northbeam Robotics! We've received your application for the
Junior UX Researcher role and our team will take a look soon.

We know switching fields is a big step, so we read every cover letter — thanks for telling
us about the usability study you ran on the lab's test bench software.

If there's a fit, a member of our People team will reach out to schedule a first call.

Cheers,
The Northbeam Robotics Hiring Team
""",
        tz="+0100",
    ),
    m(
        "nb-calendly",
        "2025-04-03 09:12",
        "Calendly <notifications@calendly.com>",
        "New Event: Lucas Ferreira – 30 min Intro Call – Northbeam Robotics",
        ("interview", NB, NB1, 4, "other", "en"),
        html="""<html><body>
<p>Hi Lucas Ferreira,</p>
<p>A new event has been scheduled.</p>
<p><b>Event Type:</b> 30 min Intro Call – Northbeam Robotics (Junior UX Researcher)<br>
<b>Invitee:</b> Lucas Ferreira<br>
<b>Event Date/Time:</b> 15:30 - Tuesday, 8 April 2025 (Central European Time)<br>
<b>Location:</b> Google Meet (link in the calendar invitation)<br>
<b>Host:</b> Priya Anand, People Partner</p>
<p><a href="https://calendly.com/cancellations/abc">Cancel</a> | <a href="https://calendly.com/reschedulings/abc">Reschedule</a></p>
<p>Powered by Calendly</p>
</body></html>""",
    ),
    m(
        "nb-rej",
        "2025-04-17 18:20",
        "Priya Anand <no-reply@us.greenhouse-mail.io>",
        "Update on your application",
        ("rejection", NB, NB1, 4, "greenhouse", "en"),
        text="""Hi Lucas,

Thank you for speaking with me last week — I enjoyed hearing how you got from torque curves
to interview guides, and your enthusiasm came through.

After reviewing the whole pipeline, we've decided to move forward with candidates who have
more hands-on research experience for this particular role. This was a close call.

We'd genuinely be happy to see your name again if a role opens later in the year.

All the best,
Priya Anand
People Partner, Northbeam Robotics
""",
    ),
    # ---- 5: Kerlane, Welcome to the Jungle ---------------------------------------------------
    m(
        "ker-conf",
        "2025-03-11 12:44",
        "Welcome to the Jungle <noreply@welcometothejungle.com>",
        "Votre candidature chez Kerlane a bien été envoyée",
        (
            "confirmation",
            "Kerlane",
            "Ingénieur d'études junior – Électrotechnique (H/F)",
            5,
            "other",
            "fr",
        ),
        html="""<html><body>
<h2>C'est envoyé ! 🎉</h2>
<p>Lucas, ta candidature pour le poste <b>Ingénieur d'études junior – Électrotechnique (H/F)</b>
chez <b>Kerlane</b> a bien été transmise.</p>
<p>L'entreprise reviendra vers toi directement. En attendant, tu peux retrouver toutes tes
candidatures dans ton espace.</p>
<p><a href="https://www.welcometothejungle.com/fr/me/applications">Suivre mes candidatures</a></p>
<p>L'équipe Welcome to the Jungle</p>
</body></html>""",
        tz="+0100",
    ),
    m(
        "ker-rej",
        "2025-04-01 10:10",
        "Kerlane – Recrutement <recrutement@kerlane.fr>",
        "Re: Votre candidature – Ingénieur d'études junior",
        (
            "rejection",
            "Kerlane",
            "Ingénieur d'études junior – Électrotechnique (H/F)",
            5,
            "direct",
            "fr",
        ),
        text="""Bonjour Lucas,

Nous vous remercions pour l'intérêt que vous portez à Kerlane et pour votre candidature au
poste d'Ingénieur d'études junior en électrotechnique.

Votre parcours est intéressant, mais nous ne donnerons pas suite cette fois-ci : le poste
demande une première expérience en dimensionnement de tableaux BT que vous n'avez pas encore.

Nous vous souhaitons bonne chance dans vos recherches.

Service RH – Kerlane
2 avenue Tony Garnier, 69007 Lyon
""",
    ),
    # ---- 6: Tessaly Labs, Lever, position filled ----------------------------------------------
    m(
        "tes-conf",
        "2025-04-05 16:03",
        "Tessaly Labs <no-reply@hire.lever.co>",
        "Your application to Tessaly Labs",
        ("confirmation", "Tessaly Labs", "Design Engineer I", 6, "lever", "en"),
        text="""Hi Lucas,

Thank you for applying for the Design Engineer I position at Tessaly Labs. We've got your
application and our hardware team will review it in the coming days.

We're a small team, so please bear with us — we reply to everyone.

Best,
Tessaly Labs
""",
    ),
    m(
        "tes-itw",
        "2025-04-14 20:37",
        "Oskar Lindqvist <oskar@tessaly.io>",
        "Design Engineer I – chat this week?",
        ("interview", "Tessaly Labs", "Design Engineer I", 6, "direct", "en"),
        text="""Hey Lucas,

Oskar here, I lead mechanical at Tessaly. Liked your portfolio, especially the
sheet-metal enclosure with the snap fits. Would you have 45 min on Thursday or Friday
for a video call? I'd walk you through what we build (benchtop bioreactors) and then
we'd go through one of your projects in detail.

Thu 17th: 10:00 or 16:00 CET
Fri 18th: 11:00

Just reply with what works.

Oskar
--
Oskar Lindqvist | Head of Mechanical Engineering | Tessaly Labs
""",
    ),
    m(
        "tes-filled",
        "2025-05-09 09:14",
        "Oskar Lindqvist <oskar@tessaly.io>",
        "Re: Design Engineer I – chat this week?",
        ("rejection", "Tessaly Labs", "Design Engineer I", 6, "direct", "en"),
        text="""Hi Lucas,

Sorry for the slow follow-up after our call. I wanted to let you know personally that
the position has been filled — we made an offer to someone with a couple of years at a
contract manufacturer, which is what we need right now.

Your project walkthrough was one of the best we saw. Stay in touch.

Oskar

On Mon, 14 Apr 2025 at 20:37, Oskar Lindqvist <oskar@tessaly.io> wrote:
> Hey Lucas,
>
> Oskar here, I lead mechanical at Tessaly. Liked your portfolio, especially the
> sheet-metal enclosure with the snap fits. Would you have 45 min on Thursday or Friday
> for a video call?
""",
        **reply("tes-itw", "Oskar Lindqvist <oskar@tessaly.io>"),
    ),
    # ---- 7: Brightwater Systems, iCIMS, HackerRank, ghosted ------------------------------------
    m(
        "bw-conf",
        "2025-03-26 15:27",
        "Brightwater Systems <brightwatersys@talent.icims.com>",
        "Brightwater Systems: Application Received – Embedded Systems Intern",
        ("confirmation", "Brightwater Systems", "Embedded Systems Intern", 7, "icims", "en"),
        text="""Dear Lucas Ferreira,

Thank you for your interest in the Embedded Systems Intern (Job ID 2025-4417) position at
Brightwater Systems. This email confirms that we have received your application.

Our recruiting team will review your qualifications. If your background matches the
requirements, a member of the team will contact you. Unfortunately, due to the high volume
of applications, we are not able to respond to every applicant individually; if you are not
selected for an interview, you may not hear from us.

You can check your status at any time in our candidate portal.

Sincerely,
Brightwater Systems Talent Acquisition

This is an automated message. Please do not reply.
""",
        tz="+0100",
    ),
    m(
        "bw-hr",
        "2025-04-04 13:00",
        "HackerRank <support@hackerrank.com>",
        "Brightwater Systems invites you to a coding test",
        ("assessment", "Brightwater Systems", "Embedded Systems Intern", 7, "hackerrank", "en"),
        html="""<html><body>
<p>Hi Lucas,</p>
<p>Brightwater Systems has invited you to take the <b>Embedded Intern – C Fundamentals</b>
test on HackerRank.</p>
<ul><li>Duration: 75 minutes</li><li>Questions: 3 coding, 6 multiple choice</li>
<li>Expires: Apr 11, 2025, 11:59 PM CEST</li></ul>
<p><a href="https://www.hackerrank.com/tests/b8k2p/login">Start test</a></p>
<p>Before you begin, try the sample test to get comfortable with the environment.</p>
<p>Good luck!<br>Team HackerRank</p>
</body></html>""",
    ),
    # ---- 8: Marlin & Cole, Ashby, withdrawal -------------------------------------------------
    m(
        "mc-conf",
        "2025-05-19 08:58",
        "Marlin & Cole <no-reply@ashbyhq.com>",
        "Application received – UX Research Intern",
        ("confirmation", "Marlin & Cole", "UX Research Intern", 8, "ashby", "en"),
        text="""Hi Lucas,

Thanks for applying to the UX Research Intern role at Marlin & Cole. We're reviewing
applications on a rolling basis and will be in touch within two weeks either way.

Marlin & Cole Recruiting
""",
    ),
    m(
        "mc-withdraw",
        "2025-06-16 11:30",
        "Freya Dunmore <freya@marlincole.co.uk>",
        "Re: Withdrawing my application – UX Research Intern",
        ("confirmation", "Marlin & Cole", "UX Research Intern", 8, "direct", "en"),
        st="withdrawn",
        text="""Hi Lucas,

Thanks for letting us know, and congratulations on the graduate programme — that sounds
like a great start. I've withdrawn your application for the UX Research Intern role on our
side, so you won't receive any further emails about it.

Best of luck in Toulouse!
Freya

Freya Dunmore | Talent Lead | Marlin & Cole
12 Clerkenwell Road, London EC1M 5PQ

-----Original Message-----
From: Lucas Ferreira <lucas.ferreira@boitemail.fr>
Sent: 15 June 2025 21:04
To: Freya Dunmore <freya@marlincole.co.uk>
Subject: Withdrawing my application – UX Research Intern

Hello Freya, I have accepted another offer and would like to withdraw my application for
the UX Research Intern position. Thank you for your time. Lucas
""",
    ),
    # ---- 9: Solvent Mobility, Taleo, on hold --------------------------------------------------
    m(
        "sol-conf",
        "2025-04-11 07:50",
        "Solvent Mobility Talent <solventmobility@taleo.net>",
        "Solvent Mobility - Application Acknowledgement",
        ("confirmation", "Solvent Mobility", "Graduate Electrical Engineer", 9, "taleo", "en"),
        text="""Dear Lucas,

We would like to confirm that your application for the position Graduate Electrical
Engineer (Job Number: 2500318) was submitted successfully.

Your application will be reviewed against the requirements of the role. Should your
profile be shortlisted, we will contact you to discuss the next steps.

To view the status of your submission, log into your account at
https://solventmobility.taleo.net/careersection/jobdetail.ftl?job=2500318

Regards,
Solvent Mobility Talent Acquisition
""",
    ),
    m(
        "sol-hold",
        "2025-05-27 12:05",
        "Solvent Mobility Talent <solventmobility@taleo.net>",
        "Your application – Graduate Electrical Engineer (2500318)",
        ("confirmation", "Solvent Mobility", "Graduate Electrical Engineer", 9, "taleo", "en"),
        st="on_hold",
        text="""Dear Lucas,

We are writing to update you on the Graduate Electrical Engineer position (2500318).

Due to a review of our 2026 graduate intake, recruitment for this position has been put on
hold for the time being. Your application remains active in our system and we will contact
you if the position reopens. No action is required from you.

We apologise for the inconvenience and thank you for your patience.

Regards,
Solvent Mobility Talent Acquisition
""",
    ),
    # ---- 10: Groupe Rhodanie via JobTeaser, phone interview, offer PDF -----------------------
    m(
        "rho-conf",
        "2025-04-22 10:31",
        "JobTeaser <noreply@jobteaser.com>",
        "Votre candidature a bien été envoyée à Groupe Rhodanie",
        (
            "confirmation",
            "Groupe Rhodanie",
            "Stage – Ingénieur maintenance (H/F)",
            10,
            "other",
            "fr",
        ),
        html="""<html><body>
<p>Bonjour Lucas,</p>
<p>Votre candidature pour l'offre <b>Stage – Ingénieur maintenance (H/F)</b> chez
<b>Groupe Rhodanie</b> a bien été envoyée via le Career Center de votre école.</p>
<p>Vous pouvez suivre son statut dans l'onglet « Mes candidatures ».</p>
<p>À bientôt sur JobTeaser</p>
</body></html>""",
    ),
    m(
        "rho-itw",
        "2025-05-02 17:22",
        "Bruno Faivre <b.faivre@rhodanie-industrie.fr>",
        "Stage maintenance – échange téléphonique",
        ("interview", "Groupe Rhodanie", "Stage – Ingénieur maintenance (H/F)", 10, "direct", "fr"),
        text="""Bonjour M. Ferreira,

J'ai bien reçu votre candidature par JobTeaser pour notre stage en maintenance sur le site
de Pont-de-Claix. Seriez-vous disponible pour un échange téléphonique mardi 6 mai vers 11h ?
Je vous appellerai au numéro indiqué sur votre CV.

Cordialement,
Bruno Faivre
Responsable maintenance
Groupe Rhodanie – Site de Pont-de-Claix

Envoyé depuis mon mobile
""",
    ),
    m(
        "rho-offer",
        "2025-05-20 14:08",
        "Bruno Faivre <b.faivre@rhodanie-industrie.fr>",
        "Proposition de stage – Groupe Rhodanie",
        ("offer", "Groupe Rhodanie", "Stage – Ingénieur maintenance (H/F)", 10, "direct", "fr"),
        text="""Bonjour Lucas,

Suite à nos échanges et à votre visite du site vendredi, j'ai le plaisir de vous proposer le
stage d'ingénieur maintenance (6 mois à partir du 1er septembre), gratification de 1 200 €
brut mensuels, prise en charge de 50 % de l'abonnement TER.

Vous trouverez la proposition détaillée en pièce jointe. Merci de me faire un retour d'ici
le 3 juin ; la convention de stage sera ensuite établie avec votre école.

Bien à vous,
Bruno Faivre
""",
        attach=[
            ("Proposition_stage_Ferreira.pdf", "application/pdf", "%PDF-1.4 proposition stage"),
        ],
    ),
    # ---- 11: Lumen Habitat, Personio ---------------------------------------------------------
    m(
        "lum-conf",
        "2025-05-05 09:02",
        "Lumen Habitat <no-reply@lumenhabitat.jobs.personio.de>",
        "Merci pour votre candidature chez Lumen Habitat",
        (
            "confirmation",
            "Lumen Habitat",
            "Stage – Chargé(e) de recherche utilisateur (6 mois)",
            11,
            "personio",
            "fr",
        ),
        text="""Bonjour Lucas,

Merci pour votre candidature au stage « Chargé(e) de recherche utilisateur (6 mois) ».
Nous l'étudions avec attention et revenons vers vous sous trois semaines.

L'équipe Lumen Habitat
""",
    ),
    m(
        "lum-rej",
        "2025-05-28 15:44",
        "Lumen Habitat <no-reply@lumenhabitat.jobs.personio.de>",
        "Votre candidature",
        (
            "rejection",
            "Lumen Habitat",
            "Stage – Chargé(e) de recherche utilisateur (6 mois)",
            11,
            "personio",
            "fr",
        ),
        text="""Bonjour Lucas,

Merci pour le temps que vous avez pris pour postuler. Votre double regard ingénieur /
recherche utilisateur nous a vraiment intrigués.

Nous avons toutefois choisi de poursuivre avec une candidate dont le profil est plus proche
de nos besoins actuels en sciences sociales. Cette décision ne remet pas en cause vos
qualités.

Nous vous souhaitons le meilleur pour la suite.

Mathilde, pour l'équipe Lumen Habitat
""",
    ),
    # ---- 12: Ondine Instruments, SmartRecruiters, Codility ----------------------------------
    m(
        "ond-conf",
        "2025-05-13 18:19",
        "Ondine Instruments <no-reply@smartrecruiters.com>",
        "Thank you for applying to Ondine Instruments",
        ("confirmation", "Ondine Instruments", "Test Engineer Intern", 12, "smartrecruiters", "en"),
        html="""<html><body>
<p>Hi Lucas,</p>
<p>Thanks for applying to <b>Test Engineer Intern</b> at Ondine Instruments (Grenoble). Your
application has been submitted successfully.</p>
<p>What happens next? Our recruiters will review your profile and reach out if your
experience matches what we're looking for.</p>
<p>Ondine Instruments Recruiting Team</p>
<p style="color:#999;font-size:10px">Powered by SmartRecruiters</p>
</body></html>""",
    ),
    m(
        "ond-cod",
        "2025-05-21 09:45",
        "Codility <no-reply@codility.com>",
        "Ondine Instruments – test invitation",
        ("assessment", "Ondine Instruments", "Test Engineer Intern", 12, "codility", "en"),
        text="""Hello Lucas,

You have been invited by Ondine Instruments to solve a programming test. The test consists
of 2 tasks in Python and lasts 90 minutes.

Start your test: https://app.codility.com/test/ONDINE-7VWQ/

The link is valid until 28 May 2025. Please make sure you have a stable internet connection.
Once you start, the timer cannot be paused.

Best regards,
Codility, on behalf of Ondine Instruments
""",
    ),
    m(
        "ond-rej",
        "2025-06-04 11:20",
        "Ondine Instruments <no-reply@smartrecruiters.com>",
        "Your application for Test Engineer Intern",
        ("rejection", "Ondine Instruments", "Test Engineer Intern", 12, "smartrecruiters", "en"),
        text="""Dear Lucas,

Thank you for taking the time to complete our online test. We were impressed by the number of
strong applications we received.

Unfortunately, we will not be moving forward with your application for the Test Engineer
Intern position. We encourage you to keep an eye on our careers page for future openings.

Kind regards,
Ondine Instruments Recruiting Team
""",
    ),
    # ---- 13: Vireo Foods, Avature, forwarded confirmation -----------------------------------
    m(
        "vir-conf",
        "2025-03-27 22:41",
        "Vireo Foods Careers <vireofoods@avature.net>",
        "We've received your application",
        ("confirmation", "Vireo Foods", "Engineering Trainee Programme", 13, "other", "en"),
        html="""<html><body>
<p><img src="https://vireofoods.avature.net/portal/logo.png" alt="Vireo Foods"></p>
<p>Dear Lucas,</p>
<p>Thank you for your application to the <b>Engineering Trainee Programme</b> (Europe, 2025
intake). We have received it and will be in touch once the first screening is complete,
usually within four weeks.</p>
<p>Warm regards,<br>Vireo Foods Talent Team</p>
</body></html>""",
        tz="+0100",
    ),
    m(
        "vir-fwd",
        "2025-03-28 08:12",
        "Lucas Ferreira <lucas.ferreira@etu.univ-lyon1.example>",
        "Fwd: We've received your application",
        ("confirmation", "Vireo Foods", "Engineering Trainee Programme", 13, "other", "en"),
        text="""Candidature Vireo envoyée depuis la mauvaise adresse, je la transfère ici.

---------- Forwarded message ---------
From: Vireo Foods Careers <vireofoods@avature.net>
Date: Thu, 27 Mar 2025 at 22:41
Subject: We've received your application
To: Lucas Ferreira <lucas.ferreira@etu.univ-lyon1.example>

Dear Lucas,

Thank you for your application to the Engineering Trainee Programme (Europe, 2025 intake).
We have received it and will be in touch once the first screening is complete, usually
within four weeks.

Warm regards,
Vireo Foods Talent Team
""",
        tz="+0100",
    ),
    m(
        "vir-rej",
        "2025-05-14 12:00",
        "Vireo Foods Careers <vireofoods@avature.net>",
        "Vireo Foods – Engineering Trainee Programme",
        ("rejection", "Vireo Foods", "Engineering Trainee Programme", 13, "other", "en"),
        text="""Dear Lucas,

Thank you for your patience while we reviewed applications for this year's Engineering
Trainee Programme. The quality was exceptional and the decisions were hard.

We regret to inform you that your application has not been successful on this occasion.
We will keep your details on file for twelve months.

Kind regards,
Vireo Foods Talent Team
""",
    ),
    # ---- 14: Hexacore Engineering, Eightfold, ghosted ---------------------------------------
    m(
        "hex-conf",
        "2025-06-02 19:05",
        "Hexacore Engineering <careers@hexacore-eng.com>",
        "Application submitted: Mechanical Design Engineer I",
        ("confirmation", "Hexacore Engineering", "Mechanical Design Engineer I", 14, "other", "en"),
        html="""<html><body>
<p>Hi Lucas,</p>
<p>Your application for <b>Mechanical Design Engineer I</b> (Lyon, hybrid) has been submitted.</p>
<p>Based on your profile we also found <b>4 similar positions</b> you might be interested in.
<a href="https://hexacore.eightfold.ai/careers?pid=1099&amp;domain=hexacore-eng.com">See matching jobs</a></p>
<p>Hexacore Talent Acquisition</p>
<p style="font-size:10px">Powered by Eightfold AI</p>
</body></html>""",
    ),
    # ---- 15: Stratus Medical, Phenom, Spark Hire, Teams, rejection --------------------------
    m(
        "str-conf",
        "2025-04-15 14:33",
        "Stratus Medical Talent <talent@stratusmedical.com>",
        "Thank you for your interest in Stratus Medical",
        (
            "confirmation",
            "Stratus Medical",
            "Junior UX Researcher – Medical Devices",
            15,
            "other",
            "en",
        ),
        html="""<html><body>
<p>Dear Lucas,</p>
<p>Thank you for applying for <b>Junior UX Researcher – Medical Devices</b> (REQ-77104) in
Lyon. Your application has been received and is under review.</p>
<p>Meanwhile, join our Talent Community to hear about events and similar roles.</p>
<p>Stratus Medical Talent Acquisition</p>
<p style="font-size:9px">careers.stratusmedical.com · Phenom</p>
</body></html>""",
    ),
    m(
        "str-spark",
        "2025-04-23 10:20",
        "Spark Hire <no-reply@sparkhire.com>",
        "Stratus Medical has invited you to a one-way video interview",
        (
            "assessment",
            "Stratus Medical",
            "Junior UX Researcher – Medical Devices",
            15,
            "other",
            "en",
        ),
        text="""Hi Lucas,

Stratus Medical has invited you to complete a one-way video interview for the Junior UX
Researcher – Medical Devices position.

You'll answer 4 questions on camera. You can practise beforehand, and each answer may be
retaken once. Please complete it by April 30, 2025.

Begin here: https://app.sparkhire.com/interview/stratus/ux-77104

Thanks,
Spark Hire on behalf of Stratus Medical
""",
    ),
    m(
        "str-teams",
        "2025-05-07 16:50",
        "Elodie Brunner <elodie.brunner@stratusmedical.com>",
        "Interview – Junior UX Researcher – Tue 13 May",
        (
            "interview",
            "Stratus Medical",
            "Junior UX Researcher – Medical Devices",
            15,
            "direct",
            "en",
        ),
        text="""Hello Lucas,

Thanks for your video answers, the team enjoyed them. I'm sending you a Teams invitation for
a one-hour interview with Martin (Human Factors Lead) and me on Tuesday 13 May at 10:00.
We'll ask you to talk us through how you would plan a formative usability study for an
insulin pen. No preparation needed beyond that.

Elodie Brunner
Talent Acquisition Specialist – Stratus Medical France
""",
        ics={
            "uid": "040000008200E00074C5B7101A82E0080000000090A1",
            "start": "2025-05-13 10:00:00 +0200",
            "minutes": 60,
            "organizer": ("Elodie Brunner", "elodie.brunner@stratusmedical.com"),
            "attendees": [("Martin Kessel", "martin.kessel@stratusmedical.com")],
            "summary": "Interview Lucas Ferreira – Junior UX Researcher",
            "location": "Microsoft Teams Meeting",
            "style": "outlook",
        },
    ),
    m(
        "str-rej",
        "2025-05-23 09:31",
        "Elodie Brunner <elodie.brunner@stratusmedical.com>",
        "Update on your application",
        (
            "rejection",
            "Stratus Medical",
            "Junior UX Researcher – Medical Devices",
            15,
            "direct",
            "en",
        ),
        text="""Hello Lucas,

I hope you're well. Martin and I really appreciated your structured approach in the
interview, and your engineering background is an asset we don't see often in UX.

That said, after careful consideration we have decided to offer the position to another
candidate whose research experience in regulated environments was a closer match.

I'd be glad to keep you in mind for future openings in our Lyon site.

Kind regards,
Elodie
""",
    ),
    # ---- 16: Quantis Conseil via LinkedIn, viewed, ghosted -----------------------------------
    m(
        "qua-sent",
        "2025-03-17 12:02",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Lucas, your application was sent to Quantis Conseil",
        ("confirmation", "Quantis Conseil", "Ingénieur Méthodes Junior", 16, "linkedin", "en"),
        html="""<html><body>
<p>Your application was sent to Quantis Conseil</p>
<p><b>Ingénieur Méthodes Junior</b><br>Quantis Conseil · Lyon, Auvergne-Rhône-Alpes, France<br>
Applied on March 17, 2025</p>
<p>Now, take these next steps for more success with your job search:</p>
<p><a href="https://www.linkedin.com/jobs/">View similar jobs</a></p>
<p style="font-size:10px">This email was intended for Lucas Ferreira. © 2025 LinkedIn Ireland
Unlimited Company, Wilton Plaza, Dublin 2.</p>
</body></html>""",
        tz="+0100",
    ),
    m(
        "qua-viewed",
        "2025-03-20 07:44",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Quantis Conseil",
        ("viewed", "Quantis Conseil", "Ingénieur Méthodes Junior", 16, "linkedin", "en"),
        html="""<html><body>
<p>Good news, Lucas!</p>
<p>Quantis Conseil viewed your application for <b>Ingénieur Méthodes Junior</b>.</p>
<p>This is a good time to follow the company and prepare for a possible interview.</p>
<p><a href="https://www.linkedin.com/jobs-tracker/">Track your applications</a></p>
</body></html>""",
        tz="+0100",
    ),
    # ---- 17: Parallax Studio via LinkedIn, update = rejection -------------------------------
    m(
        "par-sent",
        "2025-06-05 22:16",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Lucas, your application was sent to Parallax Studio",
        ("confirmation", "Parallax Studio", "UX Research Intern", 17, "linkedin", "en"),
        html="""<html><body>
<p>Your application was sent to Parallax Studio</p>
<p><b>UX Research Intern</b><br>Parallax Studio · Paris (Hybrid)<br>Applied on June 5, 2025</p>
<p style="font-size:10px">© 2025 LinkedIn Ireland Unlimited Company</p>
</body></html>""",
    ),
    m(
        "par-update",
        "2025-06-19 15:02",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your update from Parallax Studio",
        ("rejection", "Parallax Studio", "UX Research Intern", 17, "linkedin", "en"),
        html="""<html><body>
<p>Parallax Studio</p>
<p>UX Research Intern · Paris (Hybrid)</p>
<p>Thank you for your interest in the UX Research Intern position at Parallax Studio. Your
profile stood out, but we have decided to proceed with other applicants whose portfolios
include more completed research projects.</p>
<p>We wish you success in your search.</p>
<p><a href="https://www.linkedin.com/jobs/">Find more jobs</a></p>
</body></html>""",
    ),
    # ---- 18: Atelier Morvan via Indeed, direct rejection -----------------------------------
    m(
        "mor-indeed",
        "2025-04-09 13:26",
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyée : Technicien bureau d'études H/F",
        ("confirmation", "Atelier Morvan", "Technicien bureau d'études H/F", 18, "indeed", "fr"),
        html="""<html><body>
<p>Votre candidature a été envoyée à Atelier Morvan</p>
<p><b>Technicien bureau d'études H/F</b><br>Atelier Morvan – Villefranche-sur-Saône (69)</p>
<p>Les éléments suivants ont été transmis à l'employeur : CV, réponses aux questions.</p>
<p>Bonne chance !<br>Indeed</p>
</body></html>""",
    ),
    m(
        "mor-rej",
        "2025-04-18 08:37",
        "Sandrine Morvan <atelier.morvan@orange.fr>",
        "RE: Candidature Technicien bureau d'études",
        ("rejection", "Atelier Morvan", "Technicien bureau d'études H/F", 18, "direct", "fr"),
        text="""Bonjour,

Merci pour votre candidature. Votre profil d'ingénieur est trop qualifié pour ce poste de
technicien et nous craignons que vous ne restiez pas. Nous sommes désolés de ne pas pouvoir
donner une suite favorable.

Bonne continuation.

Sandrine Morvan
Atelier Morvan – Chaudronnerie fine
04 74 00 00 00
""",
    ),
    # ---- 19: Société Dumarest via APEC, ghosted ------------------------------------------------
    m(
        "dum-apec",
        "2025-05-26 10:05",
        "Apec <ne-pas-repondre@apec.fr>",
        "Votre candidature a bien été transmise",
        (
            "confirmation",
            "Dumarest",
            "Ingénieur d'affaires junior – Automatismes (H/F)",
            19,
            "other",
            "fr",
        ),
        html="""<html><body>
<p>Bonjour Lucas Ferreira,</p>
<p>Votre candidature à l'offre « Ingénieur d'affaires junior – Automatismes (H/F) » de la
société <b>Dumarest</b> (réf. 175830412W) a bien été transmise au recruteur.</p>
<p>Retrouvez le suivi de vos candidatures dans votre espace Apec.</p>
<p>L'Apec vous souhaite bonne chance dans vos démarches.</p>
</body></html>""",
    ),
    # ---- 20: Plastiform via HelloWork, Microsoft Bookings, reschedule, filled ----------------
    m(
        "pla-hw",
        "2025-06-10 20:48",
        "HelloWork <candidature@hellowork.com>",
        "Confirmation de votre candidature – Ingénieur process H/F",
        ("confirmation", "Plastiform", "Ingénieur process H/F", 20, "other", "fr"),
        html="""<html><body>
<p>Bonjour Lucas,</p>
<p>Votre candidature au poste <b>Ingénieur process H/F</b> chez <b>Plastiform
Rhône-Alpes</b> à Oyonnax (01) a bien été envoyée.</p>
<p>Conseil : relancez le recruteur au bout de 10 jours si vous n'avez pas de nouvelles.</p>
<p>L'équipe HelloWork</p>
</body></html>""",
    ),
    m(
        "pla-book",
        "2025-06-18 11:02",
        "Plastiform RH <bookings@plastiform.fr>",
        "Réservation confirmée : Entretien Ingénieur process avec Plastiform",
        ("interview", "Plastiform", "Ingénieur process H/F", 20, "other", "fr"),
        html="""<html><body>
<p>Bonjour Lucas Ferreira,</p>
<p>Votre réservation est confirmée.</p>
<p><b>Entretien Ingénieur process</b><br>lundi 23 juin 2025, 09:30 – 10:15 (UTC+01:00)
Bruxelles, Copenhague, Madrid, Paris<br>Réunion Teams</p>
<p>Personnel : Julien Chatard</p>
<p><a href="https://outlook.office365.com/owa/calendar/Plastiform@plastiform.fr/bookings/">Gérer la réservation</a></p>
<p style="font-size:10px">Microsoft Bookings</p>
</body></html>""",
    ),
    m(
        "pla-resched",
        "2025-06-20 16:34",
        "Plastiform RH <bookings@plastiform.fr>",
        "Réservation mise à jour : Entretien Ingénieur process avec Plastiform",
        ("interview", "Plastiform", "Ingénieur process H/F", 20, "other", "fr"),
        html="""<html><body>
<p>Bonjour Lucas Ferreira,</p>
<p>Votre réservation a été modifiée par Plastiform.</p>
<p><b>Entretien Ingénieur process</b><br>
<s>lundi 23 juin 2025, 09:30</s><br>
<b>mardi 24 juin 2025, 14:00 – 14:45</b> (UTC+01:00) Paris<br>Réunion Teams</p>
<p>Message : Julien est en déplacement lundi, désolé pour le changement.</p>
</body></html>""",
    ),
    m(
        "pla-filled",
        "2025-07-08 09:10",
        "Julien Chatard <j.chatard@plastiform.fr>",
        "Poste ingénieur process",
        ("rejection", "Plastiform", "Ingénieur process H/F", 20, "direct", "fr"),
        text="""Bonjour Lucas,

Je reviens vers vous concernant le poste d'ingénieur process. Je vous remercie pour
l'entretien, vous avez une belle énergie et de bonnes bases en injection plastique pour un
jeune diplômé.

Le poste est aujourd'hui pourvu par une candidate en interne, qui connaissait déjà nos
presses. Je suis désolé de ne pas avoir de meilleure nouvelle.

Cordialement,
Julien Chatard
Directeur industriel – Plastiform Rhône-Alpes
""",
    ),
    # ---- 21: Orvane Rail, Cornerstone ------------------------------------------------------------
    m(
        "orv-conf",
        "2025-07-02 09:57",
        "Orvane Rail – Recrutement <orvanerail@csod.com>",
        "Accusé de réception de votre candidature",
        (
            "confirmation",
            "Orvane Rail",
            "VIE – Ingénieur projets électriques (H/F)",
            21,
            "other",
            "fr",
        ),
        text="""Bonjour Lucas,

Nous accusons réception de votre candidature pour le poste VIE – Ingénieur projets
électriques (H/F), basé à Montréal, et vous en remercions.

Votre candidature va être étudiée avec attention. Malheureusement, compte tenu du nombre
important de candidatures, nous ne pourrons pas répondre à chacun personnellement ; si
vous êtes retenu(e) pour la suite du processus, notre équipe vous contactera sous 4 semaines.

Cordialement,
La Direction des Ressources Humaines – Orvane Rail
""",
    ),
    m(
        "orv-rej",
        "2025-07-29 16:21",
        "Orvane Rail – Recrutement <orvanerail@csod.com>",
        "Votre candidature chez Orvane Rail",
        (
            "rejection",
            "Orvane Rail",
            "VIE – Ingénieur projets électriques (H/F)",
            21,
            "other",
            "fr",
        ),
        text="""Bonjour Lucas,

Nous vous remercions de l'intérêt porté à Orvane Rail. Nous avons étudié votre candidature
avec attention ; elle présente de réelles qualités.

Cependant, nous sommes au regret de vous informer que nous ne pouvons y donner une suite
favorable, d'autres candidatures correspondant plus précisément aux exigences du poste.

Nous conservons vos coordonnées et vous souhaitons pleine réussite.

La Direction des Ressources Humaines
""",
    ),
    # ---- 22: Kestrelline Aero via Handshake, interview cancelled --------------------------------
    m(
        "kes-hs",
        "2025-04-28 17:39",
        "Handshake <notifications@joinhandshake.com>",
        "Your application to Kestrelline Aero was submitted",
        ("confirmation", "Kestrelline Aero", "Design Engineer I", 22, "handshake", "en"),
        text="""Hi Lucas,

You applied to Design Engineer I at Kestrelline Aero. The employer will review your
application and reach out if they'd like to move forward.

Track your applications on Handshake: https://app.joinhandshake.com/applications

— The Handshake Team
""",
    ),
    m(
        "kes-invite",
        "2025-05-12 13:15",
        "Darren Oyelaran <d.oyelaran@kestrellineaero.com>",
        "Invitation: Design Engineer I – first interview @ Fri 16 May 2025 3pm – 3:45pm (CEST)",
        ("interview", "Kestrelline Aero", "Design Engineer I", 22, "direct", "en"),
        text="""You have been invited to the following event.

Design Engineer I – first interview (Lucas Ferreira)
When: Fri 16 May 2025 3pm – 3:45pm Central European Time - Paris
Joining info: meet.google.com/kzq-rfta-wio
Organizer: d.oyelaran@kestrellineaero.com

Hi Lucas, looking forward to it — Darren
""",
        ics={
            "uid": "5kq2v8kestrel0516@google.com",
            "start": "2025-05-16 15:00:00 +0200",
            "minutes": 45,
            "organizer": ("Darren Oyelaran", "d.oyelaran@kestrellineaero.com"),
            "summary": "Design Engineer I – first interview (Lucas Ferreira)",
            "location": "meet.google.com/kzq-rfta-wio",
        },
    ),
    m(
        "kes-cancel",
        "2025-05-15 18:02",
        "Darren Oyelaran <d.oyelaran@kestrellineaero.com>",
        "Canceled event: Design Engineer I – first interview @ Fri 16 May 2025 3pm – 3:45pm (CEST)",
        ("interview", "Kestrelline Aero", "Design Engineer I", 22, "direct", "en"),
        text="""This event has been canceled and removed from your calendar.

Design Engineer I – first interview (Lucas Ferreira)

Note from organizer: Sorry Lucas, we've had a hiring freeze announced today. I'll come back
to you as soon as I know more.
""",
        ics={
            "uid": "5kq2v8kestrel0516@google.com",
            "start": "2025-05-16 15:00:00 +0200",
            "minutes": 45,
            "organizer": ("Darren Oyelaran", "d.oyelaran@kestrellineaero.com"),
            "summary": "Design Engineer I – first interview (Lucas Ferreira)",
            "method": "CANCEL",
        },
    ),
    # ---- 23: Northbeam Robotics re-application -----------------------------------------------
    m(
        "nb2-conf",
        "2025-09-08 21:40",
        "Northbeam Robotics <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Northbeam Robotics!",
        ("confirmation", NB, NB1, 23, "greenhouse", "en"),
        text="""Hi Lucas,

Thanks for your interest in Northbeam Robotics! We've received your application for the
Junior UX Researcher role (Lyon / remote) and our team will take a look soon.

Good to see you again — we've noted you applied earlier this year.

Cheers,
The Northbeam Robotics Hiring Team
""",
    ),
    # ---- 24: Sysmeca, direct, Outlook invitation + reschedule -------------------------------
    m(
        "sys-itw",
        "2025-03-24 10:26",
        "Hélène Garnier <helene.garnier@sysmeca.fr>",
        "Candidature spontanée – Ingénieur R&D junior mécatronique",
        ("interview", "Sysmeca", "Ingénieur R&D junior – mécatronique", 24, "direct", "fr"),
        text="""Bonjour Monsieur Ferreira,

Nous avons bien reçu votre candidature spontanée et elle a retenu toute notre attention :
nous ouvrons justement un poste d'ingénieur R&D junior en mécatronique.

Je vous propose un premier entretien le lundi 31 mars à 10h dans nos locaux de
Villeurbanne (invitation ci-jointe). Merci de me confirmer votre présence.

Cordialement,

Hélène Garnier
Responsable RH
SYSMECA – 47 rue du 4 Août 1789, 69100 Villeurbanne
Ce message et ses pièces jointes sont confidentiels et destinés exclusivement à leurs
destinataires.
""",
        tz="+0100",
        ics={
            "uid": "040000008200E00074C5B7101A82E00800000000SYS1",
            "start": "2025-03-31 10:00:00 +0200",
            "minutes": 60,
            "organizer": ("Hélène Garnier", "helene.garnier@sysmeca.fr"),
            "summary": "Entretien M. Ferreira – Ingénieur R&D junior",
            "location": "Sysmeca Villeurbanne – salle Jacquard",
            "style": "outlook",
        },
    ),
    m(
        "sys-move",
        "2025-03-27 15:49",
        "Hélène Garnier <helene.garnier@sysmeca.fr>",
        "Mis à jour : Entretien M. Ferreira – Ingénieur R&D junior",
        ("interview", "Sysmeca", "Ingénieur R&D junior – mécatronique", 24, "direct", "fr"),
        text="""Bonjour,

Notre directeur technique ne pourra pas être présent lundi ; je me permets de décaler
l'entretien au mercredi 2 avril, même heure, même lieu. Dites-moi si cela vous convient.

Hélène Garnier
""",
        tz="+0100",
        ics={
            "uid": "040000008200E00074C5B7101A82E00800000000SYS1",
            "start": "2025-04-02 10:00:00 +0200",
            "minutes": 60,
            "organizer": ("Hélène Garnier", "helene.garnier@sysmeca.fr"),
            "summary": "Entretien M. Ferreira – Ingénieur R&D junior",
            "location": "Sysmeca Villeurbanne – salle Jacquard",
            "style": "outlook",
            "sequence": 1,
        },
    ),
    m(
        "sys-rej",
        "2025-04-16 18:05",
        "Hélène Garnier <helene.garnier@sysmeca.fr>",
        "RE: Entretien – Ingénieur R&D junior",
        ("rejection", "Sysmeca", "Ingénieur R&D junior – mécatronique", 24, "direct", "fr"),
        text="""Bonjour Monsieur Ferreira,

Je tenais à vous remercier pour votre venue le 2 avril ; l'équipe a apprécié votre
présentation et vos questions très pertinentes sur notre banc d'essai.

Nous avons finalement décidé de poursuivre avec un candidat ayant déjà réalisé une
alternance dans le domaine des actionneurs. Je suis sincèrement désolée de ne pas vous
apporter une réponse positive.

Bien cordialement,
Hélène Garnier

De : Hélène Garnier
Envoyé : jeudi 27 mars 2025 15:49
À : Lucas Ferreira
Objet : Mis à jour : Entretien M. Ferreira – Ingénieur R&D junior

Notre directeur technique ne pourra pas être présent lundi ; je me permets de décaler
l'entretien au mercredi 2 avril, même heure, même lieu.
""",
        **reply("sys-move", "Hélène Garnier <helene.garnier@sysmeca.fr>"),
    ),
    # ---- job mail without an application (FR / EN) ----------------------------------------------
    m(
        "li-alert-1",
        "2025-03-03 06:12",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "« ingénieur méthodes » : 12 nouvelles offres à Lyon",
        ("alert", None, None, None, "linkedin", "fr"),
        html="""<html><body>
<p>Vos offres d'emploi correspondant à : ingénieur méthodes – Lyon</p>
<p><b>Ingénieur Méthodes Industrialisation H/F</b><br>Technaxe · Décines-Charpieu · Candidature simplifiée</p>
<p><b>Stage Ingénieur Méthodes – Usinage</b><br>Forges de Gerland · Lyon · Il y a 2 jours</p>
<p><b>Ingénieur Amélioration Continue junior</b><br>Pharmaloire · Saint-Fons · 41 candidats</p>
<p><a href="https://www.linkedin.com/jobs/search/">Voir toutes les offres</a></p>
<p style="font-size:10px">Vous recevez cette alerte parce que vous l'avez créée. Se désabonner.</p>
</body></html>""",
        tz="+0100",
    ),
    m(
        "li-alert-2",
        "2025-05-16 06:40",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "New jobs similar to Junior UX Researcher at Northbeam Robotics",
        ("alert", None, None, None, "linkedin", "en"),
        html="""<html><body>
<p>Jobs similar to Junior UX Researcher</p>
<p><b>UX Researcher (Entry Level)</b> – Cobaltine · Remote (EU) · Easy Apply</p>
<p><b>User Research Assistant</b> – Miravent Games · Lyon · Actively recruiting</p>
<p><b>Junior Usability Engineer</b> – Hemera Medtech · Grenoble · Be an early applicant</p>
<p>Apply now to get noticed before the interview stage fills up.</p>
<p style="font-size:10px">© 2025 LinkedIn Ireland Unlimited Company</p>
</body></html>""",
    ),
    m(
        "li-alert-3",
        "2025-08-21 06:05",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "Design Engineer: 8 new jobs in Auvergne-Rhône-Alpes",
        ("alert", None, None, None, "linkedin", "en"),
        html="""<html><body>
<p>Your job alert for Design Engineer in Auvergne-Rhône-Alpes</p>
<p><b>Design Engineer I</b> · Arvelle Optics · Annecy</p>
<p><b>Junior Mechanical Designer</b> · Solvane · Grenoble</p>
<p><b>Graduate Design Engineer</b> · Ferrox Valves · Lyon</p>
<p><a href="https://www.linkedin.com/jobs/">See all jobs</a></p>
</body></html>""",
    ),
    m(
        "indeed-alert",
        "2025-04-30 07:30",
        "Indeed <alert@indeed.com>",
        "Stage ingénieur électrique – Lyon : 6 nouvelles offres",
        ("alert", None, None, None, "indeed", "fr"),
        html="""<html><body>
<p>Nouvelles offres pour <b>stage ingénieur électrique</b> à Lyon (69)</p>
<p>Stagiaire Ingénieur Électrotechnique H/F – Voltéo – Vaulx-en-Velin – Candidature facile</p>
<p>Stage Automatisme & Électricité – Cerdon Process – Lyon 7e</p>
<p>Stage Ingénieur Réseaux Électriques – Enerlis – Lyon 3e – Répond généralement sous 3 jours</p>
<p><a href="https://fr.indeed.com/">Voir toutes les offres</a> · Gérer mes alertes</p>
</body></html>""",
    ),
    m(
        "apec-alert",
        "2025-06-24 08:00",
        "Apec <ne-pas-repondre@apec.fr>",
        "Vos nouvelles offres Apec – jeune diplômé ingénieur",
        ("alert", None, None, None, "other", "fr"),
        text="""Bonjour Lucas,

5 nouvelles offres correspondent à votre recherche « jeune diplômé ingénieur – Rhône » :

- Ingénieur Qualité Junior (H/F) – Lyon – 38-42 k€
- Ingénieur Méthodes Débutant (H/F) – Vienne
- Chargé d'affaires Électricité (H/F) – Villeurbanne
- Ingénieur Maintenance junior (H/F) – Feyzin
- Ingénieur Essais (H/F) – Vénissieux

Consultez-les sur apec.fr. Pour ne plus recevoir ces alertes, modifiez vos préférences.
""",
    ),
    m(
        "hw-alert",
        "2025-07-15 07:12",
        "HelloWork <alertes@hellowork.com>",
        "3 offres Ingénieur process pour vous, postulez maintenant",
        ("alert", None, None, None, "other", "fr"),
        html="""<html><body>
<p>Lucas, ces offres viennent d'être publiées :</p>
<ul><li>Ingénieur process junior H/F – Oyonnax – CDI</li>
<li>Ingénieur procédés injection H/F – Bourg-en-Bresse – CDI</li>
<li>Stage ingénieur process H/F – Lyon – Stage</li></ul>
<p>Postulez en 1 clic avec votre CV HelloWork !</p>
</body></html>""",
    ),
    m(
        "jt-digest",
        "2025-03-14 12:00",
        "JobTeaser <digest@jobteaser.com>",
        "Ta sélection de la semaine : 20 stages de fin d'études",
        ("alert", None, None, None, "other", "fr"),
        html="""<html><body>
<p>Salut Lucas, voici les offres de la semaine sélectionnées pour toi :</p>
<p>Stage de fin d'études – Ingénieur R&D Moteurs · Stellane Automotive · Lyon</p>
<p>Stage PFE – Électronique de puissance · Ondulix · Grenoble</p>
<p>Graduate Programme Engineering · Aerolis · Toulouse</p>
<p>Et aussi : comment réussir ton entretien vidéo ? 5 conseils de recruteurs.</p>
<p><a href="https://www.jobteaser.com/fr/job-offers">Voir toutes les offres</a></p>
</body></html>""",
        tz="+0100",
    ),
    m(
        "career-fwd-1",
        "2025-03-19 14:25",
        "Service Carrières – INSA <carrieres@insa-lyon.example>",
        "[Offres] Stages PFE génie électrique – mars",
        ("alert", None, None, None, "other", "fr"),
        text="""Chers étudiants de 5e année,

Nous relayons ci-dessous des offres reçues directement par le service carrières.
Candidatez directement auprès des entreprises (pas de réponse à ce mail s.v.p.).

1) Voltrane – Stage PFE « Dimensionnement de convertisseurs » – Grenoble
   Contact : stages@voltrane.fr
2) Cidex Énergie – Stage « Smart grid & stockage » – Lyon
   Candidature via JobTeaser, réf. 88231
3) Hydrelis – Stage ingénieur électricien – Chambéry

Bonne chance à tous,
Le Service Carrières
""",
        tz="+0100",
    ),
    m(
        "career-fwd-2",
        "2025-06-03 09:10",
        "Nathalie Barbier <nathalie.barbier@insa-lyon.example>",
        "TR: Offre Graduate Programme – merci de diffuser",
        ("alert", None, None, None, "other", "fr"),
        text="""Bonjour à tous,

Une entreprise partenaire nous demande de relayer son programme graduate (voir message
ci-dessous). Les jeunes diplômés 2025 peuvent candidater jusqu'au 30 juin.

Nathalie Barbier
Chargée de relations entreprises

De : Campus Team <campus@ferroxvalves.com>
Envoyé : lundi 2 juin 2025 17:40
À : Service Carrières
Objet : Graduate Programme 2025 – Engineering – diffusion

Hello, could you share our Graduate Programme (18 months, 3 rotations in France and
Italy) with your graduates? Apply on ferroxvalves.com/careers. Thank you!
""",
    ),
    m(
        "aer-talent",
        "2025-03-01 10:00",
        "Aerolis Careers <noreply@successfactors.eu>",
        "Welcome to the Aerolis Talent Community",
        ("alert", "Aerolis", None, None, "other", "en"),
        html="""<html><body>
<p>Dear Lucas,</p>
<p>Welcome to the Aerolis Talent Community! You will now receive news about our graduate
programmes, events on campus and job openings matching your interests (Engineering,
France).</p>
<p>Joining the community is not an application. When you find a role you like, apply on
our careers site.</p>
<p>Aerolis Early Careers</p>
</body></html>""",
        tz="+0100",
    ),
    m(
        "wd-incomplete",
        "2025-06-26 09:00",
        "Hexacore Engineering <careers@hexacore-eng.com>",
        "You left an application unfinished",
        ("alert", "Hexacore Engineering", "Test Bench Engineer", None, "other", "en"),
        html="""<html><body>
<p>Hi Lucas,</p>
<p>You started applying for <b>Test Bench Engineer</b> but didn't finish. Pick up where you
left off — it only takes a few minutes.</p>
<p><a href="https://hexacore.eightfold.ai/careers/apply/resume">Continue application</a></p>
<p>Hexacore Talent Acquisition</p>
</body></html>""",
    ),
    m(
        "fab-newsletter",
        "2025-07-10 11:00",
        "Fabrelec Carrières <carrieres@news.fabrelec.fr>",
        "Fabrelec recrute : 40 VIE et stages pour la rentrée",
        ("alert", "Fabrelec", None, None, "direct", "fr"),
        html="""<html><body>
<h1>La newsletter Carrières de Fabrelec</h1>
<p>Cet automne, nous ouvrons 40 postes de VIE, stages et alternances en France, en Allemagne
et au Brésil. Découvrez le témoignage d'Inès, VIE à Curitiba, et nos conseils pour préparer
un entretien technique.</p>
<p><a href="https://careers.fabrelec.fr">Voir les offres</a></p>
<p style="font-size:10px">Vous recevez cet e-mail car vous êtes inscrit à la newsletter
Carrières. Se désinscrire.</p>
</body></html>""",
    ),
    m(
        "wttj-news",
        "2025-09-04 08:30",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "Décrocher son premier job : les questions pièges en entretien",
        ("alert", None, None, None, "other", "fr"),
        html="""<html><body>
<p>Les questions pièges en entretien, et comment y répondre sans paniquer.</p>
<p>+ 15 offres junior pour toi cette semaine : Product Designer chez Ombelle, UX Researcher
junior chez Atelier Numa, Ingénieur·e méthodes chez Technaxe…</p>
<p>Postule maintenant, elles partent vite !</p>
</body></html>""",
    ),
    m(
        "hs-alert",
        "2025-04-10 16:00",
        "Handshake <notifications@joinhandshake.com>",
        "Employers are hiring engineering grads near you",
        ("alert", None, None, None, "handshake", "en"),
        text="""Hi Lucas,

Kestrelline Aero, Ferrox Valves and 12 other employers posted jobs for engineering grads
this week. Apply early — employers often start interviews within days.

See jobs: https://app.joinhandshake.com/jobs

— Handshake
""",
    ),
    m(
        "li-inmail",
        "2025-07-22 14:55",
        "Sophie Laval via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Opportunité – Ingénieur essais junior chez Technaxe",
        ("outreach", "Technaxe", "Ingénieur essais junior", None, "linkedin", "fr"),
        text="""Bonjour Lucas,

Je suis chargée de recrutement chez Technaxe (équipements de test pour l'aéronautique,
Décines). Votre profil — double compétence méca / élec, projet de banc d'essai — m'a
tapé dans l'œil pour notre poste d'Ingénieur essais junior en CDI.

Seriez-vous ouvert à un échange de 15 minutes cette semaine ?

Bien à vous,
Sophie Laval
""",
    ),
    m(
        "prof-intro",
        "2025-05-30 18:12",
        "Prof. Alain Dussert <alain.dussert@insa-lyon.example>",
        "Mise en relation – Lucas Ferreira / Nexora Industrie",
        ("outreach", "Nexora Industrie", None, None, "direct", "fr"),
        cc="Véronique Matel <v.matel@nexora-industrie.fr>",
        text="""Chère Véronique, cher Lucas,

Comme promis lors du salon, je vous mets en relation.

Véronique dirige l'équipe facteurs humains chez Nexora Industrie, qui cherche des jeunes
ingénieurs s'intéressant à l'ergonomie des postes de commande. Lucas a été l'un de mes
meilleurs étudiants en conception mécanique et s'oriente vers la recherche utilisateur ;
son projet de fin d'études portait justement sur l'IHM d'une presse.

Je vous laisse échanger directement.

Bien amicalement,
Alain Dussert
Professeur – Département Génie Mécanique
""",
    ),
    m(
        "agency-out",
        "2025-08-27 11:47",
        "Karim Benali <k.benali@talentis-recrutement.fr>",
        "Poste ingénieur méthodes junior – client industriel (Isère)",
        ("outreach", None, "Ingénieur méthodes junior", None, "agency", "fr"),
        text="""Bonjour Lucas,

Je suis consultant chez Talentis Recrutement, cabinet spécialisé dans l'industrie. Je
recrute pour l'un de nos clients, un équipementier de rang 1 basé en Isère, un ingénieur
méthodes junior (CDI, 40-43 k€).

Votre CV sur Apec correspond bien. Êtes-vous toujours en recherche ? Je peux vous en
dire plus par téléphone.

Cordialement,
Karim Benali
Consultant Industrie – Talentis Recrutement
""",
    ),
    m(
        "ooo-fr",
        "2025-07-03 09:58",
        "Julien Chatard <j.chatard@plastiform.fr>",
        "Réponse automatique : Entretien du 24 juin – remerciements",
        ("other_job", "Plastiform", None, None, "direct", "fr"),
        text="""Bonjour,

Je suis absent du bureau jusqu'au 7 juillet inclus, avec un accès limité à mes e-mails.
Pour toute urgence, merci de contacter l'accueil au 04 74 00 00 01.

Cordialement,
Julien Chatard
""",
    ),
    m(
        "ooo-en",
        "2025-06-16 21:05",
        "Hannah Whitcombe <hannah.whitcombe@aerolis-group.com>",
        "Automatic reply: Signed offer – Lucas Ferreira",
        ("other_job", AER, None, None, "direct", "en"),
        text="""Thank you for your email. I am on annual leave until Monday 30 June with no access to
email. For urgent graduate recruitment queries please contact earlycareers@aerolis-group.com.

Hannah
""",
    ),
    m(
        "wd-code",
        "2025-03-04 20:58",
        "Fabrelec Recrutement <fabrelec@myworkday.com>",
        "Vérifiez votre adresse e-mail",
        ("other_job", FAB, None, None, "workday", "fr"),
        text="""Bonjour,

Pour finaliser la création de votre compte candidat Fabrelec, cliquez sur le lien
ci-dessous dans les 24 heures :

https://fabrelec.wd3.myworkdayjobs.com/fr-FR/Fabrelec_Careers/activate/9c1f

Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.
""",
        tz="+0100",
    ),
    m(
        "gh-survey",
        "2025-04-22 10:00",
        "Northbeam Robotics <no-reply@us.greenhouse-mail.io>",
        "How did we do? A 2-minute survey about your candidate experience",
        ("other_job", NB, None, None, "greenhouse", "en"),
        text="""Hi Lucas,

You recently interviewed with Northbeam Robotics. We'd love to hear about your experience,
whatever the outcome. The survey is anonymous and takes about two minutes.

https://app.greenhouse.io/survey/northbeam/5521

Thank you!
""",
    ),
    m(
        "aer-bgc",
        "2025-06-25 09:20",
        "First Advantage <noreply@fadv.com>",
        "Aerolis has requested a background screening",
        ("other_job", AER, None, None, "other", "en"),
        text="""Dear Lucas Ferreira,

Aerolis has asked First Advantage to carry out pre-employment screening as part of your
onboarding (education verification and identity check).

Please complete your details in our secure portal within 5 business days:
https://enterprise.fadv.com/candidate/login

First Advantage Candidate Care
""",
    ),
    m(
        "aer-onboard",
        "2025-09-15 10:45",
        "Aerolis Onboarding <onboarding@aerolis-group.com>",
        "Bienvenue chez Aerolis – votre premier jour le 1er octobre",
        ("other_job", AER, AER1, None, "direct", "fr"),
        text="""Bonjour Lucas,

Nous avons hâte de vous accueillir au sein du Graduate Programme 2026 – Engineering !

Votre premier jour : mercredi 1er octobre, 8h30, accueil du bâtiment B, Blagnac.
Pensez à apporter une pièce d'identité et votre RIB. Vous trouverez dans votre espace
d'intégration le livret d'accueil et le planning de la semaine d'onboarding.

À très bientôt,
L'équipe Onboarding Aerolis
""",
    ),
]

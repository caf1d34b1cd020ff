# ruff: noqa: E501, RUF100
"""Corpus 121, job mail part 2 and the job-search noise (data only): see heldout121.py."""

from __future__ import annotations

from typing import Any

from heldout121_jobs import ME_ADDR, A, invite, m, reply_to

AU, AUR = "Aurelis Pharma", "Quality Assurance Specialist Sterile Manufacturing"
BM, BMR = "Blutspende Mittelland", "Spezialist/in Qualitätssicherung Blutprodukte"
HP, HP2 = "Helvepharm", "QA Specialist Batch Release"
CE, CE2 = "Cellestra", "QP Delegate / Batch Disposition Specialist"
PP, PPR = "Pharmacie-Droguerie de Pérolles", "Pharmacienne gérante à 60 %"
ZY, ZYR = "Zymora Bio", "QA Specialist Clinical Supply"
VB, VBR = "Vaudaire Biopharma", "Chargé·e Assurance Qualité Systèmes"
KY, KYR = "Kyra Therapeutics", "QA Specialist Computerized Systems Validation"
SL, SLR = "Saphirion Labs", "Quality Assurance Associate"
LD, LDR = "Laboratoire Dentan", "Responsable qualité laboratoire (ISO 17025)"
LM, LMR = "Laboratoires Moléson", "Collaborateur·trice assurance qualité"
ML, MLR = "Medicus Logistik", "Fachtechnisch verantwortliche Person (FvP) GDP"

MAIL: list[dict[str, Any]] = []
add = MAIL.append

# --- 14 Aurelis Pharma AG, Basel (Workday), talent community, nudge -------------------------
add(
    m(
        "20921",
        "2025-09-02 22:10",
        "Aurelis Talent Community <aurelis@myworkday.com>",
        "Welcome to the Aurelis Talent Community",
        ("alert", AU, None, None, "workday", "en"),
        html="""<html><body>
<h2>Welcome, Aline!</h2>
<p>Thank you for joining the Aurelis Talent Community. You will now receive news about life at Aurelis and job opportunities that match your interests: <i>Quality, Basel, Switzerland</i>.</p>
<p>Want to apply right away? Browse our open roles on the careers site.</p>
<p>Aurelis Pharma AG · Klybeckstrasse 200 · 4057 Basel</p>
</body></html>""",
    )
)
add(
    m(
        "21010",
        "2025-09-09 07:00",
        "Aurelis Careers <aurelis@myworkday.com>",
        "Reminder: your application is not complete",
        ("alert", AU, AUR, None, "workday", "en"),
        text="""Hello Aline,

You started an application for Quality Assurance Specialist Sterile Manufacturing (REQ-41177) but have not submitted it yet.

Your progress has been saved. Sign in to your candidate home to finish your application:
https://aurelis.wd3.myworkdayjobs.com/AurelisCareers/login

This requisition may close at any time.

Aurelis Talent Acquisition""",
    )
)
add(
    m(
        "21021",
        "2025-09-10 19:35",
        "Aurelis Careers <aurelis@myworkday.com>",
        "Application received - Quality Assurance Specialist Sterile Manufacturing",
        A("confirmation", AU, AUR, 14, "workday", "en"),
        text="""Dear Aline,

Thank you for applying for the position Quality Assurance Specialist Sterile Manufacturing (REQ-41177) at Aurelis. We have successfully received your application.

We will review your qualifications against the requirements of the role. If you are selected to move forward, a member of our recruitment team will contact you.

You can check your application status anytime in candidate home.

Best regards,
Aurelis Talent Acquisition

This is an automated message - please do not reply.""",
    )
)
add(
    m(
        "21700",
        "2025-10-15 03:12",
        "Aurelis Careers <aurelis@myworkday.com>",
        "Your application at Aurelis",
        A("rejection", AU, AUR, 14, "workday", "en"),
        text="""Dear Aline,

Thank you for your interest in Aurelis and for taking the time to apply for the Quality Assurance Specialist Sterile Manufacturing role. We appreciate the effort you put into your application.

We received a large number of strong applications. After careful review, we have decided not to proceed with your application for this position.

We encourage you to explore other opportunities at Aurelis and wish you all the best.

Kind regards,
Aurelis Talent Acquisition""",
    )
)

# --- 15 Blutspende Mittelland AG, Bern (Umantis) ---------------------------------------------
add(
    m(
        "21120",
        "2025-09-17 16:08",
        "Blutspende Mittelland AG <noreply@umantis.com>",
        "Ihre Bewerbung ist bei uns eingetroffen",
        A("confirmation", BM, BMR, 15, "other", "de"),
        text="""Sehr geehrte Frau Jungo

Besten Dank für Ihre Bewerbung als Spezialist/in Qualitätssicherung Blutprodukte (60-80 %). Gerne bestätigen wir Ihnen den Eingang Ihrer Unterlagen.

Wir werden uns nach Ablauf der Bewerbungsfrist (3. Oktober 2025) bei Ihnen melden.

Freundliche Grüsse
Blutspende Mittelland AG
Personalabteilung
Murtenstrasse 133, 3008 Bern""",
    )
)
add(
    m(
        "21530",
        "2025-10-07 13:50",
        "Blutspende Mittelland AG <noreply@umantis.com>",
        "Bewerbung Spezialist/in Qualitätssicherung Blutprodukte",
        A("rejection", BM, BMR, 15, "other", "de"),
        text="""Sehr geehrte Frau Jungo

Nochmals vielen Dank für Ihr Interesse an unserer Organisation. Wir haben Ihre Unterlagen mit grossem Interesse gelesen.

Leider können wir Ihre Bewerbung nicht berücksichtigen. Wir haben uns für eine Person entschieden, die bereits über Erfahrung mit Blutprodukten und Swissmedic-Inspektionen in diesem Bereich verfügt.

Wir wünschen Ihnen weiterhin viel Erfolg bei der Stellensuche.

Freundliche Grüsse
Blutspende Mittelland AG""",
    )
)

# --- 16 Helvepharm SA again, new role (SuccessFactors), put on hold --------------------------
add(
    m(
        "21725",
        "2025-10-16 21:44",
        "Helvepharm Careers <noreply@successfactors.eu>",
        "Accusé de réception de votre candidature",
        A("confirmation", HP, HP2, 16, "other", "fr"),
        text="""Madame Jungo,

Nous vous remercions de l'intérêt que vous portez à Helvepharm et accusons réception de votre candidature pour le poste de QA Specialist Batch Release (réf. 4592).

Votre dossier sera examiné avec attention par notre équipe Ressources Humaines ainsi que par le responsable du service. Nous reviendrons vers vous dans les meilleurs délais.

Meilleures salutations

Ressources Humaines
Helvepharm SA

Ce message a été généré automatiquement, merci de ne pas y répondre.""",
    )
)
add(
    m(
        "22044",
        "2025-11-07 10:37",
        "Sophie Clerc <sophie.clerc@helvepharm.ch>",
        "QA Specialist Batch Release - information",
        A("confirmation", HP, HP2, 16, "direct", "fr"),
        st="on_hold",
        text="""Bonjour Madame Jungo,

Je me permets de revenir vers vous concernant votre candidature au poste de QA Specialist Batch Release.

Suite à une réorganisation interne du département Qualité, le recrutement pour ce poste est suspendu jusqu'à nouvel avis. Votre dossier reste actif chez nous et je vous recontacterai dès que le processus pourra reprendre, probablement au premier trimestre 2026.

Je vous remercie de votre compréhension.

Meilleures salutations,
Sophie Clerc
HR Business Partner - Helvepharm""",
    )
)

# --- 17 Cellestra AG, second role (Greenhouse) -----------------------------------------------
add(
    m(
        "21905",
        "2025-10-25 11:58",
        "Cellestra <no-reply@eu.greenhouse-mail.io>",
        "Thank you for applying to Cellestra",
        A("confirmation", CE, CE2, 17, "greenhouse", "en"),
        html="""<html><body>
<p>Hi Aline,</p>
<p>Thanks for your interest in Cellestra! We have received your application for <strong>QP Delegate / Batch Disposition Specialist</strong> in Basel.</p>
<p>Our talent team reviews every application carefully. Unfortunately, due to the high number of applications, we are not always able to give individual feedback at this stage; if your experience matches what the team is looking for, we will be in touch within two weeks.</p>
<p>Best,<br>The Cellestra Talent Team</p>
</body></html>""",
    )
)
add(
    m(
        "22028",
        "2025-11-06 09:19",
        "Cellestra <no-reply@eu.greenhouse-mail.io>",
        "Your application to Cellestra",
        A("rejection", CE, CE2, 17, "greenhouse", "en"),
        text="""Hi Aline,

Thank you for applying for the QP Delegate / Batch Disposition Specialist position. We truly appreciate your interest in joining Cellestra.

We have reviewed your profile and, while your background is impressive, we will not be moving forward at this time, as the role requires eligibility as a Qualified Person under EU regulations.

We wish you the best in your job search.

The Cellestra Talent Team""",
    )
)
add(
    m(
        "22070",
        "2025-11-08 10:00",
        "Cellestra <no-reply@eu.greenhouse-mail.io>",
        "How was your candidate experience with Cellestra?",
        ("other_job", CE, None, None, "greenhouse", "en"),
        text="""Hi Aline,

We'd love to hear about your experience interviewing with Cellestra. This anonymous survey takes about 3 minutes and helps us improve how we hire.

Take the survey: https://survey.greenhouse.io/c/8d21f0

Thank you!
The Cellestra Talent Team""",
    )
)

# --- 18 Pharmacie-Droguerie de Pérolles Sàrl, owner writes from Gmail; offer declined --------
_pp_app = m(
    "21555",
    "2025-10-08 12:21",
    f"Aline Jungo <{ME_ADDR}>",
    "Candidature spontanée - pharmacienne",
    ("other_job", PP, None, None, "direct", "fr"),
    text="""Madame Kolly,

Suite à notre discussion lors de la soirée de la Société des pharmaciens fribourgeois, je vous adresse comme convenu mon dossier de candidature pour un poste de pharmacienne à temps partiel.

Vous trouverez en annexe mon CV et mes certificats.

Avec mes meilleures salutations,
Aline Jungo
Pharmacienne dipl. féd.""",
    to="Isabelle Kolly <isabelle.kolly.fr@gmail.com>",
)
add(_pp_app)
_pp_ack = m(
    "21571",
    "2025-10-08 21:09",
    "Isabelle Kolly <isabelle.kolly.fr@gmail.com>",
    "Re: Candidature spontanée - pharmacienne",
    A("confirmation", PP, PPR, 18, "direct", "fr"),
    text="""Bonsoir Aline,

Merci beaucoup pour votre dossier, bien reçu ! Comme je vous le disais, je cherche une pharmacienne gérante à 60 % pour reprendre une partie de mes responsabilités à Pérolles. Je regarde tout ça ce week-end et je vous propose un moment pour en parler.

Belle soirée,
Isabelle Kolly
Pharmacie-Droguerie de Pérolles Sàrl

Le mer. 8 oct. 2025 à 12:21, Aline Jungo <aline.jungo@bluewin.ch> a écrit :
> Suite à notre discussion lors de la soirée de la Société des pharmaciens fribourgeois, je vous adresse comme convenu mon dossier""",
    **reply_to(_pp_app),
)
add(_pp_ack)
add(
    m(
        "21675",
        "2025-10-14 07:55",
        "Isabelle Kolly <isabelle.kolly.fr@gmail.com>",
        "Rencontre à la pharmacie",
        A("interview", PP, PPR, 18, "direct", "fr"),
        text="""Bonjour Aline,

Est-ce que jeudi 16 octobre à 18h15, après la fermeture, vous conviendrait ? Nous pourrions faire le tour de l'officine et discuter du poste de gérante autour d'un café. Mon associé, Marc Bapst, sera aussi présent.

Bonne journée,
Isabelle""",
    )
)
_pp_off = m(
    "22095",
    "2025-11-10 20:30",
    "Isabelle Kolly <isabelle.kolly.fr@gmail.com>",
    "Proposition",
    A("offer", PP, PPR, 18, "direct", "fr"),
    text="""Bonsoir Aline,

Marc et moi avons beaucoup réfléchi après nos deux rencontres et nous serions ravis de vous proposer le poste de pharmacienne gérante à 60 % dès le 1er janvier 2026, avec un salaire annuel brut de CHF 72'000 (base 60 %) et la possibilité d'augmenter le taux plus tard.

Prenez le temps d'y réfléchir ; dites-moi simplement d'ici la fin du mois.

Amitiés,
Isabelle""",
)
add(_pp_off)
_pp_no = m(
    "22180",
    "2025-11-17 08:40",
    f"Aline Jungo <{ME_ADDR}>",
    "Re: Proposition",
    ("other_job", PP, PPR, None, "direct", "fr"),
    text="""Bonjour Isabelle,

Un grand merci pour votre proposition et pour la confiance que vous me témoignez, cela me touche beaucoup. Après mûre réflexion, j'ai décidé d'accepter un poste en assurance qualité dans l'industrie, qui correspond davantage à mon projet. Je dois donc décliner votre offre, avec regret.

J'espère sincèrement que nous resterons en contact.

Bien amicalement,
Aline""",
    to="Isabelle Kolly <isabelle.kolly.fr@gmail.com>",
    **reply_to(_pp_off),
)
add(_pp_no)
add(
    m(
        "22201",
        "2025-11-17 21:15",
        "Isabelle Kolly <isabelle.kolly.fr@gmail.com>",
        "Re: Re: Proposition",
        A("offer", PP, PPR, 18, "direct", "fr"),
        st="declined",
        text="""Chère Aline,

Dommage pour nous, mais je comprends parfaitement et je vous félicite ! L'industrie a de la chance. Passez nous voir quand vous voulez, et qui sait, peut-être pour quelques remplacements le samedi ?

Amitiés,
Isabelle""",
        **reply_to(_pp_off, _pp_no),
    )
)

# --- 19 Zymora Bio SA, Lausanne (Greenhouse); ghosted -----------------------------------------
add(
    m(
        "21630",
        "2025-10-11 15:44",
        "Zymora Bio Hiring Team <no-reply@greenhouse-mail.io>",
        "Zymora Bio | Application received",
        A("confirmation", ZY, ZYR, 19, "greenhouse", "en"),
        text="""Dear Aline,

Thank you for applying for the QA Specialist Clinical Supply position at Zymora Bio. We're a small team, so please bear with us while we review applications.

If you are not selected for an interview, unfortunately we may not be able to reply to every candidate individually. If you have not heard from us within four weeks, please consider that we have moved forward with other candidates.

Thank you again for your interest.
Zymora Bio SA · EPFL Innovation Park · Lausanne""",
    )
)

# --- 20 Vaudaire Biopharma SA, Lausanne (Workday) + online test ------------------------------
add(
    m(
        "21128",
        "2025-09-18 08:55",
        "Vaudaire Biopharma <vaudaire@myworkday.com>",
        "Merci pour votre candidature",
        A("confirmation", VB, VBR, 20, "workday", "fr"),
        text="""Bonjour Aline,

Merci d'avoir postulé au poste Chargé·e Assurance Qualité Systèmes (JR-2025-0833) chez Vaudaire Biopharma.

Nous avons bien reçu votre candidature. Notre équipe de recrutement l'examinera et vous contactera si votre profil correspond au poste.

Cordialement,
L'équipe Talent Acquisition
Vaudaire Biopharma SA, Route de Cossonay 30, 1008 Prilly""",
    )
)
add(
    m(
        "21260",
        "2025-09-26 14:02",
        "Vaudaire Biopharma <vaudaire@myworkday.com>",
        "Étape suivante : évaluation en ligne",
        A("assessment", VB, VBR, 20, "workday", "fr"),
        text="""Bonjour Aline,

Dans le cadre de votre candidature au poste Chargé·e Assurance Qualité Systèmes, nous vous invitons à réaliser une évaluation en ligne (raisonnement verbal et numérique, environ 40 minutes), proposée par notre partenaire SHL.

Vous recevrez un e-mail séparé de SHL avec votre lien personnel. Merci de compléter l'évaluation d'ici au 3 octobre 2025.

Cordialement,
L'équipe Talent Acquisition Vaudaire""",
    )
)
add(
    m(
        "21262",
        "2025-09-26 14:06",
        "SHL <noreply@shl.com>",
        "Vaudaire Biopharma - Your assessment invitation",
        A("assessment", VB, VBR, 20, "other", "en"),
        text="""Dear Aline Jungo,

Vaudaire Biopharma has invited you to complete the following assessments:
- Verify Interactive - Numerical Reasoning
- Verify Interactive - Verbal Reasoning

Deadline: 03-Oct-2025 23:59 (CET)
Start here: https://candidate.shl.com/login?c=VAUD25-88302

Please ensure you have a stable internet connection and 40 minutes without interruption.

SHL Candidate Support""",
    )
)
add(
    m(
        "21505",
        "2025-10-06 10:28",
        "Vaudaire Biopharma <vaudaire@myworkday.com>",
        "Mise à jour de votre candidature",
        A("rejection", VB, VBR, 20, "workday", "fr"),
        text="""Bonjour Aline,

Nous vous remercions d'avoir pris le temps de compléter l'évaluation en ligne et pour l'intérêt que vous portez à Vaudaire Biopharma. Vos résultats étaient bons et votre parcours a retenu notre attention.

Cependant, après une analyse approfondie de l'ensemble des candidatures, nous avons le regret de vous informer que nous ne donnerons pas suite à votre candidature pour ce poste.

Nous vous souhaitons beaucoup de succès dans vos démarches.

L'équipe Talent Acquisition Vaudaire""",
    )
)

# --- 21 Kyra Therapeutics AG, Bern (Personio), rescheduled, Absage ---------------------------
add(
    m(
        "21795",
        "2025-10-21 19:20",
        "Kyra Therapeutics AG <no-reply@personio.de>",
        "Deine Bewerbung als QA Specialist Computerized Systems Validation",
        A("confirmation", KY, KYR, 21, "personio", "de"),
        text="""Hallo Aline

Vielen Dank für deine Bewerbung bei Kyra Therapeutics! Wir haben deine Unterlagen erhalten und melden uns so schnell wie möglich.

Beste Grüsse
Kyra Talent Team
Kyra Therapeutics AG, sitem-insel, Freiburgstrasse 3, 3010 Bern""",
    )
)
_ky_inv = m(
    "21955",
    "2025-10-30 11:40",
    "Simone Wyss <simone.wyss@kyra-tx.ch>",
    "Interview Kyra Therapeutics - QA CSV",
    A("interview", KY, KYR, 21, "direct", "en"),
    text="""Hi Aline,

Thanks for applying! Our QA lead Dr. Ravi Nair (English speaking) would like to have a first interview with you on Thursday 6 November at 10:00 in our office at sitem-insel in Bern. I've sent you a calendar invite.

Best,
Simone Wyss
HR Generalist, Kyra Therapeutics AG""",
    ics=invite(
        "kyra-iv-203@kyra-tx.ch",
        "2025-11-06 10:00",
        "Interview Aline Jungo - QA CSV",
        ("Simone Wyss", "simone.wyss@kyra-tx.ch"),
        location="Kyra Therapeutics AG, Freiburgstrasse 3, 3010 Bern",
        attendees=[("Ravi Nair", "ravi.nair@kyra-tx.ch")],
    ),
)
add(_ky_inv)
add(
    m(
        "21990",
        "2025-11-03 16:05",
        "Simone Wyss <simone.wyss@kyra-tx.ch>",
        "Updated invitation: Interview Aline Jungo - QA CSV",
        A("interview", KY, KYR, 21, "direct", "en"),
        text="""Hi Aline,

Unfortunately Ravi has to travel to an audit on Thursday. Could we move the interview to Tuesday 11 November, 14:00, same place? The updated invite is attached - sorry for the change!

Best,
Simone""",
        ics=invite(
            "kyra-iv-203@kyra-tx.ch",
            "2025-11-11 14:00",
            "Interview Aline Jungo - QA CSV",
            ("Simone Wyss", "simone.wyss@kyra-tx.ch"),
            location="Kyra Therapeutics AG, Freiburgstrasse 3, 3010 Bern",
            sequence=1,
            attendees=[("Ravi Nair", "ravi.nair@kyra-tx.ch")],
        ),
        **reply_to(_ky_inv),
    )
)
add(
    m(
        "22160",
        "2025-11-14 15:33",
        "Simone Wyss <simone.wyss@kyra-tx.ch>",
        "Kyra Therapeutics - your application",
        A("rejection", KY, KYR, 21, "direct", "en"),
        text="""Hi Aline,

Thank you for coming to Bern on Tuesday. Ravi really enjoyed the discussion, especially your examples from audit preparation.

We have now completed the interviews and decided to continue with a candidate who has more hands-on experience validating LIMS and MES systems under GAMP 5, which is critical for our upcoming inspection.

We are grateful for your time and wish you all the best.

Kind regards,
Simone""",
    )
)

# --- 22 Saphirion Labs AG, Zürich (LinkedIn) --------------------------------------------------
add(
    m(
        "21340b",
        "2025-10-01 21:02",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Aline, your application was sent to Saphirion Labs",
        A("confirmation", SL, SLR, 22, "linkedin", "en"),
        html="""<html><body>
<p>Your application was sent to Saphirion Labs</p>
<p><b>Quality Assurance Associate</b><br>Saphirion Labs · Zürich, Switzerland (On-site)</p>
<p>Applied on October 1, 2025</p>
<p style="font-size:11px">This email was intended for Aline Jungo. LinkedIn Corporation, Sunnyvale, CA.</p>
</body></html>""",
    )
)
add(
    m(
        "21890",
        "2025-10-24 13:31",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application to Quality Assurance Associate at Saphirion Labs",
        A("rejection", SL, SLR, 22, "linkedin", "en"),
        html="""<html><body>
<p>Hi Aline,</p>
<p>Thank you for your interest in the Quality Assurance Associate position at Saphirion Labs in Zürich. Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in Saphirion Labs.</p>
<p>Regards,<br>Saphirion Labs</p>
<p style="font-size:11px">Top jobs for you: QA Specialist · Regulatory Affairs Associate. LinkedIn Corporation.</p>
</body></html>""",
    )
)

# --- 23 Laboratoire Dentan SA, Lausanne (Indeed); ghosted ------------------------------------
add(
    m(
        "21760",
        "2025-10-19 10:47",
        "Indeed <indeedapply@indeed.com>",
        "Candidature envoyée : Responsable qualité laboratoire (ISO 17025)",
        A("confirmation", LD, LDR, 23, "indeed", "fr"),
        html="""<html><body>
<h3>Candidature envoyée</h3>
<p><b>Responsable qualité laboratoire (ISO 17025)</b><br>Laboratoire Dentan SA - Lausanne</p>
<p>Votre candidature a été transmise. Vous recevrez une notification si l'employeur consulte votre candidature.</p>
</body></html>""",
    )
)

# --- 24 Laboratoires Moléson SA via an ORP assignment -----------------------------------------
add(
    m(
        "21420",
        "2025-10-03 14:00",
        "Job-Room <noreply@job-room.ch>",
        "Assignation : Collaborateur·trice assurance qualité - Laboratoires Moléson SA",
        ("alert", LM, LMR, None, "other", "fr"),
        text="""Madame Aline Jungo,

Votre conseillère ORP, Mme Nathalie Bielmann, vous a assigné le poste vacant suivant :

Collaborateur·trice assurance qualité (100 %)
Laboratoires Moléson SA, Villars-sur-Glâne
Mode de candidature : par e-mail à rh@moleson-labs.ch

Nous vous prions de postuler dans les 3 jours et de mentionner cette recherche d'emploi dans votre formulaire « Preuves des recherches personnelles d'emploi ».

Office régional de placement (ORP) Fribourg - Centre
Ceci est un message automatique de Job-Room.""",
    )
)
add(
    m(
        "21450",
        "2025-10-06 09:12",
        "RH Moléson <rh@moleson-labs.ch>",
        "Accusé de réception",
        A("confirmation", LM, LMR, 24, "direct", "fr"),
        text="""Madame,

Nous accusons réception de votre candidature du 4 octobre 2025 pour le poste de collaborateur·trice assurance qualité et vous en remercions.

Nous vous contacterons dès que nous aurons étudié votre dossier.

Ressources humaines
Laboratoires Moléson SA
Route du Petit-Moncor 6, 1752 Villars-sur-Glâne""",
    )
)
add(
    m(
        "21850",
        "2025-10-23 11:45",
        "RH Moléson <rh@moleson-labs.ch>",
        "Votre dossier",
        A("rejection", LM, LMR, 24, "direct", "fr"),
        text="""Madame,

Nous vous remercions de nous avoir fait parvenir votre dossier, que nous avons examiné avec intérêt. Votre formation de pharmacienne et votre rigueur sont des atouts certains.

Nous devons toutefois vous informer que nous avons donné la préférence à une personne au bénéfice d'une formation de laborantine avec expérience en microbiologie.

En vous remerciant de votre compréhension, nous vous adressons nos meilleures salutations.

Ressources humaines
Laboratoires Moléson SA""",
    )
)

# --- 7 Medicus Logistik GmbH, Bern (Personio), forwarded from her GMX address ---------------
add(
    m(
        "21370",
        "2025-10-01 08:14",
        "Aline Jungo <aline.jungo@gmx.ch>",
        "WG: Ihre Bewerbung bei Medicus Logistik GmbH",
        A("confirmation", ML, MLR, 7, "personio", "de"),
        text="""---------- Weitergeleitete Nachricht ----------
Von: Medicus Logistik GmbH <jobs@medicus-logistik.jobs.personio.de>
Datum: Di., 30. Sept. 2025 um 23:51
Betreff: Ihre Bewerbung bei Medicus Logistik GmbH
An: <aline.jungo@gmx.ch>

Guten Tag Frau Jungo

Vielen Dank für Ihre Bewerbung als Fachtechnisch verantwortliche Person (FvP) GDP. Wir haben Ihre Unterlagen erhalten und werden diese sorgfältig prüfen.

Freundliche Grüsse
Ihr HR-Team Medicus Logistik GmbH
Freiburgstrasse 455, 3018 Bern-Bümpliz""",
    )
)
add(
    m(
        "22444",
        "2026-01-08 09:30",
        "Medicus Logistik GmbH <jobs@medicus-logistik.jobs.personio.de>",
        "Ihre Bewerbung bei Medicus Logistik GmbH",
        A("rejection", ML, MLR, 7, "personio", "de"),
        text="""Guten Tag Frau Jungo

Zunächst möchten wir uns für die lange Wartezeit entschuldigen. Wir danken Ihnen für Ihre Bewerbung und das Interesse an Medicus Logistik, Ihr Profil hat uns gut gefallen.

Leider müssen wir Ihnen mitteilen, dass wir uns für eine andere Person entschieden haben.

Freundliche Grüsse
Ihr HR-Team Medicus Logistik GmbH""",
    )
)

# --- job alerts from the boards (generated from short lists, each one different) --------------
_JOBUP = [
    (
        "2025-09-04",
        "Spécialiste AQ GMP · Epalinges Cell Sciences SA, Épalinges",
        "Pharmacien·ne hospitalier·ère · Hôpital de la Sarine, Fribourg",
        "Chargé·e affaires réglementaires · Genève",
    ),
    (
        "2025-09-18",
        "QA Officer · Lausanne",
        "Pharmacien·ne responsable · Bulle",
        "Responsable qualité · Yverdon-les-Bains",
    ),
    (
        "2025-10-09",
        "Spécialiste validation · Monthey",
        "Assistant·e QA · Romont",
        "QA Specialist (80 %) · Morges",
    ),
    (
        "2025-10-30",
        "Pharmacien·ne gérant·e · Fribourg",
        "Spécialiste conformité GDP · Bussigny",
        "Auditeur·trice qualité · Lausanne",
    ),
    (
        "2025-11-20",
        "Responsable AQ · Payerne",
        "QA Specialist Sterile · Vevey",
        "Chargé·e qualité fournisseurs · Nyon",
    ),
]
for i, (day, a, b, c) in enumerate(_JOBUP):
    add(
        m(
            f"30{i}1",
            f"{day} 06:30",
            "jobup.ch <jobalert@jobup.ch>",
            f"{3 + i} nouvelles offres pour « assurance qualité pharma »",
            ("alert", None, None, None, "other", "fr"),
            html=f"""<html><body>
<p>Bonjour Aline,</p>
<p>Voici les nouvelles offres correspondant à votre alerte <b>assurance qualité pharma - Fribourg + 50 km</b> :</p>
<ul><li>{a}</li><li>{b}</li><li>{c}</li></ul>
<p><a href="https://www.jobup.ch/fr/emplois/">Voir toutes les offres</a></p>
<p style="font-size:11px">Modifier ou supprimer cette alerte · JobCloud SA</p>
</body></html>""",
        )
    )

_JOBSCH = [
    ("2025-09-06", "Qualitätssicherung GMP (80-100 %) · Basel", "Spitalapotheker/in · Thun"),
    ("2025-09-27", "QA Manager Biotech · Zug", "Fachspezialist/in QS · Bern"),
    ("2025-10-18", "Qualified Person · Visp", "Apotheker/in mit Führungsfunktion · Bern"),
    (
        "2025-11-08",
        "Compliance Specialist GDP · Zürich-Flughafen",
        "QA Spezialist/in Medizinprodukte · Solothurn",
    ),
    ("2025-12-06", "Validierungsingenieur/in · Basel", "QA Officer (w/m/d) · Luzern"),
]
for i, (day, a, b) in enumerate(_JOBSCH):
    add(
        m(
            f"31{i}2",
            f"{day} 07:05",
            "jobs.ch Job-Abo <jobabo@jobs.ch>",
            f"Dein Job-Abo «Qualitätssicherung Pharma»: {2 + i * 3} neue Stellen",
            ("alert", None, None, None, "other", "de"),
            html=f"""<html><body>
<p>Hallo Aline</p>
<p>Diese Stellen passen zu deinem Job-Abo:</p>
<p>&bull; {a}<br>&bull; {b}</p>
<p><a href="https://www.jobs.ch/de/stellenangebote/">Alle neuen Stellen ansehen</a></p>
<p style="font-size:11px">Job-Abo bearbeiten oder abbestellen · JobCloud AG, Zürich</p>
</body></html>""",
        )
    )

_LI = [
    ("2025-09-11", "QA Specialist", "Cellestra", "Basel"),
    ("2025-10-02", "Quality Assurance Manager", "Aurelis Pharma", "Basel"),
    ("2025-10-23", "GMP Compliance Lead", "Zymora Bio", "Lausanne"),
    ("2025-11-13", "QA Specialist Deviation Management", "Vireon Pharma AG", "Basel"),
    ("2026-01-22", "Head of Quality Systems", "Kyra Therapeutics", "Bern"),
]
for i, (day, role, co, city) in enumerate(_LI):
    add(
        m(
            f"32{i}3",
            f"{day} 17:45",
            "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
            f"“quality assurance pharma”: {role} at {co} and more",
            ("alert", None, None, None, "linkedin", "en"),
            html=f"""<html><body>
<p>Your job alert for <b>quality assurance pharma</b> in Switzerland</p>
<p><b>{role}</b><br>{co} · {city}, Switzerland<br>Actively recruiting</p>
<p>+ {4 + i} more new jobs</p>
<p><a href="https://www.linkedin.com/jobs/search/">See all jobs</a></p>
<p style="font-size:11px">You are receiving Job Alert emails. Manage alerts · Unsubscribe. LinkedIn Corporation.</p>
</body></html>""",
        )
    )

_INDEED = [
    ("2025-09-24", "Pharmacien·ne remplaçant·e", "Lausanne"),
    ("2025-10-15", "Technicien·ne assurance qualité", "Fribourg"),
    ("2025-11-05", "Pharmacien·ne adjoint·e 80 %", "Bern"),
]
for i, (day, role, city) in enumerate(_INDEED):
    add(
        m(
            f"33{i}4",
            f"{day} 12:10",
            "Indeed <alert@indeed.com>",
            f"{role} - {city} : nouvelles offres d'emploi",
            ("alert", None, None, None, "indeed", "fr"),
            html=f"""<html><body>
<p><b>{role}</b><br>{city} · Publiée il y a 1 jour · Candidature simplifiée</p>
<p>Offres similaires dans votre région. <a href="https://ch-fr.indeed.com/">Voir plus</a></p>
<p style="font-size:11px">Vous recevez cet e-mail car vous avez créé une alerte emploi sur Indeed. Se désabonner.</p>
</body></html>""",
        )
    )

add(
    m(
        "34005",
        "2025-10-27 18:20",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Sarine Biologics is hiring: 3 jobs that might interest you",
        ("alert", "Sarine Biologics", None, None, "linkedin", "en"),
        html="""<html><body>
<p>Companies you follow are hiring</p>
<p><b>Sarine Biologics SA</b> · Düdingen, Fribourg</p>
<p>Process Engineer USP · QC Analyst Microbiology · Validation Specialist</p>
<p style="font-size:11px">LinkedIn Corporation</p>
</body></html>""",
    )
)

# --- outreach, the ORP, and other job-related mail ---------------------------------------------
add(
    m(
        "34110",
        "2025-09-25 09:41",
        "Hannah Lindqvist via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Contract QA role in Basel - CSV / Data Integrity",
        ("outreach", None, "QA Consultant CSV / Data Integrity", None, "agency", "en"),
        text="""Hi Aline,

I'm Hannah from Meridian Life Science Staffing. I'm working on a 12-month contract for a global pharma client in Basel looking for a QA Consultant with a CSV / Data Integrity focus. Rate is competitive (CHF 95-110/h), 3 days on site.

Would you be open to a quick call? Happy to share more details about the client once we've spoken.

Best,
Hannah Lindqvist
Senior Recruiter, Meridian Life Science Staffing

Reply · Not interested
You received this InMail because of your LinkedIn profile. LinkedIn Corporation.""",
    )
)
add(
    m(
        "34118",
        "2025-10-01 11:02",
        "Marco Rossi <marco.rossi@cellestra.com>",
        "Your profile - Cellestra QA team in Basel",
        ("outreach", "Cellestra", "QC/QA Microbiology Specialist", None, "direct", "en"),
        text="""Hi Aline,

I'm a recruiter at Cellestra in Basel. I came across your profile and thought you might be interested in our QC/QA Microbiology Specialist opening - your sterile manufacturing background stood out.

Let me know if you'd like to chat for 15 minutes this week.

Marco Rossi
Talent Sourcer, Cellestra AG""",
    )
)
add(
    m(
        "34122",
        "2025-10-01 11:02",
        "Marco Rossi <marco.rossi@cellestra.com>",
        "Automatic reply: Your profile - Cellestra QA team in Basel",
        ("other_job", "Cellestra", None, None, "direct", "en"),
        text="""Thank you for your message. I am out of the office until 6 October with limited access to email. For urgent matters please contact talent@cellestra.com.

Best regards,
Marco Rossi""",
    )
)
add(
    m(
        "34130",
        "2025-11-24 10:20",
        "Léa Gremaud <lea.gremaud@alpwork-recruitment.ch>",
        "Nouveau mandat : Responsable Assurance Qualité - Fribourg",
        ("outreach", None, "Responsable Assurance Qualité", None, "agency", "fr"),
        text="""Bonjour Aline,

J'espère que vous allez bien. Je vous écris au sujet d'un nouveau mandat pour une PME pharmaceutique fribourgeoise en forte croissance qui recherche son/sa futur·e Responsable Assurance Qualité.

Je pense tout de suite à vous ! Seriez-vous ouverte à en discuter ?

Meilleures salutations,
Léa Gremaud
Alpwork Recruitment Sàrl""",
    )
)
_lea = m(
    "34133",
    "2025-11-24 19:12",
    f"Aline Jungo <{ME_ADDR}>",
    "RE: Nouveau mandat : Responsable Assurance Qualité - Fribourg",
    ("outreach", None, "Responsable Assurance Qualité", None, "agency", "fr"),
    text="""Bonjour Léa,

Merci beaucoup d'avoir pensé à moi ! J'ai entre-temps accepté un poste et commence en février, je ne suis donc plus disponible. Je vous recommande volontiers à des collègues.

Belle soirée,
Aline""",
    to="Léa Gremaud <lea.gremaud@alpwork-recruitment.ch>",
)
add(_lea)
add(
    m(
        "34140",
        "2026-02-10 08:33",
        "Tobias Gerber <tobias.gerber@helix-talent.ch>",
        "QA Lead Opportunity Bern - ein Wechsel ins 2026?",
        ("outreach", None, "QA Lead", None, "agency", "de"),
        text="""Hallo Frau Jungo

Ich bin auf Ihr Profil gestossen. Für einen renommierten Kunden aus der Medtech-Branche in Bern suche ich eine/n QA Lead. Hätten Sie Interesse an einem unverbindlichen Austausch?

Beste Grüsse
Tobias Gerber
Helix Talent GmbH, Bern""",
    )
)
add(
    m(
        "34201",
        "2025-09-01 10:15",
        "ORP Fribourg-Centre <noreply@job-room.ch>",
        "Convocation à un entretien de conseil",
        ("other_job", None, None, None, "other", "fr"),
        text="""Madame Aline Jungo,

Nous vous convoquons à un entretien de conseil avec votre conseillère en personnel, Mme Nathalie Bielmann :

lundi 8 septembre 2025 à 10h30
Office régional de placement, Boulevard de Pérolles 24, 1700 Fribourg

Veuillez apporter vos preuves de recherches d'emploi du mois d'août. En cas d'empêchement, merci de nous avertir au moins 24 heures à l'avance.

ORP Fribourg-Centre""",
    )
)
add(
    m(
        "34205",
        "2025-10-01 07:30",
        "Job-Room <noreply@job-room.ch>",
        "Rappel : preuves de recherches d'emploi de septembre",
        ("other_job", None, None, None, "other", "fr"),
        text="""Madame Aline Jungo,

Nous vous rappelons que vos preuves de recherches personnelles d'emploi pour le mois de septembre 2025 doivent être saisies dans Job-Room au plus tard le 5 octobre 2025.

Ceci est un message automatique de Job-Room.""",
    )
)
add(
    m(
        "34207",
        "2025-11-18 14:05",
        "ORP Fribourg-Centre <noreply@job-room.ch>",
        "Annonce de fin de chômage - confirmation",
        ("other_job", None, None, None, "other", "fr"),
        text="""Madame Aline Jungo,

Nous avons bien reçu votre annonce de prise d'emploi au 1er février 2026. Votre dossier sera clôturé à cette date. Merci de nous faire parvenir une copie de votre contrat de travail.

Nous vous félicitons et vous souhaitons plein succès dans votre nouvelle activité.

ORP Fribourg-Centre""",
    )
)
add(
    m(
        "34211",
        "2025-10-06 08:25",
        "Sarine Biologics <saanebio@myworkday.com>",
        "Verify your candidate account",
        ("other_job", "Sarine Biologics", None, None, "workday", "en"),
        text="""Hi Aline,

Thanks for creating a candidate account. Please verify your email address with the following code within 30 minutes:

482913

If you did not request this, you can ignore this email.""",
    )
)
add(
    m(
        "34215",
        "2025-10-10 10:40",
        "Martin Aebischer <martin.aebischer@sarine-bio.ch>",
        "Automatische Antwort: Rückfrage Termin",
        ("other_job", "Sarine Biologics", None, None, "direct", "de"),
        text="""Guten Tag

Vielen Dank für Ihre Nachricht. Ich bin bis am 13. Oktober 2025 abwesend. Ihre E-Mail wird nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an hr@sarine-bio.ch.

Merci de votre message. Je suis absent jusqu'au 13 octobre 2025.

Freundliche Grüsse / Meilleures salutations
Martin Aebischer""",
    )
)

# ruff: noqa: E501
"""Corpus 78, federal (bilingual) and English job mail (data only): see heldout78.py."""

from __future__ import annotations

from typing import Any

from heldout78_jobs import ev, m, reply


def A(cat, co, role, app, src, lang="en"):
    return (cat, co, role, app, src, lang)


def J(cat, src, lang="en", co=None, role=None):
    return (cat, co, role, None, src, lang)


SIG = "\n\n--\nMaude Bélanger-Côté\n418 555-0147"
GCJ = "GC Jobs / Emplois GC <cfp.gcjobs-emploisgc.psc@cfp-psc.gc.ca>"

DH, DHR = (
    "Patrimoine numérique Canada",
    "Adjoint(e) administratif(ve) / Administrative Assistant (AS-02)",
)
IW, IWR = (
    "Agence canadienne des voies navigables intérieures",
    "Agent(e) de soutien aux programmes / Program Support Officer (CR-05)",
)
KS, KSR = "Kettleby Systems", "People Operations Coordinator"
PX, PXR = "Studio Pixelune", "Coordonnatrice RH / HR Coordinator"
BM, BMR = "Brightmoor Analytics", "People Coordinator (Bilingual)"
OA, OAR = (
    "Bureau de l'ombudsman des aînés",
    "Agent(e) de services administratifs / Administrative Services Officer (AS-01)",
)
TC, TCR = "Tessera Cloud", "Office & HR Administrator (bilingual)"

MAIL: list[dict[str, Any]] = [
    # --- 4 Patrimoine numérique Canada / Digital Heritage Canada, AS-02 (GC Jobs) ----------------
    m(
        "7901",
        "2025-10-06 23:12",
        GCJ,
        "Confirmation de présentation de candidature / Application submission confirmation – 25-DHC-EA-NCR-48812",
        A("confirmation", DH, DHR, 4, "other", "fr"),
        "(English follows)\n\nBonjour Maude Bélanger-Côté,\n\nNous confirmons que votre candidature au processus de sélection 25-DHC-EA-NCR-48812, Adjoint(e) administratif(ve) (AS-02), Patrimoine numérique Canada, Gatineau (Québec), a été présentée le 6 octobre 2025.\n\nVous pouvez consulter l'état de votre candidature dans votre compte Emplois GC. Toute communication relative à ce processus se fera par courriel; assurez-vous de vérifier vos courriels indésirables.\n\n---\n\nHello Maude Bélanger-Côté,\n\nWe confirm that your application for selection process 25-DHC-EA-NCR-48812, Administrative Assistant (AS-02), Digital Heritage Canada, Gatineau (Quebec), was submitted on October 6, 2025.\n\nYou may check the status of your application in your GC Jobs account.\n\nCommission de la fonction publique du Canada / Public Service Commission of Canada",
    ),
    m(
        "7902",
        "2025-11-05 14:30",
        "Dotation / Staffing DHC-PNC <dotation-staffing@pnc-dhc.gc.ca>",
        "Invitation – Examen écrit / Written Exam – 25-DHC-EA-NCR-48812",
        A("assessment", DH, DHR, 4, "direct", "fr"),
        "*** English message follows ***\n\nBonjour,\n\nVotre candidature a été retenue pour la prochaine étape du processus 25-DHC-EA-NCR-48812. Vous êtes invitée à un examen écrit non supervisé en ligne qui évaluera les qualifications suivantes : capacité à rédiger, capacité à établir des priorités, jugement.\n\nL'examen sera envoyé le 13 novembre 2025 à 9 h (HNE) et devra être retourné au plus tard à 12 h (HNE). Veuillez confirmer votre langue officielle de préférence pour l'examen.\n\nMesures d'adaptation : si vous avez besoin de mesures d'adaptation, veuillez nous en informer dès que possible.\n\n*****\n\nHello,\n\nYour application has been retained for the next step of process 25-DHC-EA-NCR-48812. You are invited to an unsupervised online written exam assessing: ability to write, ability to prioritize, judgement.\n\nThe exam will be sent on November 13, 2025 at 9:00 a.m. (EST) and must be returned by 12:00 p.m. (EST).\n\nDotation / Staffing\nPatrimoine numérique Canada / Digital Heritage Canada",
    ),
    m(
        "7903",
        "2025-11-05 19:02",
        "Maude Bélanger-Côté <maude.bcote@videotron.ca>",
        "RE: Invitation – Examen écrit / Written Exam – 25-DHC-EA-NCR-48812",
        A("assessment", DH, DHR, 4, "direct", "fr"),
        "Bonjour,\n\nJe confirme ma participation à l'examen du 13 novembre. Ma langue officielle de préférence est le français.\n\nMerci,"
        + SIG,
        to="Dotation / Staffing DHC-PNC <dotation-staffing@pnc-dhc.gc.ca>",
        **reply(
            "7902",
            "2025-11-05 14:30",
            "pnc-dhc.gc.ca",
            "Invitation – Examen écrit / Written Exam – 25-DHC-EA-NCR-48812",
        ),
    ),
    m(
        "7904",
        "2025-12-03 10:41",
        "Dotation / Staffing DHC-PNC <dotation-staffing@pnc-dhc.gc.ca>",
        "Invitation à une entrevue / Invitation to an interview – 25-DHC-EA-NCR-48812",
        A("interview", DH, DHR, 4, "direct", "fr"),
        "*** English message follows ***\n\nBonjour Mme Bélanger-Côté,\n\nFélicitations, vous avez réussi l'examen écrit. Vous êtes invitée à une entrevue devant un comité de sélection de trois personnes, par Microsoft Teams, le mercredi 10 décembre 2025 à 13 h (HNE). Une vérification des références suivra si vous réussissez l'entrevue.\n\n*****\n\nHello Ms. Bélanger-Côté,\n\nCongratulations, you passed the written exam. You are invited to an interview with a three-member board via Microsoft Teams on Wednesday, December 10, 2025 at 1:00 p.m. (EST).\n\nDotation / Staffing – Patrimoine numérique Canada / Digital Heritage Canada",
        ics=ev(
            "2025-12-10 13:00",
            ("Dotation / Staffing DHC-PNC", "dotation-staffing@pnc-dhc.gc.ca"),
            "040000008200E00074C5B7101A82E00800000000D0C3@pnc-dhc.gc.ca",
            "Entrevue / Interview – 25-DHC-EA-NCR-48812 – Bélanger-Côté",
            60,
            style="outlook",
            location="Microsoft Teams",
        ),
    ),
    m(
        "7905",
        "2026-01-29 15:18",
        "Dotation / Staffing DHC-PNC <dotation-staffing@pnc-dhc.gc.ca>",
        "Résultats / Results – 25-DHC-EA-NCR-48812",
        A("rejection", DH, DHR, 4, "direct", "fr"),
        "*** English message follows ***\n\nBonjour,\n\nNous vous remercions de votre participation à l'entrevue. Nous vous informons que vous n'avez pas obtenu la note de passage pour la qualification « Communication orale » et que votre candidature ne sera plus considérée dans ce processus.\n\nVous pouvez demander une discussion informelle dans les cinq jours ouvrables suivant la réception de ce courriel.\n\n*****\n\nHello,\n\nThank you for taking part in the interview. We regret to inform you that you did not obtain the pass mark for the qualification \"Oral communication\" and that your application will no longer be considered in this process.\n\nYou may request an informal discussion within five working days.\n\nDotation / Staffing\nDigital Heritage Canada",
    ),
    # --- 5 Inland Waterways Agency, CR-05 (GC Jobs) -> processus annulé --------------------------
    m(
        "7906",
        "2025-10-20 21:40",
        GCJ,
        "Confirmation de présentation de candidature / Application submission confirmation – 25-CIWA-EA-0193",
        A("confirmation", IW, IWR, 5, "other", "fr"),
        "(English follows)\n\nBonjour Maude Bélanger-Côté,\n\nNous confirmons que votre candidature au processus de sélection 25-CIWA-EA-0193, Agent(e) de soutien aux programmes (CR-05), Agence canadienne des voies navigables intérieures, Québec (Québec), a été présentée le 20 octobre 2025.\n\n---\n\nHello Maude Bélanger-Côté,\n\nWe confirm that your application for selection process 25-CIWA-EA-0193, Program Support Officer (CR-05), Canadian Inland Waterways Agency, Québec (Quebec), was submitted on October 20, 2025.\n\nCommission de la fonction publique du Canada / Public Service Commission of Canada",
    ),
    m(
        "7907",
        "2025-12-15 11:03",
        "CIWA Staffing / Dotation ACVNI <staffing-dotation@ciwa-acvni.gc.ca>",
        "25-CIWA-EA-0193 – Annulation du processus / Process cancellation",
        A("rejection", IW, IWR, 5, "direct", "fr"),
        "Le texte anglais suit.\n\nBonjour,\n\nNous vous informons que le processus de sélection 25-CIWA-EA-0193 est annulé en raison d'un changement des besoins organisationnels. Aucune nomination ne sera faite à partir de ce processus.\n\nNous vous remercions de l'intérêt que vous portez à l'ACVNI.\n\n---\n\nHello,\n\nPlease be advised that selection process 25-CIWA-EA-0193 has been cancelled due to a change in organizational needs. No appointments will be made from this process.\n\nThank you for your interest in the Canadian Inland Waterways Agency (CIWA).",
    ),
    # --- 23 Bureau de l'ombudsman des aînés / Office of the Seniors' Ombudsman (GC Jobs) -------
    m(
        "7908",
        "2026-01-16 22:05",
        GCJ,
        "Application submission confirmation / Confirmation de présentation de candidature – 26-OSO-EA-0007",
        A("confirmation", OA, OAR, 23, "other"),
        "(Le français suit)\n\nHello Maude Bélanger-Côté,\n\nWe confirm that your application for selection process 26-OSO-EA-0007, Administrative Services Officer (AS-01), Office of the Seniors' Ombudsman, Ottawa (Ontario), was submitted on January 16, 2026. This process may be used to create a pool of qualified candidates.\n\n---\n\nBonjour Maude Bélanger-Côté,\n\nNous confirmons que votre candidature au processus 26-OSO-EA-0007, Agent(e) de services administratifs (AS-01), Bureau de l'ombudsman des aînés, Ottawa (Ontario), a été présentée le 16 janvier 2026.\n\nPublic Service Commission of Canada / Commission de la fonction publique du Canada",
    ),
    # --- 6 Kettleby Systems (iCIMS) -> withdrawn -----------------------------------------------
    m(
        "7909",
        "2025-11-24 20:17",
        "Kettleby Systems Talent Acquisition <kettleby@talent.icims.com>",
        "Thank you for your application - People Operations Coordinator",
        A("confirmation", KS, KSR, 6, "icims"),
        "Hi Maude,\n\nThank you for applying for the People Operations Coordinator position (Req. 2025-1140, Ottawa - Kanata, hybrid). We've received your application and our team will review it shortly.\n\nIf your experience is a match, a recruiter will reach out to discuss next steps. Unfortunately, due to the high volume of applications, we can't respond to every applicant individually.\n\nThanks,\nTalent Acquisition\nKettleby Systems Inc.",
    ),
    m(
        "7910",
        "2025-12-01 15:22",
        "Priya Nand <priya.nand@kettleby.com>",
        "Kettleby Systems - let's chat",
        A("interview", KS, KSR, 6, "direct"),
        "Hi Maude,\n\nI'm a recruiter at Kettleby and I'd love to set up a 30-minute intro call about the People Operations Coordinator role. Your experience supporting HR processes in French and English is exactly what we're looking for as our Montreal and Quebec City headcount grows.\n\nPlease grab a time that works for you here: https://calendly.com/priya-nand-kettleby/30min\n\nBest,\nPriya Nand\nSenior Talent Partner | Kettleby\nkettleby.com/careers",
    ),
    m(
        "7911",
        "2025-12-01 16:04",
        "Calendly <notifications@calendly.com>",
        "New Event: Maude Bélanger-Côté - 12:30pm Thu, Dec 4, 2025 - Intro call (30 min)",
        A("interview", KS, KSR, 6, "other"),
        "Hi Maude Bélanger-Côté,\n\nA new event has been scheduled.\n\nEvent Type: Intro call (30 min)\nInvitee: Maude Bélanger-Côté\nHost: Priya Nand\nEvent Date/Time: 12:30pm - Thursday, December 4, 2025 (Eastern Time - US & Canada)\nLocation: Google Meet (link in invite)\n\nNeed to make changes to this event? Cancel or reschedule from the link in your calendar invitation.\n\nPowered by Calendly.com",
        ics=ev(
            "2025-12-04 12:30",
            ("Priya Nand", "priya.nand@kettleby.com"),
            "kq7dt3mfs2pl0x9@calendly.com",
            "Intro call: Maude Bélanger-Côté and Priya Nand",
            30,
            location="Google Meet",
        ),
    ),
    m(
        "7912",
        "2025-12-11 09:48",
        "Priya Nand <priya.nand@kettleby.com>",
        "Panel interview - People Operations Coordinator",
        A("interview", KS, KSR, 6, "direct"),
        "Hi Maude,\n\nGreat news - the team would like to move you forward to a panel interview with Dana Whitcombe (Head of People), Martin Lebel (Office Manager, Quebec City) and Oyin Adeyemi (People Partner). It's 60 minutes on Teams, Tuesday, January 13 at 11:00 ET. Invite attached.\n\nThey'll ask behavioural questions and walk through a short onboarding scenario. Part of it will be in French with Martin.\n\nHappy holidays!\nPriya",
        ics=ev(
            "2026-01-13 11:00",
            ("Priya Nand", "priya.nand@kettleby.com"),
            "040000008200E00074C5B7101A82E00800000000F0A1@kettleby.com",
            "Kettleby | Panel interview - Maude Bélanger-Côté (People Ops Coordinator)",
            60,
            style="outlook",
            location="Microsoft Teams Meeting",
            attendees=[
                ("Dana Whitcombe", "dana.whitcombe@kettleby.com"),
                ("Martin Lebel", "martin.lebel@kettleby.com"),
                ("Oyin Adeyemi", "oyin.adeyemi@kettleby.com"),
            ],
        ),
    ),
    m(
        "7913",
        "2026-01-20 17:10",
        "Priya Nand <priya.nand@kettleby.com>",
        "Next steps",
        A("interview", KS, KSR, 6, "direct"),
        "Hi Maude,\n\nThanks for your patience. The panel enjoyed meeting you! We're finishing interviews with two other candidates this week and I expect to have an update for you by early February.\n\nPriya",
    ),
    m(
        "7914",
        "2026-02-12 08:40",
        "Maude Bélanger-Côté <maude.bcote@videotron.ca>",
        "Re: Next steps",
        A("confirmation", KS, KSR, 6, "direct"),
        "Hi Priya,\n\nThank you so much for the process so far. I wanted to let you know that I've accepted a position in Quebec City, so I'd like to withdraw my application for the People Operations Coordinator role. Please pass my thanks on to Dana, Martin and Oyin.\n\nAll the best,"
        + SIG,
        st="withdrawn",
        to="Priya Nand <priya.nand@kettleby.com>",
        **reply("7913", "2026-01-20 17:10", "kettleby.com", "Next steps"),
    ),
    m(
        "7915",
        "2026-02-12 10:02",
        "Kettleby Systems Talent Acquisition <kettleby@talent.icims.com>",
        "Your application status has been updated",
        A("confirmation", KS, KSR, 6, "icims"),
        "Hi Maude,\n\nThis email confirms that your application for People Operations Coordinator (Req. 2025-1140) has been withdrawn at your request. If you change your mind, you are welcome to apply to future openings.\n\nTalent Acquisition\nKettleby Systems Inc.",
        st="withdrawn",
    ),
    # --- 10 Studio Pixelune (LinkedIn -> Lever) -------------------------------------------------
    m(
        "7917",
        "2025-10-27 07:55",
        "Maude Bélanger-Côté <maude.bcote@hotmail.com>",
        "TR: Maude, your application was sent to Pixelune",
        A("confirmation", PX, PXR, 10, "linkedin"),
        "Pour mes dossiers.\n\n________________________________\nDe : LinkedIn <jobs-noreply@linkedin.com>\nEnvoyé : 26 octobre 2025 22:48\nÀ : maude.bcote@hotmail.com\nObjet : Maude, your application was sent to Pixelune\n\nYour application was sent to Pixelune\nCoordonnatrice RH / HR Coordinator\nPixelune · Montreal, Quebec, Canada (On-site)\nApplied on Oct 26, 2025",
    ),
    m(
        "7918",
        "2025-11-07 13:14",
        "Jess Thibodeau <jess@pixelune.gg>",
        "Studio Pixelune – premier appel / first call",
        A("interview", PX, PXR, 10, "lever"),
        "Salut Maude! (English below)\n\nMerci pour ta candidature au poste de coordonnatrice RH. J'aimerais planifier un appel de 20 minutes avec toi la semaine prochaine. Choisis un moment ici : https://jobs.lever.co/pixelune/schedule\n\nHi Maude! Thanks for applying. I'd love to set up a 20-minute call next week - pick a slot at the link above.\n\nJess Thibodeau\nPeople & Culture | Studio Pixelune\nSent via Lever",
        sender="Jess Thibodeau <no-reply@hire.lever.co>",
        headers={"X-Mailer": "Lever"},
    ),
    m(
        "7919",
        "2025-11-28 16:33",
        "Studio Pixelune <no-reply@hire.lever.co>",
        "Ta candidature chez Pixelune / Your application to Pixelune",
        A("rejection", PX, PXR, 10, "lever", "fr"),
        "Salut Maude,\n\nUn gros merci pour ton temps et pour notre bel échange. Ta bonne humeur a été remarquée par toute l'équipe!\n\nOn a finalement décidé d'avancer avec une personne qui a déjà de l'expérience en jeu vidéo et en immigration (nos dossiers de permis de travail sont nombreux). Ce n'était pas une décision facile.\n\nOn garde ton profil sous la main et on te souhaite plein de succès.\n\n---\nHi Maude, thank you for your time. We've decided to move forward with another candidate. We'll keep your profile on file.\n\nJess & the Pixelune People team",
    ),
    # --- 13 Brightmoor Analytics (Greenhouse) --------------------------------------------------
    m(
        "7920",
        "2025-11-14 11:09",
        "Brightmoor Analytics <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Brightmoor!",
        A("confirmation", BM, BMR, 13, "greenhouse"),
        "Hi Maude,\n\nThanks for your interest in Brightmoor Analytics! We've received your application for People Coordinator (Bilingual) in Ottawa.\n\nOur team reviews every application, and if there's a fit, we'll be in touch about next steps. If you're not selected for this role, we'll let you know by email.\n\nCheers,\nThe Brightmoor Talent Team",
        reply_to="talent@brightmoor.io",
    ),
    m(
        "7921",
        "2025-12-05 14:27",
        "Brightmoor Talent <talent@brightmoor.io>",
        "Your application to Brightmoor",
        A("rejection", BM, BMR, 13, "greenhouse"),
        "Hi Maude,\n\nThank you for taking the time to apply for the People Coordinator (Bilingual) role. We were genuinely impressed by your bilingual HR coordination background and the care you put into your cover letter.\n\nAfter careful review, we've decided to move forward with candidates whose experience more closely matches the needs of the role at this time, in particular hands-on experience with Ontario employment standards.\n\nWe'd love to stay in touch and encourage you to apply for future openings.\n\nWarmly,\nThe Brightmoor Talent Team\nbrightmoor.ca",
        sender="Brightmoor Talent <no-reply@us.greenhouse-mail.io>",
    ),
    # --- 24 Tessera Cloud (SmartRecruiters) ------------------------------------------------------
    m(
        "7922",
        "2026-01-21 19:33",
        "Tessera Cloud <no-reply@smartrecruiters.com>",
        "Thank you for your application to Tessera Cloud",
        A("confirmation", TC, TCR, 24, "smartrecruiters"),
        html="<p>Dear Maude,</p><p>Thank you for your interest in the <b>Office &amp; HR Administrator (bilingual)</b> position at Tessera Cloud Corp. in Ottawa, ON.</p><p>We will review your application and contact you if your qualifications match our requirements.</p><p>Kind regards,<br>Tessera Cloud Talent Acquisition</p>",
    ),
    m(
        "7923",
        "2026-01-27 09:12",
        "Tessera Cloud <no-reply@smartrecruiters.com>",
        "Next step: one-way video interview",
        A("assessment", TC, TCR, 24, "smartrecruiters"),
        html="<p>Hi Maude,</p><p>Congratulations! You've been selected to complete a short one-way video interview for the Office &amp; HR Administrator (bilingual) role. You'll answer four questions (two in English, two in French), with up to 2 minutes per answer.</p><p>Please complete it by <b>February 3, 2026</b>.</p><p>Tessera Cloud Talent Acquisition</p>",
    ),
    # --- more job alerts, outreach, other -------------------------------------------------------
    m(
        "7924",
        "2025-10-10 09:00",
        GCJ,
        "Avis d'emplois / Job alert – Emplois GC / GC Jobs",
        J("alert", "other", "fr"),
        '(English follows)\n\nDe nouvelles possibilités correspondent à votre avis d\'emploi « AS / CR – Québec, Gatineau, Ottawa » :\n\n- Adjoint(e) administratif(ve) (AS-02) – Patrimoine numérique Canada – Gatineau\n- Agent(e) de soutien aux programmes (CR-05) – Agence canadienne des voies navigables intérieures – Québec\n\n---\nNew opportunities match your job alert "AS / CR – Québec, Gatineau, Ottawa".',
    ),
    m(
        "7925",
        "2026-01-09 09:00",
        GCJ,
        "Avis d'emplois / Job alert – Emplois GC / GC Jobs",
        J("alert", "other", "fr"),
        "(English follows)\n\nDe nouvelles possibilités correspondent à votre avis d'emploi « AS / CR – Québec, Gatineau, Ottawa » :\n\n- Agent(e) de services administratifs (AS-01) – Bureau de l'ombudsman des aînés – Ottawa\n- Commis aux finances (CR-04) – Conseil canadien des normes agroalimentaires – Gatineau\n\n---\nNew opportunities match your job alert.",
    ),
    m(
        "7926",
        "2025-11-11 08:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“hr coordinator”: Kettleby Systems - People Operations Coordinator and more",
        J("alert", "linkedin"),
        html="<p>Your job alert for <b>hr coordinator</b> in <b>Ottawa, Ontario, Canada</b></p><p>People Operations Coordinator · Kettleby Systems · Ottawa (Hybrid)<br>People Coordinator (Bilingual) · Brightmoor Analytics · Ottawa<br>HR Assistant · Lanark Freight · Kanata</p>",
    ),
    m(
        "7927",
        "2026-01-18 08:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“coordonnatrice rh”: Tessera Cloud - Office & HR Administrator and more",
        J("alert", "linkedin"),
        html="<p>Your job alert for <b>coordonnatrice rh</b></p><p>Office &amp; HR Administrator (bilingual) · Tessera Cloud · Ottawa<br>Coordonnatrice RH · Groupe Conseil Lemieux · Québec</p>",
    ),
    m(
        "7928",
        "2025-12-16 12:05",
        "Alex Morrison via LinkedIn <inmail-hit-reply@linkedin.com>",
        "HR Coordinator opportunity - Ottawa scale-up",
        J("outreach", "linkedin", role="HR Coordinator"),
        html="<p>Hi Maude,</p><p>I'm recruiting for a fast-growing Ottawa SaaS company (Series B, ~150 people) looking for a bilingual HR Coordinator. Hybrid, 2 days in office in Kanata. Your profile caught my eye. Open to a quick chat?</p><p>Alex Morrison<br>Principal Recruiter, Northgate Talent Partners</p>",
    ),
    m(
        "7929",
        "2026-03-02 10:14",
        "Dana Whitcombe via LinkedIn <messages-noreply@linkedin.com>",
        "Dana sent you a message",
        J("other_job", "linkedin", co=KS),
        html="<p><b>Dana Whitcombe</b> · Head of People at Kettleby Systems</p><p>Hi Maude – Priya told me your news. Congrats on the new role! If Quebec City ever brings you our way again, my door is open. Dana</p>",
    ),
    m(
        "7930",
        "2025-10-19 11:10",
        "Indeed <indeedapply@indeed.com>",
        "Complete your application to Lanark Freight",
        J("alert", "indeed", co="Lanark Freight", role="HR Assistant"),
        html="<p>Hi Maude,</p><p>You started an application for <b>HR Assistant</b> at Lanark Freight. Finish it now before the job closes.</p>",
    ),
    m(
        "7931",
        "2025-11-17 12:00",
        "Kettleby Systems <careers@kettleby.com>",
        "Welcome to the Kettleby Talent Community",
        J("other_job", "icims", co=KS),
        html="<p>Hi Maude,</p><p>Thanks for joining the Kettleby Talent Community! We'll send you roles that match your interests in People, Operations and Finance.</p><p>Kettleby Systems Inc. · Kanata, Ontario</p>",
        sender="Kettleby Systems <kettleby@talent.icims.com>",
    ),
]

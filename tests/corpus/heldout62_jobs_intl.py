# ruff: noqa: E501
"""Corpus 62, English and French job mail (data only): see heldout62.py."""

from __future__ import annotations

from typing import Any

from heldout62_jobs import ev, m


def A(cat, co, role, app, src, lang="en"):
    return (cat, co, role, app, src, lang)


TW, TWR = "Tulpwerk", "Business Analyst Intern"
VK, VKR = "Vanderkloet", "Graduate Programme – IT & Data"
QB, QBR = "Quillbyte", "Working Student – Growth Analytics"
BM, BMR = "Banque Mosellane", "Stage – Data Governance (H/F)"
LA, LAR = "Lémanique Assurances", "Stagiaire Business Intelligence (80-100 %)"
PV, PVR = "Payvista", "Graduate Programme – Product & Data (Berlin)"
FW, FWR = "Fernway", "Werkstudent Data (f/m/x)"
ZD, ZDR = "Zeevaart Digital", "Graduate Trainee Data & Analytics"
BL, BLR = "Brightloop", "Working Student Operations (f/m/d)"
CA, CAR = "Canalside Analytics", "Data Internship (Spring 2026)"

MAIL: list[dict[str, Any]] = [
    # --- 17 Tulpwerk (Greenhouse) ----------------------------------------------------------------
    m(
        "71101",
        "2025-10-02 16:20",
        "Tulpwerk Talent <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Tulpwerk!",
        A("confirmation", TW, TWR, 17, "greenhouse"),
        "Hi Lena,\n\nThanks for applying for the Business Analyst Intern position at Tulpwerk in "
        "Amsterdam. We've received your application and our team will review it carefully.\n\n"
        "Good to know: our process usually consists of an online assessment, a call with "
        "Talent, and a case interview with the team. We aim to get back to every applicant "
        "within three weeks.\n\nGroetjes,\nTulpwerk Talent Team\n\nTulpwerk B.V. · Keizersgracht "
        "411 · 1016 EK Amsterdam",
    ),
    m(
        "71106",
        "2025-10-06 09:00",
        "Aon Assessment <noreply@assessment.aon.com>",
        "Your online assessment for Tulpwerk",
        A("assessment", TW, TWR, 17, "other"),
        html="<p>Dear Lena Hoffmeister,</p><p>Tulpwerk has invited you to complete an online "
        "assessment as part of your application. It consists of a numerical reasoning test "
        "(scales numerical) and a logical reasoning test (scales lst). Allow about 35 minutes."
        "</p><p>Deadline: <b>12 October 2025</b></p><p><a href='https://candidate.assessment.aon."
        "com/start?p=TLP-BA&c=88120'>Start assessment</a></p><p>Kind regards,<br>Aon Assessment "
        "Solutions</p>",
    ),
    m(
        "71127",
        "2025-10-27 13:41",
        "Tulpwerk Talent <no-reply@us.greenhouse-mail.io>",
        "Your application at Tulpwerk",
        A("rejection", TW, TWR, 17, "greenhouse"),
        "Hi Lena,\n\nThank you for taking the time to complete our assessment and for your "
        "interest in Tulpwerk. Your results were solid and we enjoyed reading your motivation.\n\n"
        "That said, we've decided to move forward with candidates whose profiles match the "
        "requirements of this internship a bit more closely. We know this isn't the news you were "
        "hoping for.\n\nWe wish you the best in your search.\n\nGroetjes,\nTulpwerk Talent Team",
    ),
    # --- 18 Vanderkloet (Workday) ----------------------------------------------------------------
    m(
        "71204",
        "2025-12-04 18:36",
        "Vanderkloet <vanderkloet@myworkday.com>",
        "Application received – Graduate Programme – IT & Data (R-10492)",
        A("confirmation", VK, VKR, 18, "workday"),
        "Dear Lena,\n\nThank you for applying to the Graduate Programme – IT & Data (R-10492) at "
        "Koninklijke Vanderkloet Logistiek N.V.\n\nWe have received your application and will "
        "review it against the requirements of the programme. You can follow the status of your "
        "application in our candidate home at any time.\n\nIf you are not selected for the next "
        "step, we will let you know by e-mail.\n\nKind regards,\nVanderkloet Talent Acquisition\n"
        "Utrecht, the Netherlands",
    ),
    m(
        "71205",
        "2025-12-04 18:30",
        "Vanderkloet <vanderkloet@myworkday.com>",
        "Verify your candidate account",
        ("other_job", VK, None, None, "workday", "en"),
        "Hi Lena,\n\nPlease verify your e-mail address to activate your Vanderkloet candidate "
        "account: https://vanderkloet.wd3.myworkdayjobs.com/verify?t=4a61\n\nThis link expires "
        "in 24 hours.\n\nVanderkloet Careers",
    ),
    m(
        "71211",
        "2025-12-10 10:15",
        "HireVue <noreply@hirevue.com>",
        "Vanderkloet Graduate Programme – video interview invitation",
        A("assessment", VK, VKR, 18, "hirevue"),
        html="<p>Hi Lena,</p><p>Vanderkloet would like you to complete an on-demand video interview "
        "for the <b>Graduate Programme – IT &amp; Data</b>. You will answer 5 questions; each "
        "answer can be up to 3 minutes long. You get one practice question first.</p><p>Please "
        "complete it by <b>17 December 2025</b>.</p><p><a href='https://app.hirevue.com/"
        "interviews/xq1Zv8'>Start interview</a></p><p>Good luck!<br>The Vanderkloet Graduate "
        "Team</p>",
    ),
    m(
        "71239",
        "2026-01-09 15:02",
        "Sanne de Groot <sanne.degroot@vanderkloet.nl>",
        "Invitation: Vanderkloet Graduate Assessment Day, 23 January",
        A("interview", VK, VKR, 18, "direct"),
        "Dear Lena,\n\nCongratulations! Based on your video interview we would like to invite you "
        "to our Graduate Assessment Day at our head office in Utrecht.\n\nDate: Friday 23 January "
        "2026, 09:30–16:00 CET\nLocation: Vanderkloet HQ, Croeselaan 140, Utrecht (10 minutes "
        "from Utrecht Centraal)\n\nThe day includes a group case, a presentation and two "
        "interviews with managers from IT and Supply Chain. We reimburse your train ticket "
        "(2nd class, from Cologne via ICE).\n\nPlease confirm by replying to this e-mail.\n\n"
        "Met vriendelijke groet / Kind regards,\nSanne de Groot\nGraduate Recruiter | "
        "Vanderkloet",
        ics=ev(
            "040000008200E00074C5B7101A82E008VKAD20260123@vanderkloet.nl",
            "2026-01-23 09:30:00 +0100",
            "Vanderkloet Graduate Assessment Day",
            ("Sanne de Groot", "sanne.degroot@vanderkloet.nl"),
            minutes=390,
            style="outlook",
            location="Vanderkloet HQ, Croeselaan 140, Utrecht",
        ),
    ),
    m(
        "71251",
        "2026-01-29 17:20",
        "Sanne de Groot <sanne.degroot@vanderkloet.nl>",
        "Vanderkloet Graduate Programme – outcome",
        A("rejection", VK, VKR, 18, "direct"),
        "Dear Lena,\n\nThank you for joining us in Utrecht last Friday. It was a pleasure to meet "
        "you, and the assessors were positive about your presentation on warehouse data quality."
        "\n\nAfter comparing all candidates, we regret to tell you that we won't be offering you a "
        "place in this year's programme. The decision came down to small differences, mainly in "
        "Dutch language skills for the operational rotations.\n\nWe'd be happy to keep in touch "
        "and wish you every success.\n\nKind regards,\nSanne de Groot",
    ),
    # --- 19 Quillbyte (Ashby) --------------------------------------------------------------------
    m(
        "71011",
        "2025-09-03 20:02",
        "Quillbyte <no-reply@ashbyhq.com>",
        "Thanks for applying to Quillbyte",
        A("confirmation", QB, QBR, 19, "ashby"),
        "Hi Lena,\n\nThanks for applying to the Working Student – Growth Analytics role at "
        "Quillbyte! We read every application ourselves (no robots, promise) and will get back "
        "to you within two weeks.\n\nCheers,\nThe Quillbyte team\nBerlin, Kreuzberg",
    ),
    m(
        "71017",
        "2025-09-09 11:11",
        "Quillbyte <no-reply@ashbyhq.com>",
        "Quick update from Quillbyte",
        A("rejection", QB, QBR, 19, "ashby"),
        "Hi Lena,\n\nThanks again for your interest in Quillbyte. We've had a huge number of "
        "applications for this role, and after reviewing yours we've decided not to move forward "
        "at this time. Since the role is based in Berlin with 3 office days, we're prioritising "
        "candidates who already live there.\n\nWe wish you lots of success!\nThe Quillbyte team",
    ),
    # --- 20 Banque Mosellane (Taleo, French) -----------------------------------------------------
    m(
        "71202",
        "2025-10-08 10:34",
        "Banque Mosellane - Recrutement <noreply@taleo.net>",
        "Accusé de réception de votre candidature – Stage Data Governance (H/F)",
        A("confirmation", BM, BMR, 20, "taleo", "fr"),
        "Madame,\n\nNous accusons réception de votre candidature au poste de Stage – Data "
        "Governance (H/F) (réf. 2500418) et vous remercions de l'intérêt que vous portez à la "
        "Banque Mosellane.\n\nVotre dossier sera étudié avec la plus grande attention. Si votre "
        "profil correspond à nos besoins, nous vous contacterons dans les meilleurs délais. Dans "
        "le cas contraire, nous vous en informerons par e-mail.\n\nNous vous prions d'agréer, "
        "Madame, nos salutations distinguées.\n\nLe service Recrutement\nBanque Mosellane S.A. · "
        "14, boulevard Royal · L-2449 Luxembourg",
    ),
    m(
        "71228",
        "2025-10-29 09:12",
        "Élodie Marx <elodie.marx@banquemosellane.lu>",
        "Entretien – Stage Data Governance",
        A("interview", BM, BMR, 20, "direct", "fr"),
        "Bonjour Madame Hoffmeister,\n\nSuite à l'examen de votre candidature, nous avons le "
        "plaisir de vous proposer un entretien par visioconférence (Teams) avec Monsieur Weis, "
        "responsable Data Office, et moi-même le mardi 4 novembre à 10h00.\n\nL'entretien se "
        "déroulera en français et en anglais, environ 45 minutes. Vous trouverez l'invitation "
        "ci-jointe.\n\nBien cordialement,\nÉlodie Marx\nChargée de recrutement\nBanque Mosellane",
        ics=ev(
            "040000008200E00074C5B7101A82E008BMLU20251104@banquemosellane.lu",
            "2025-11-04 10:00:00 +0100",
            "Entretien stage Data Governance – L. Hoffmeister",
            ("Élodie Marx", "elodie.marx@banquemosellane.lu"),
            minutes=45,
            style="outlook",
            location="Réunion Microsoft Teams",
        ),
    ),
    m(
        "71243",
        "2025-11-14 15:50",
        "Banque Mosellane - Recrutement <noreply@taleo.net>",
        "Votre candidature à la Banque Mosellane",
        A("rejection", BM, BMR, 20, "taleo", "fr"),
        "Madame,\n\nNous vous remercions pour l'entretien que vous nous avez accordé et pour "
        "l'intérêt que vous portez à notre établissement.\n\nAprès une étude attentive, nous "
        "sommes au regret de vous informer que nous ne pouvons pas donner une suite favorable à "
        "votre candidature. Votre profil a néanmoins retenu toute notre attention et nous nous "
        "permettons de conserver votre dossier.\n\nNous vous souhaitons plein succès dans vos "
        "recherches.\n\nLe service Recrutement\nBanque Mosellane S.A.",
    ),
    # --- 21 Lémanique Assurances (SmartRecruiters, French), ghosted + forwarded -------------------
    m(
        "71209",
        "2025-10-09 21:47",
        "Lémanique Assurances <noreply@smartrecruiters.com>",
        "Merci pour votre candidature chez Lémanique Assurances",
        A("confirmation", LA, LAR, 21, "smartrecruiters", "fr"),
        html="<p>Bonjour Lena,</p><p>Merci d'avoir postulé au poste de <b>Stagiaire Business "
        "Intelligence (80-100 %)</b> à Lausanne. Nous avons bien reçu votre dossier.</p><p>Notre "
        "équipe RH l'étudiera avec attention. Malheureusement, en raison du grand nombre de "
        "candidatures, nous ne pourrons répondre qu'aux personnes retenues pour un entretien.</p>"
        "<p>Meilleures salutations,<br>Ressources humaines<br>Lémanique Assurances SA</p>",
    ),
    m(
        "71210",
        "2025-10-10 08:02",
        "Lena Hoffmeister <lena.hoffmeister@posteo.de>",
        "TR: Merci pour votre candidature chez Lémanique Assurances",
        A("confirmation", LA, LAR, 21, "smartrecruiters", "fr"),
        "Hi Mama, das ist die Stelle in Lausanne, von der ich erzählt hab – drück die Daumen!\n\n"
        "---------- Message transféré ---------\nDe : Lémanique Assurances <noreply@"
        "smartrecruiters.com>\nDate : jeu. 9 oct. 2025 à 21:47\nObjet : Merci pour votre "
        "candidature chez Lémanique Assurances\n\nBonjour Lena,\n\nMerci d'avoir postulé au poste "
        "de Stagiaire Business Intelligence (80-100 %) à Lausanne. Nous avons bien reçu votre "
        "dossier.\n\nMeilleures salutations,\nRessources humaines\nLémanique Assurances SA",
    ),
    # --- 22 Payvista (Workday tenant of Norrbridge Group) ----------------------------------------
    m(
        "71301",
        "2025-12-05 12:44",
        "Norrbridge Group <norrbridge@myworkday.com>",
        "Thank you for your application",
        A("confirmation", PV, PVR, 22, "workday"),
        "Dear Lena,\n\nThank you for your interest in joining Payvista, part of Norrbridge Group. "
        "We confirm that we have received your application for Graduate Programme – Product & "
        "Data (Berlin) (JR-22871).\n\nOur team is reviewing applications on a rolling basis. "
        "Unfortunately we are not able to give individual feedback at this stage of the process."
        "\n\nBest regards,\nNorrbridge Group Talent Acquisition",
    ),
    m(
        "71313",
        "2025-12-12 09:55",
        "Kim Verhoeven <kim.verhoeven@norrbridge.com>",
        "Payvista Graduate Programme – intro call",
        A("interview", PV, PVR, 22, "direct"),
        "Hi Lena,\n\nI'm the recruiter for the Payvista Graduate Programme and I'd love to set up "
        "a 30-minute intro call to get to know you and tell you more about the programme "
        "(three 6-month rotations across Product, Data and Risk in Berlin and Amsterdam).\n\n"
        "I've sent an invite for Tuesday 16 December at 14:00 CET via Teams. Let me know if that "
        "doesn't work.\n\nBest,\nKim Verhoeven\nEarly Careers Recruiter\nNorrbridge Group | Payvista "
        "· Tikkie Lane? no – Stadhouderskade 55, Amsterdam",
        ics=ev(
            "040000008200E00074C5B7101A82E008NBG1216@norrbridge.com",
            "2025-12-16 14:00:00 +0100",
            "Payvista Graduate Programme – Intro call (Lena Hoffmeister)",
            ("Kim Verhoeven", "kim.verhoeven@norrbridge.com"),
            minutes=30,
            style="outlook",
            location="Microsoft Teams Meeting",
        ),
    ),
    m(
        "71331",
        "2026-01-08 16:10",
        "Norrbridge Group <norrbridge@myworkday.com>",
        "An update on your application",
        A("rejection", PV, PVR, 22, "workday"),
        "Dear Lena,\n\nThank you for your continued interest in Payvista and for speaking with "
        "our team.\n\nWe received a record number of applications for this year's Graduate "
        "Programme. After careful consideration we will not be progressing your application "
        "further.\n\nWe encourage you to keep an eye on our careers site for future "
        "opportunities.\n\nBest regards,\nNorrbridge Group Talent Acquisition",
    ),
    # --- 23 Fernway (Greenhouse), ghosted --------------------------------------------------------
    m(
        "71031",
        "2025-09-05 10:27",
        "Fernway Hiring <no-reply@us.greenhouse-mail.io>",
        "Fernway – we got your application",
        A("confirmation", FW, FWR, 23, "greenhouse"),
        html="<p>Hey Lena,</p><p>Thanks for your application for <b>Werkstudent Data (f/m/x)</b>. "
        "We're a small team, so it may take us a bit to get through everything.</p><p>If you're "
        "not selected to move forward, unfortunately we can't always reply personally – but we "
        "try!</p><p>The Fernway Team 🌿</p>",
    ),
    # --- 24 Zeevaart Digital (Recruitee) ---------------------------------------------------------
    m(
        "71401",
        "2025-12-09 11:05",
        "Zeevaart Digital <zeevaartdigital@recruitee.com>",
        "Application received: Graduate Trainee Data & Analytics",
        A("confirmation", ZD, ZDR, 24, "recruitee"),
        "Hi Lena,\n\nThanks for applying for the Graduate Trainee Data & Analytics position at "
        "Zeevaart Digital in Rotterdam! We'll review your application and get back to you within "
        "10 working days.\n\nFijne dag,\nThe Zeevaart Digital team",
    ),
    m(
        "71409",
        "2025-12-17 14:30",
        "Femke Jansen <femke@zeevaartdigital.nl>",
        "Interview Zeevaart Digital – Graduate Trainee",
        A("interview", ZD, ZDR, 24, "direct"),
        "Hi Lena,\n\nThanks for your application! We'd like to invite you for a first interview "
        "with me and our Lead Data Engineer, Bram. It'll be a relaxed 45-minute conversation "
        "over Teams.\n\nWould Friday 19 December at 11:00 work for you?\n\nGroeten,\nFemke Jansen"
        "\nPeople Partner | Zeevaart Digital\nWilhelminakade 90, Rotterdam",
    ),
    m(
        "71423",
        "2026-01-16 10:20",
        "Zeevaart Digital <zeevaartdigital@recruitee.com>",
        "About your application at Zeevaart Digital",
        A("rejection", ZD, ZDR, 24, "recruitee"),
        "Hi Lena,\n\nThanks for talking to us in December and for your patience over the "
        "holidays. Unfortunately, we've decided to continue with another candidate for the "
        "Graduate Trainee Data & Analytics role.\n\nWe really appreciated your energy and wish you "
        "all the best!\n\nFemke & the Zeevaart Digital team",
    ),
    # --- 25 Brightloop (Teamtailor), withdrawn ---------------------------------------------------
    m(
        "71021",
        "2025-09-04 09:14",
        "Brightloop <no-reply@teamtailor-mail.com>",
        "Thanks for applying, Lena!",
        A("confirmation", BL, BLR, 25, "teamtailor"),
        html="<p>Hi Lena,</p><p>Thanks for applying for Working Student Operations (f/m/d) at "
        "Brightloop! We've received your application and someone from our team will review it "
        "soon.</p><p>Best,<br>Brightloop People Team</p><p style='font-size:11px'>Brightloop GmbH, "
        "Torstraße 140, 10119 Berlin · Sent with Teamtailor</p>",
    ),
    m(
        "71025",
        "2025-09-15 15:22",
        "Ole Behrendt <ole.behrendt@brightloop.io>",
        "Brightloop – let's talk?",
        A("interview", BL, BLR, 25, "direct"),
        "Hi Lena,\n\nThanks for your application – I'd love to have a first chat about the "
        "Working Student Operations role. The role is remote-first, so Cologne is totally "
        "fine.\n\nCould you pick a slot here? https://calendly.com/ole-brightloop/first-chat\n\n"
        "Best,\nOle\nOps Lead, Brightloop",
    ),
    m(
        "71029",
        "2025-09-24 09:48",
        "Ole Behrendt <ole.behrendt@brightloop.io>",
        "Re: Withdrawing my application",
        A("confirmation", BL, BLR, 25, "direct"),
        "Hi Lena,\n\nThanks for letting me know, and congrats on the new role! I've withdrawn "
        "your application on our side. Best of luck at Lumensa.\n\nOle\n\nOn Tue, 23 Sep 2025 at "
        "20:30, Lena Hoffmeister <lena.hoffmeister@posteo.de> wrote:\n> Hi Ole,\n> thanks a lot "
        "for the invitation. I've just accepted a working student offer in Cologne, so I'd like "
        "to withdraw my application before we schedule the chat.\n> Best, Lena",
        st="withdrawn",
    ),
    # --- 26 Canalside Analytics (Workable) -------------------------------------------------------
    m(
        "71501",
        "2025-11-10 13:08",
        "Canalside Analytics <noreply@candidates.workablemail.com>",
        "Canalside Analytics: we have received your application",
        A("confirmation", CA, CAR, 26, "workable"),
        "Dear Lena,\n\nThank you for your interest in Canalside Analytics. We have received your "
        "application for the Data Internship (Spring 2026) position and will review it shortly.\n"
        "\nKind regards,\nCanalside Analytics Hiring Team\n\nPowered by Workable",
    ),
    m(
        "71514",
        "2025-11-25 09:33",
        "Canalside Analytics <noreply@candidates.workablemail.com>",
        "Your application for Data Internship (Spring 2026)",
        A("rejection", CA, CAR, 26, "workable"),
        "Dear Lena,\n\nThank you for applying for the Data Internship (Spring 2026) with "
        "Canalside Analytics. We appreciate the time you took.\n\nAfter reviewing your profile, "
        "we have decided not to proceed with your application, as we require interns to be "
        "enrolled at a Dutch university for the internship agreement.\n\nWe wish you every "
        "success.\n\nCanalside Analytics Hiring Team",
    ),
    # --- English alerts and outreach -------------------------------------------------------------
    m(
        "71901",
        "2025-09-07 17:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“working student data”: 9 new jobs in Berlin",
        ("alert", None, None, None, "linkedin", "en"),
        html="<p>Your job alert for working student data in Berlin</p><ul><li>Working Student "
        "Data Analytics – Quillbyte – Berlin</li><li>Werkstudent Data (f/m/x) – Fernway – "
        "Berlin</li><li>Working Student BI – Parcelo – Remote</li></ul><p>See all jobs</p>",
    ),
    m(
        "71902",
        "2025-12-03 17:00",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“graduate programme”: new jobs in Netherlands",
        ("alert", None, None, None, "linkedin", "en"),
        html="<p>Graduate Programme – IT &amp; Data – Vanderkloet – Utrecht</p><p>Graduate "
        "Trainee Data &amp; Analytics – Zeevaart Digital – Rotterdam</p><p>Graduate Programme – "
        "Product &amp; Data – Payvista – Berlin (Hybrid)</p><p>See all jobs</p>",
    ),
    m(
        "71903",
        "2025-12-02 12:18",
        "Ruben Mulder <ruben@tallgrassrecruitment.nl>",
        "Data graduate roles in Amsterdam – open to a chat?",
        ("outreach", None, "Junior Data Analyst", None, "agency", "en"),
        "Hi Lena,\n\nI came across your profile on LinkedIn and wanted to reach out. I'm working "
        "with a fast-growing scale-up in Amsterdam (mobility sector) that is hiring two Junior "
        "Data Analysts to start in spring. English-speaking team, relocation support and a 30 % "
        "ruling eligible salary.\n\nWould you be open to a quick call this week?\n\nCheers,\n"
        "Ruben Mulder\nSenior Consultant | Tallgrass Recruitment\nAmsterdam",
    ),
    m(
        "71904",
        "2025-12-04 09:41",
        "Ruben Mulder <ruben@tallgrassrecruitment.nl>",
        "Automatic reply: Data graduate roles in Amsterdam – open to a chat?",
        ("other_job", None, None, None, "agency", "en"),
        "Hi, thanks for your e-mail! I'm at a client offsite today and tomorrow with limited "
        "access to e-mail. I'll get back to you on Monday.\n\nRuben",
    ),
    m(
        "71905",
        "2026-02-02 08:00",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "New jobs in Berlin that match your profile",
        ("alert", None, None, None, "other", "en"),
        html='<p>Hey Lena, 6 new jobs match your search "Junior Product Analyst".</p><p>Fernway · '
        "Brightloop · Quillbyte · ...</p><p>Discover</p>",
    ),
]

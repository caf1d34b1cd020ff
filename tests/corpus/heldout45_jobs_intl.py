# ruff: noqa: E501
"""Corpus 45, English-language applications and the job mail around them (alerts, outreach,
talent communities, portal codes, auto-replies). See heldout45.py."""

from __future__ import annotations

from typing import Any

from heldout45_jobs import ev, m, re

FIN = "Finwerk"
MON = "Moneta"

MAIL: list[dict[str, Any]] = [
    # --- 3 / 4 Finwerk, two roles (Greenhouse) ----------------------------------------------
    m(
        401,
        "2025-10-08 14:02",
        "Finwerk Recruiting <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Finwerk",
        ("confirmation", FIN, "UX Researcher", 3, "greenhouse", "en"),
        "Hi Mara,\n\nThank you for your interest in Finwerk! We wanted to let you know we received "
        "your application for UX Researcher, and we are delighted that you would consider joining "
        "our team.\n\nOur team will review your application and will be in touch if your "
        "qualifications match our needs for the role.\n\nBest,\nFinwerk Talent Acquisition",
    ),
    m(
        402,
        "2025-10-08 14:19",
        "Finwerk Recruiting <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Finwerk",
        ("confirmation", FIN, "Content Designer", 4, "greenhouse", "en"),
        "Hi Mara,\n\nThank you for your interest in Finwerk! We've received your application for "
        "Content Designer (German & English).\n\nWe'll take a careful look and get back to you as "
        "soon as we can.\n\nBest,\nFinwerk Talent Acquisition",
    ),
    m(
        403,
        "2025-10-21 10:05",
        "Priya Raman <priya.raman@finwerk.example>",
        "Finwerk – UX Researcher: let's talk",
        ("interview", FIN, "UX Researcher", 3, "direct", "en"),
        "Hi Mara,\n\nI'm a recruiter at Finwerk and I'd love to set up a 30 min intro call about "
        "the UX Researcher role. I've sent a calendar invite for Monday 27 Oct at 16:30 CET – let "
        "me know if it doesn't work.\n\nBest,\nPriya\n\nPriya Raman | Talent Partner, Product & "
        "Design | Finwerk",
        ics=ev(
            "fw-intro-ux-8c21@google.com",
            "2025-10-27 16:30",
            "Intro call: Mara Lindqvist-Okafor <> Finwerk",
            ("Priya Raman", "priya.raman@finwerk.example"),
            30,
            location="https://meet.google.com/fwk-intr-oux",
        ),
    ),
    m(
        404,
        "2025-10-24 08:15",
        "Finwerk Recruiting <no-reply@us.greenhouse-mail.io>",
        "Your application to Finwerk",
        ("rejection", FIN, "Content Designer", 4, "greenhouse", "en"),
        "Hi Mara,\n\nThank you for taking the time to apply for the Content Designer (German & "
        "English) position. We've reviewed your application and, while your background is "
        "impressive, we have decided to move forward with candidates whose experience more "
        "closely aligns with the needs of this role.\n\nWe encourage you to keep an eye on our "
        "careers page.\n\nBest regards,\nFinwerk Talent Acquisition",
    ),
    m(
        405,
        "2025-11-06 19:30",
        "Finwerk Recruiting <no-reply@us.greenhouse-mail.io>",
        "Finwerk - UX Researcher",
        ("rejection", FIN, "UX Researcher", 3, "greenhouse", "en"),
        "Hi Mara,\n\nThanks again for speaking with Priya and the team. We enjoyed learning about "
        "your mixed-methods work.\n\nAfter a lot of consideration we've decided not to move "
        "forward with your candidacy at this time. This was a tough call.\n\nWishing you all the "
        "best,\nFinwerk Talent Acquisition",
    ),
    # --- 11 / 12 Moneta, rejection then re-application (Workable) ----------------------------
    m(
        411,
        "2025-10-02 11:40",
        "Moneta <noreply@candidates.workablemail.com>",
        "Thanks for applying to Moneta",
        ("confirmation", MON, "UX Researcher", 11, "workable", "en"),
        "Hi Mara,\n\nThanks for applying for the UX Researcher role at Moneta. Your application "
        "has been received and we will review it right away.\n\nIf you would like to be "
        "considered for other roles, just reply to this email.\n\nThanks again,\nMoneta\n\n"
        "Sent with Workable",
    ),
    m(
        412,
        "2025-10-16 15:02",
        "Moneta <noreply@candidates.workablemail.com>",
        "Regarding your application",
        ("rejection", MON, "UX Researcher", 11, "workable", "en"),
        "Hi Mara,\n\nThank you for your interest in the UX Researcher position at Moneta. We "
        "received many applications and after careful review we have decided to proceed with "
        "other candidates at this time.\n\nWe will keep your details on file.\n\nKind regards,\n"
        "Moneta Hiring Team",
    ),
    m(
        413,
        "2026-02-03 09:58",
        "Moneta <noreply@candidates.workablemail.com>",
        "Thanks for applying to Moneta",
        ("confirmation", MON, "UX Researcher", 12, "workable", "en"),
        "Hi Mara,\n\nThanks for applying for the UX Researcher (Payments) role at Moneta. We've "
        "received your application and our team will get back to you soon.\n\nThanks again,\n"
        "Moneta\n\nSent with Workable",
    ),
    m(
        414,
        "2026-02-17 12:12",
        "Nils Hagedorn <nils@moneta-app.example>",
        "Moneta – Interview UX Researcher",
        ("interview", MON, "UX Researcher", 12, "direct", "de"),
        "Hey Mara,\n\nschön, dass du dich nochmal bei uns beworben hast – seit Oktober hat sich "
        "bei uns einiges getan, und wir suchen jetzt gezielt für das Payments-Team. Hättest du "
        "nächste Woche Zeit für ein Gespräch? Ich schlage Mittwoch, 25.2., 13 Uhr vor.\n\nVG Nils\n"
        "Research Lead, Moneta",
    ),
    m(
        415,
        "2026-02-18 08:03",
        "Nils Hagedorn <nils@moneta-app.example>",
        "Re: Moneta – Interview UX Researcher",
        ("interview", MON, "UX Researcher", 12, "direct", "de"),
        "Top, dann Mittwoch 13 Uhr. Link: https://meet.google.com/mon-eta-uxr\n\nNils\n\n> Passt "
        "mir, danke!",
        **re(414),
    ),
    # --- 15 Orbital Health (Lever) -----------------------------------------------------------
    m(
        421,
        "2025-10-30 16:44",
        "Orbital Health <no-reply@hire.lever.co>",
        "Thanks for your application to Orbital Health",
        ("confirmation", "Orbital Health", "Senior UX Researcher (Remote, EU)", 15, "lever", "en"),
        "Hi Mara,\n\nThanks for your interest in Orbital Health and for applying to the Senior UX "
        "Researcher (Remote, EU) position. We've received your application and our team is "
        "reviewing it.\n\nWarmly,\nThe Orbital Health Team",
    ),
    m(
        422,
        "2025-11-24 10:30",
        "Orbital Health <no-reply@hire.lever.co>",
        "Following up on your application",
        ("rejection", "Orbital Health", "Senior UX Researcher (Remote, EU)", 15, "lever", "en"),
        "Hi Mara,\n\nThank you so much for your patience while we reviewed applications for this "
        "role. Unfortunately, we won't be moving forward with your application. We know this "
        "isn't the news you were hoping for.\n\nWe're grateful you thought of Orbital Health and "
        "hope our paths cross again.\n\nWarmly,\nThe Orbital Health Team",
    ),
    # --- 16 Quantwerk (Greenhouse): confirmation that says "unfortunately", ghosted ----------
    m(
        431,
        "2025-11-13 13:13",
        "Quantwerk <no-reply@us.greenhouse-mail.io>",
        "We've received your application – Quantwerk",
        ("confirmation", "Quantwerk", "Product Designer, Data Tools", 16, "greenhouse", "en"),
        "Hi Mara,\n\nThanks for applying for Product Designer, Data Tools at Quantwerk!\n\n"
        "We're a small team and unfortunately we can't respond personally to every applicant. "
        "If we'd like to move forward, you'll hear from us within three weeks. If not, please "
        "know that we truly appreciate your interest.\n\nAll the best,\nQuantwerk People Ops",
    ),
    # --- 17 Vireo Mobility (SmartRecruiters) -------------------------------------------------
    m(
        441,
        "2025-11-18 07:31",
        "Vireo Mobility <no-reply@smartrecruiters.com>",
        "Vireo Mobility: Application received",
        (
            "confirmation",
            "Vireo Mobility",
            "Product Designer – Driver App",
            17,
            "smartrecruiters",
            "en",
        ),
        "Dear Mara,\n\nThank you for applying for the Product Designer – Driver App position at "
        "Vireo Mobility. We have received your application and will review it shortly.\n\nYou "
        "can track your application status at any time in your SmartRecruiters candidate "
        "profile.\n\nKind regards,\nVireo Mobility Talent Acquisition",
    ),
    m(
        442,
        "2025-12-01 14:50",
        "Vireo Mobility <no-reply@smartrecruiters.com>",
        "Next step: design exercise for Product Designer – Driver App",
        (
            "assessment",
            "Vireo Mobility",
            "Product Designer – Driver App",
            17,
            "smartrecruiters",
            "en",
        ),
        "Dear Mara,\n\nWe'd like to invite you to the next step: a take-home design exercise. You "
        "will find the brief attached – redesigning the shift-handover flow for our drivers. "
        "Please spend no more than 4 hours and submit via the link below by 10 December.\n\n"
        "https://jobs.smartrecruiters.com/VireoMobility/assessment/7431\n\nKind regards,\nVireo "
        "Mobility Talent Acquisition",
        attach=[("Vireo_Design_Exercise_Brief.pdf", "application/pdf", "%PDF-1.4 brief")],
    ),
    m(
        443,
        "2025-12-19 11:20",
        "Vireo Mobility <no-reply@smartrecruiters.com>",
        "Your application with Vireo Mobility",
        (
            "rejection",
            "Vireo Mobility",
            "Product Designer – Driver App",
            17,
            "smartrecruiters",
            "en",
        ),
        "Dear Mara,\n\nThank you for completing the design exercise – the reviewers appreciated "
        "your research-led approach. Regrettably, we have decided to progress with other "
        "candidates for this position.\n\nWe wish you every success.\n\nVireo Mobility Talent "
        "Acquisition",
    ),
    # --- 18 Sprout Labs (Wellfound) ---------------------------------------------------------
    m(
        451,
        "2025-10-19 22:05",
        "Wellfound <team@hi.wellfound.com>",
        "Your application to Sprout Labs was sent",
        ("confirmation", "Sprout Labs", "Founding Product Designer", 18, "wellfound", "en"),
        "Hi Mara,\n\nYour application to Sprout Labs for Founding Product Designer has been sent. "
        "We'll let you know when they respond.\n\nTip: candidates who send a personal note get "
        "2x more replies.\n\n— The Wellfound Team",
    ),
    m(
        452,
        "2025-10-23 18:47",
        "Ade Okonjo <ade@sproutlabs.example>",
        "Sprout Labs <> Mara",
        ("interview", "Sprout Labs", "Founding Product Designer", 18, "direct", "en"),
        "Hey Mara,\n\nAde here, co-founder of Sprout. Loved your note on Wellfound. Want to jump "
        "on a 20 min call this week? Thu or Fri after 3pm Berlin time works for me.\n\nAde\n\n"
        "Sent from Superhuman",
    ),
    m(
        453,
        "2025-11-04 09:12",
        "Ade Okonjo <ade@sproutlabs.example>",
        "Re: Sprout Labs <> Mara",
        ("rejection", "Sprout Labs", "Founding Product Designer", 18, "direct", "en"),
        "Hey Mara,\n\nwanted to close the loop – we've decided to bring on someone with more "
        "visual/brand experience for this first design hire. Genuinely enjoyed our chat and "
        "would love to stay in touch as we grow.\n\nAll the best,\nAde",
        **re(452),
    ),
    # --- 19 Carebridge (LinkedIn Easy Apply), viewed then ghosted ---------------------------
    m(
        461,
        "2025-11-08 10:26",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Mara, your application was sent to Carebridge",
        ("confirmation", "Carebridge", "UX Researcher", 19, "linkedin", "en"),
        html="<html><body><p>Your application was sent to Carebridge</p><table><tr><td><b>UX "
        "Researcher</b><br>Carebridge · Berlin, Germany (Hybrid)</td></tr></table><p>Applied on "
        "November 8, 2025</p><p><a href='https://www.linkedin.com/jobs/view/4120987765/'>View "
        "job</a></p><p style='font-size:11px'>This email was intended for Mara Lindqvist-Okafor "
        "(UX Researcher & Product Designer). © 2025 LinkedIn Corporation, 1000 West Maude "
        "Avenue, Sunnyvale, CA 94085.</p></body></html>",
    ),
    m(
        462,
        "2025-11-12 15:03",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Carebridge",
        ("viewed", "Carebridge", "UX Researcher", 19, "linkedin", "en"),
        html="<html><body><p>Mara, your application was viewed by Carebridge.</p><p><b>UX "
        "Researcher</b> · Carebridge · Berlin</p><p>Tip: Keep applying. Members who apply to "
        "multiple jobs are more likely to get hired.</p><p><a href='https://www.linkedin.com/"
        "jobs/view/4120987765/'>View job</a></p></body></html>",
    ),
    # --- 20 Mietwise (LinkedIn, then Personio) ----------------------------------------------
    m(
        471,
        "2025-12-04 21:40",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Mara, your application was sent to Mietwise",
        ("confirmation", "Mietwise", "Product Designer", 20, "linkedin", "en"),
        html="<html><body><p>Your application was sent to Mietwise</p><p><b>Product "
        "Designer</b><br>Mietwise · Berlin (Remote)</p><p>Applied on December 4, 2025</p>"
        "</body></html>",
    ),
    m(
        472,
        "2025-12-22 10:02",
        "Mietwise Team <noreply@personio.de>",
        "Absage: Product Designer",
        ("rejection", "Mietwise", "Product Designer", 20, "personio", "de"),
        "Liebe Mara,\n\nvielen Dank für dein Interesse an Mietwise. Wir haben uns intensiv mit "
        "deiner Bewerbung auseinandergesetzt und uns am Ende für eine andere Person entschieden.\n\n"
        "Wir wünschen dir schöne Feiertage und alles Gute!\nDein Mietwise Team",
    ),
    # --- 26 Wayfarer Labs (Ashby), ghosted after the challenge -------------------------------
    m(
        481,
        "2026-01-14 12:40",
        "Wayfarer Labs <no-reply@ashbyhq.com>",
        "Application received – UX Research Lead",
        ("confirmation", "Wayfarer Labs", "UX Research Lead", 26, "ashby", "en"),
        "Hi Mara,\n\nThanks for applying to the UX Research Lead role at Wayfarer Labs! We've got "
        "your application and will review it over the next week or so.\n\nBest,\nWayfarer Labs "
        "Recruiting",
    ),
    m(
        482,
        "2026-01-22 17:05",
        "Wayfarer Labs <no-reply@ashbyhq.com>",
        "Schedule your interview with Wayfarer Labs",
        ("interview", "Wayfarer Labs", "UX Research Lead", 26, "ashby", "en"),
        "Hi Mara,\n\nThe team would like to meet you! Please pick a time for a 45 minute "
        "conversation with Hannah Cole (VP Product) using the link below:\n\n"
        "https://jobs.ashbyhq.com/wayfarer-labs/interviews/self-schedule/2f9e\n\nBest,\nWayfarer "
        "Labs Recruiting",
    ),
    m(
        483,
        "2026-02-02 09:44",
        "Hannah Cole <hannah@wayfarerlabs.example>",
        "Research challenge – Wayfarer Labs",
        ("assessment", "Wayfarer Labs", "UX Research Lead", 26, "direct", "en"),
        "Hi Mara,\n\nGreat talking last week. As promised, here's the research challenge: plan a "
        "discovery study for group-trip booking across three markets. A one-pager and a 15 min "
        "walkthrough is plenty. Any time in the next 10 days works.\n\nCheers,\nHannah",
    ),
    # --- alerts, talent communities, outreach, other job mail --------------------------------
]

MAIL += [
    m(
        502,
        "2025-10-05 07:02",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "„UX Researcher“: Berlin – 14 neue Jobs",
        ("alert", None, None, None, "linkedin", "de"),
        html="<html><body><h3>Ihre Jobbenachrichtigung für UX Researcher in Berlin</h3><ul>"
        "<li><b>UX Researcher</b> – Carebridge – Berlin (Hybrid)</li><li><b>Senior User "
        "Researcher</b> – Nordfracht Logistik – Berlin</li><li><b>Mixed Methods Researcher</b> – "
        "Tandemtal – Remote</li></ul><p><a href='https://www.linkedin.com/jobs/search/'>Alle Jobs "
        "ansehen</a></p><p>Sie erhalten diese E-Mail, weil Sie Jobbenachrichtigungen aktiviert "
        "haben. Abmelden</p></body></html>",
    ),
    m(
        503,
        "2025-11-02 08:15",
        "StepStone Jobagent <jobagent@stepstone.de>",
        '5 neue Jobs für "Product Designer" in Berlin',
        ("alert", None, None, None, "other", "de"),
        "Hallo Mara,\n\ndein Jobagent hat neue Treffer gefunden:\n\n- Product Designer (m/w/d) – "
        "Mietwise – Berlin\n- UI/UX Designer – Baukraft Software – Potsdam\n- Product Designer "
        "E-Commerce – Lindenhof Retail – Berlin\n\nAlle Treffer ansehen: https://www.stepstone.de/"
        "jobagent\n\nDein StepStone Team",
    ),
    m(
        504,
        "2025-11-23 06:45",
        "karriere.at Jobalarm <jobalarm@karriere.at>",
        "Neue Jobs: UX Design in Wien",
        ("alert", None, None, None, "other", "de"),
        'Guten Morgen!\n\nFür Ihren Jobalarm "UX Design, Wien" gibt es 7 neue Stellen, darunter:\n'
        "• Product Designer:in – Donauwelle Medien GmbH\n• UX/UI Designer (m/w/d) – Ferngrün "
        "Energie GmbH\n• Service Designer:in – Österreichische Bundesbahnen-Tochter\n\nIhr "
        "karriere.at Team",
    ),
    m(
        505,
        "2025-12-07 09:00",
        "jobs.ch <jobabo@jobs.ch>",
        "Ihr Job-Abo: 4 neue Stellen «UX Researcher»",
        ("alert", None, None, None, "other", "de"),
        "Guten Tag\n\nEs gibt neue Stellen zu Ihrem Suchabo «UX Researcher, Zürich»:\n\n"
        "UX Researcher 80–100 % – Bergwerk Software AG, Zug\nSenior UX Designer – Limmatblick "
        "Digital AG, Zürich\n\nFreundliche Grüsse\nIhr jobs.ch-Team",
    ),
    m(
        506,
        "2026-01-11 07:30",
        "XING Stellenmarkt <mailrobot@mail.xing.com>",
        "Diese Jobs könnten zu dir passen",
        ("alert", None, None, None, "other", "de"),
        "Hallo Mara,\n\nwir haben neue Jobempfehlungen für dich:\n\nSenior Product Designer – "
        "Kiezkasse – Berlin\nLead UX Researcher – Lumenfeld Energy Software – Leipzig\nUX "
        "Designer – Holzmann Digital – Berlin\n\nDein XING Team",
    ),
    m(
        507,
        "2026-02-08 10:00",
        "Wellfound <team@hi.wellfound.com>",
        "Startups hiring designers this week",
        ("alert", None, None, None, "wellfound", "en"),
        "Hi Mara,\n\nHere are this week's startups hiring for design in Europe:\n\n• Tandemtal – "
        "Senior Product Designer – Remote (EU)\n• Greyfin – UX Researcher – Berlin\n• Loomwise – "
        "Design Lead – Amsterdam\n\nApply with one click on Wellfound.\n\n— Wellfound",
    ),
    m(
        508,
        "2025-10-25 11:30",
        "Kolibri Health Talent Community <no-reply@ashbyhq.com>",
        "Welcome to the Kolibri Talent Community",
        ("alert", "Kolibri Health", None, None, "ashby", "en"),
        "Hi Mara,\n\nYou've joined the Kolibri Health talent community. We'll send you new roles "
        "that match your interests – Design, Research – as soon as they open.\n\nThe Kolibri Team",
    ),
    m(
        509,
        "2025-12-12 14:00",
        "Finwerk Careers <no-reply@us.greenhouse-mail.io>",
        "New at Finwerk: roles you might like",
        ("alert", FIN, None, None, "greenhouse", "en"),
        "Hi Mara,\n\nAs a member of our talent community, here are new openings at Finwerk:\n\n"
        "- Senior Product Designer, Cards\n- Design Systems Lead\n\nView all jobs: "
        "https://boards.greenhouse.io/finwerk\n\nFinwerk Talent Team",
    ),
    m(
        510,
        "2025-11-27 17:33",
        "Theresa Vogl <theresa.vogl@ostwind-energie.example>",
        "UX Research bei Ostwind Energie – Interesse?",
        ("outreach", "Ostwind Energie", "UX Researcher", None, "direct", "de"),
        "Hallo Mara,\n\nich bin Recruiterin bei Ostwind Energie in Berlin und bin über LinkedIn auf "
        "dich gestoßen. Wir bauen gerade ein kleines Research-Team für unsere Endkunden-App auf. "
        "Hättest du Lust, dich mal unverbindlich auszutauschen?\n\nViele Grüße\nTheresa",
    ),
    m(
        511,
        "2025-12-05 13:07",
        "Lukas Brandt via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Senior Product Designer role – Greyfin (Fintech, Berlin)",
        ("outreach", "Greyfin", "Senior Product Designer", None, "linkedin", "en"),
        "Hi Mara,\n\nI came across your profile and was impressed by your work on healthcare "
        "products. I'm hiring a Senior Product Designer for Greyfin, a Series B fintech in "
        "Berlin. Open to a quick chat?\n\nBest,\nLukas Brandt\nTalent Partner at Greyfin\n\n"
        "Reply on LinkedIn: https://www.linkedin.com/messaging/",
    ),
    m(
        512,
        "2026-01-20 10:22",
        "Katrin Seidl <katrin.seidl@talentbruecke.example>",
        "Projektangebot: UX Research (remote, 6 Monate)",
        ("outreach", None, "UX Researcher", None, "agency", "de"),
        "Hallo Frau Lindqvist-Okafor,\n\nfür ein Projekt bei einem Kunden aus der "
        "Versicherungsbranche suche ich eine UX Researcherin (remote, 6 Monate, 32 h/Woche, "
        "Start März). Haben Sie Verfügbarkeit? Ich freue mich auf Ihre Rückmeldung.\n\nBeste "
        "Grüße\nKatrin Seidl\nTalentbrücke Projektvermittlung GmbH",
    ),
    m(
        513,
        "2025-11-19 09:01",
        "Vireo Mobility <no-reply@smartrecruiters.com>",
        "Bestätigen Sie Ihre E-Mail-Adresse",
        ("other_job", "Vireo Mobility", None, None, "smartrecruiters", "de"),
        "Hallo Mara,\n\nbitte bestätigen Sie Ihre E-Mail-Adresse, um Ihr Kandidatenprofil bei "
        "Vireo Mobility zu aktivieren: Code 418-622.\n\nSmartRecruiters",
    ),
    m(
        514,
        "2025-11-13 18:10",
        "Svenja Arslan <svenja.arslan@kolibri-health.de>",
        "Automatische Antwort: Portfolio Review bei KH",
        ("other_job", "Kolibri Health", None, None, "direct", "de"),
        "Danke für deine Nachricht! Ich bin bis 17.11. im Urlaub und habe nur eingeschränkt "
        "Zugriff auf meine Mails. In dringenden Fällen wende dich an jobs@kolibri-health.de.\n\n"
        "Svenja",
    ),
    m(
        515,
        "2025-12-20 12:00",
        "Orbital Health <no-reply@hire.lever.co>",
        "How was your experience applying to Orbital Health?",
        ("other_job", "Orbital Health", None, None, "lever", "en"),
        "Hi Mara,\n\nWe'd love your feedback on our hiring process. This 2-minute survey is "
        "anonymous: https://survey.orbitalhealth.example/candidate\n\nThank you!\nOrbital Health",
    ),
    m(
        516,
        "2026-02-20 08:30",
        "Wayfarer Labs <no-reply@ashbyhq.com>",
        "Your Wayfarer Labs candidate portal",
        ("other_job", "Wayfarer Labs", None, None, "ashby", "en"),
        "Hi Mara,\n\nUse this link to upload your challenge files to your candidate portal: "
        "https://jobs.ashbyhq.com/wayfarer-labs/portal/9c4a. The link expires in 7 days.\n\n"
        "Wayfarer Labs Recruiting",
    ),
    m(
        517,
        "2025-10-12 20:41",
        "Tarek Mansour <tarek.mansour@posteo.net>",
        "Fwd: Wir suchen: UX Researcher*in (Tandemtal)",
        ("alert", "Tandemtal", "UX Researcher", None, "direct", "de"),
        "Hey Mara,\n\nhab das bei uns intern gesehen und sofort an dich gedacht! Wenn du magst, "
        "kann ich dich als Empfehlung eintragen.\n\nT.\n\n---------- Forwarded message ---------\n"
        "Von: People Team Tandemtal <people@tandemtal.example>\nDatum: Fr., 10. Okt. 2025\n"
        "Betreff: Wir suchen: UX Researcher*in\n\nLiebe Tandemtalis, wir suchen eine*n UX "
        "Researcher*in (remote, EU). Empfehlungen bitte bis 31.10. – es gibt die übliche "
        "Empfehlungsprämie!",
    ),
    m(
        518,
        "2025-11-03 12:30",
        "Tessera Group <noreply@teamtailor-mail.com>",
        "Willkommen in unserem Talent Pool",
        ("alert", "Tessera Group", None, None, "teamtailor", "de"),
        "Hey Mara,\n\ndu bist jetzt Teil des Talent Pools der Tessera Group (Paketfuchs, "
        "Lagerly, Tessera Pay). Wir melden uns, wenn eine Stelle zu dir passt.\n\n"
        "Einstellungen verwalten: https://careers.tessera-group.example/connect",
    ),
    m(
        519,
        "2026-01-26 07:10",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Mara, Kiezkasse is hiring a Senior Product Designer",
        ("alert", "Kiezkasse", "Senior Product Designer", None, "linkedin", "en"),
        html="<html><body><p>Based on your profile and activity</p><p><b>Senior Product "
        "Designer</b><br>Kiezkasse · Berlin · 12 applicants</p><p>Also: <b>UX Lead</b> – "
        "Greyfin · <b>Product Designer</b> – Velocita</p><p><a href='https://www.linkedin.com/"
        "jobs/'>See all jobs</a></p></body></html>",
    ),
    m(
        520,
        "2026-02-25 16:15",
        "Claudia Rüegg <claudia.rueegg@limmatblick.example>",
        "Senior UX Designer – Limmatblick Digital AG, Zürich",
        ("outreach", "Limmatblick Digital", "Senior UX Designer", None, "direct", "de"),
        "Guten Tag Frau Lindqvist-Okafor\n\nIhr Profil auf LinkedIn ist mir positiv aufgefallen. "
        "Wir suchen per sofort oder nach Vereinbarung eine Senior UX Designerin (80–100 %) für "
        "unser Team in Zürich. Hätten Sie Interesse an einem unverbindlichen Austausch?\n\n"
        "Freundliche Grüsse\nClaudia Rüegg\nHR Business Partner",
    ),
    m(
        521,
        "2026-02-18 08:05",
        "Nils Hagedorn <nils@moneta-app.example>",
        "Einladung: Interview UX Researcher (Moneta) @ Mi. 25. Feb. 2026 13:00 - 14:00 (MEZ) (mara.lindqvist.okafor@posteo.de)",
        ("interview", MON, "UX Researcher", 12, "direct", "de"),
        "Sie wurden zu folgendem Termin eingeladen.\n\nInterview UX Researcher (Moneta)\n"
        "Wann: Mittwoch, 25. Feb. 2026 13:00 – 14:00 (Mitteleuropäische Normalzeit – Berlin)\n"
        "Teilnahme mit Google Meet: https://meet.google.com/mon-eta-uxr\n\nGäste\nNils Hagedorn "
        "– Organisator\nmara.lindqvist.okafor@posteo.de\n\nEinladung von Google Kalender",
        ics=ev(
            "moneta-uxr-0225@google.com",
            "2026-02-25 13:00",
            "Interview UX Researcher (Moneta)",
            ("Nils Hagedorn", "nils@moneta-app.example"),
            60,
            location="https://meet.google.com/mon-eta-uxr",
        ),
    ),
    m(
        522,
        "2026-03-05 10:10",
        "Moneta <noreply@candidates.workablemail.com>",
        "Moneta: dein Feedback zum Interview?",
        ("other_job", MON, None, None, "workable", "de"),
        "Hallo Mara,\n\nwie hat dir unser Bewerbungsprozess gefallen? Wir freuen uns über zwei "
        "Minuten Feedback: https://apply.workable.com/moneta/feedback\n\nDanke!\nMoneta",
    ),
]

# ruff: noqa: E501
"""Corpus 68, job mail in English (US SaaS and remote-first startups hiring in LATAM; data only): see heldout68.py."""

from __future__ import annotations

from typing import Any

from heldout68_jobs import ev, m


def A(cat, co, role, app, src, lang="en"):
    return (cat, co, role, app, src, lang)


BL, BLR = "Brightloom", "Senior BI Developer (LATAM)"
NUB, NUBR = "Nubelia", "Data Analyst"
PV, PVR = "Paloverde", "Analytics Engineer"
QP, QPR = "Quetzal Pay", "Senior Data Analyst, Growth"
TW, TWR = "Tidewater Labs", "Data Analyst (Remote, LATAM)"
SC, SCR = "Sendero Cloud", "BI Analyst, Revenue Operations"

MAIL: list[dict[str, Any]] = [
    # --- 19 Brightloom (Greenhouse, US SaaS hiring in LATAM) -> offer declined ----------------
    m(
        "72001",
        "2025-09-24 14:03",
        "Brightloom Analytics, Inc. <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Brightloom!",
        A("confirmation", BL, BLR, 19, "greenhouse"),
        "Hi Valentina,\n\nThanks for your interest in Brightloom and for applying to our Senior BI Developer (LATAM) role. Our team will review your application and get back to you if there's a match.\n\nWe're a remote-first company with teammates across 14 countries, and we hire in Chile, Colombia, Mexico, Argentina and Brazil through our employer-of-record partner.\n\nBest,\nThe Brightloom Talent Team",
    ),
    m(
        "72002",
        "2025-10-01 12:10",
        "Hannah Pruitt <hannah.pruitt@brightloom.io>",
        "Brightloom <> Valentina: intro call",
        A("interview", BL, BLR, 19, "direct"),
        "Hi Valentina,\n\nI'm Hannah, a recruiter on the Brightloom team. I enjoyed reading your background, especially the work migrating reporting from SSRS to Power BI. Would you be open to a 30-minute intro call? Grab any time that works here: https://calendly.com/hannah-brightloom/30min\n\nThe call will be in English. No prep needed!\n\nCheers,\nHannah Pruitt\nTalent Partner, Brightloom",
    ),
    m(
        "72003",
        "2025-10-01 16:41",
        "Calendly <notifications@calendly.com>",
        "New Event: Valentina Araya - 10:00am Mon, Oct 6, 2025 - Brightloom Intro Call",
        A("interview", BL, BLR, 19, "other"),
        "Hi Valentina Araya,\n\nA new event has been scheduled.\n\nEvent Type: Brightloom Intro Call (30 min)\nInvitee: Hannah Pruitt\nEvent Date/Time: 10:00am - 10:30am, Monday, October 6, 2025 (Chile Time)\nLocation: Zoom, details in the invitation.\n\nNeed to make changes? Cancel or Reschedule.\n\nPowered by Calendly",
        ics=ev(
            "2025-10-06 10:00",
            ("Hannah Pruitt", "hannah.pruitt@brightloom.io"),
            "c8d1f2e0-7a11-4f0b-9d7e-2a5c13b4e890@calendly.com",
            "Brightloom Intro Call - Valentina Araya",
            30,
            location="https://brightloom.zoom.us/j/86012345521",
        ),
    ),
    m(
        "72004",
        "2025-10-08 11:25",
        "Hannah Pruitt <hannah.pruitt@brightloom.io>",
        "Next step: take-home exercise",
        A("assessment", BL, BLR, 19, "direct"),
        "Hi Valentina,\n\nGreat chatting on Monday! The team would like you to move forward with our take-home exercise. You'll get a small Postgres dump of anonymized subscription data and we ask for a short semantic model plus a dashboard answering three questions about churn. Please spend no more than 4 hours on it.\n\nYou have until Friday, October 17. Details are in the attached brief.\n\nHannah",
        attach=[("BI_take_home_brief.pdf", "application/pdf", "%PDF-1.4 take-home brief")],
    ),
    m(
        "72005",
        "2025-10-22 09:40",
        "Brightloom Analytics, Inc. <no-reply@us.greenhouse-mail.io>",
        "Interview confirmation: Brightloom virtual panel",
        A("interview", BL, BLR, 19, "greenhouse"),
        html="<html><body><p>Hi Valentina,</p><p>Your virtual panel for <b>Senior BI Developer (LATAM)</b> is confirmed for <b>Tuesday, October 28, 2025</b>.</p><table><tr><td>11:00 – 11:45</td><td>Take-home walkthrough with Omar Haddad (Analytics Manager)</td></tr><tr><td>12:00 – 12:45</td><td>Stakeholder session with Priya Nair (VP Finance)</td></tr><tr><td>13:00 – 13:30</td><td>Values conversation with Lucas Menezes</td></tr></table><p>All times are Chile Time (GMT-3). Zoom links are in the calendar invitations.</p><p>Brightloom Recruiting</p></body></html>",
        ics=ev(
            "2025-10-28 11:00",
            ("Brightloom Recruiting", "recruiting@brightloom.io"),
            "gh-panel-55129@brightloom.io",
            "Brightloom Virtual Panel - Valentina Araya",
            150,
            location="Zoom",
        ),
    ),
    m(
        "72006",
        "2025-11-05 17:15",
        "Hannah Pruitt <hannah.pruitt@brightloom.io>",
        "Brightloom offer - Senior BI Developer",
        A("offer", BL, BLR, 19, "direct"),
        "Hi Valentina,\n\nI'm thrilled to share that the team would like to offer you the Senior BI Developer (LATAM) position! Attached is the offer summary: USD 4,200 gross per month as a contractor through our EOR partner in Chile, 15 days of PTO, a home-office stipend and a yearly learning budget.\n\nPlease let me know if you have any questions. We'd love an answer by November 14.\n\nCongrats!\nHannah",
        attach=[
            ("Brightloom_Offer_Summary_VAraya.pdf", "application/pdf", "%PDF-1.4 offer summary")
        ],
    ),
    m(
        "72007",
        "2025-12-12 10:02",
        "Hannah Pruitt <hannah.pruitt@brightloom.io>",
        "Re: Brightloom offer - Senior BI Developer",
        A("offer", BL, BLR, 19, "direct"),
        "Hi Valentina,\n\nThank you for letting me know, and for being so transparent throughout the extended timeline. Totally understand that a local contract with health coverage and stability matters a lot right now. We're sad, but we respect the decision.\n\nI'll close out the offer on our side. Please stay in touch; I'd love to reach out if something fits down the road.\n\nAll the best,\nHannah\n\nOn Thu, Dec 11, 2025 at 9:48 PM Valentina Araya <vale.araya.sep@gmail.com> wrote:\n> Hi Hannah, thank you so much for the offer and the extension. After a lot of thought I've decided to decline, as I'm going to accept a position with a local employer. It was a pleasure getting to know the team.\n> Best, Valentina",
        st="declined",
    ),
    # --- 21 Nubelia (remote-first startup, Get on Board) -> interview, rejection -------------
    m(
        "72010",
        "2025-08-18 20:30",
        "Get on Board <notifications@getonbrd.com>",
        "Your application to Nubelia was sent",
        A("confirmation", NUB, NUBR, 21, "other"),
        html="<html><body><p>Hi Valentina,</p><p>Your application to <b>Data Analyst</b> at <b>Nubelia</b> (Remote · Latin America) has been sent. Nubelia usually responds within 7 days.</p><p>Get on Board</p></body></html>",
    ),
    m(
        "72011",
        "2025-08-26 15:12",
        "Sofía Brandt <sofia@nubelia.co>",
        "Nubelia x Valentina - let's talk!",
        A("interview", NUB, NUBR, 21, "direct"),
        "Hey Valentina!\n\nSofía here, co-founder at Nubelia. Loved your Get on Board profile. Can we do a 45-min video call on Thursday Aug 28 at 17:00 your time? I'll send a Google Meet link.\n\nWe're async-first, so heads up: the whole process is in English.\n\nSofía",
        ics=ev(
            "2025-08-28 17:00",
            ("Sofía Brandt", "sofia@nubelia.co"),
            "0ab31kq9z7@google.com",
            "Nubelia <> Valentina (Data Analyst)",
            45,
            location="meet.google.com/wsz-qpda-yku",
        ),
    ),
    m(
        "72012",
        "2025-09-09 13:50",
        "Sofía Brandt <sofia@nubelia.co>",
        "Following up",
        A("rejection", NUB, NUBR, 21, "direct"),
        "Hi Valentina,\n\nThanks again for the time last week, I really enjoyed our conversation about product analytics.\n\nI'll be straightforward: we've decided to go with a candidate with more experience in event tracking tools (Amplitude/Segment), since that's our immediate gap. This was a close call.\n\nI hope our paths cross again.\n\nSofía",
    ),
    # --- 22 Paloverde (Lever) -> rejection --------------------------------------------------
    m(
        "72015",
        "2025-09-03 01:14",
        "Paloverde <no-reply@hire.lever.co>",
        "Thank you for your application to Paloverde",
        A("confirmation", PV, PVR, 22, "lever"),
        "Hi Valentina,\n\nThank you for your interest in Paloverde! We've received your application for Analytics Engineer (Remote - Americas) and our team is reviewing it.\n\nUnfortunately, due to the number of applications we receive, we aren't able to respond to everyone individually. If your experience is a good fit, a member of our team will reach out.\n\nBest,\nPaloverde Talent",
    ),
    m(
        "72016",
        "2025-09-17 19:20",
        "Paloverde <no-reply@hire.lever.co>",
        "Update on your application",
        A("rejection", PV, PVR, 22, "lever"),
        "Hi Valentina,\n\nThank you for taking the time to apply for the Analytics Engineer role. We were impressed by your background, and this was a difficult decision given the strength of the applicant pool.\n\nAfter careful review, we've decided not to move forward with your application at this time. We'll keep your information on file and encourage you to apply for future openings.\n\nWarmly,\nPaloverde Talent",
    ),
    # --- 23 Quetzal Pay (Ashby) -> assessment, rejection ------------------------------------
    m(
        "72020",
        "2025-10-07 18:05",
        "Quetzal Pay <no-reply@ashbyhq.com>",
        "Thanks for applying to Quetzal Pay",
        A("confirmation", QP, QPR, 23, "ashby"),
        "Hi Valentina,\n\nThanks for applying for the Senior Data Analyst, Growth position at Quetzal Pay. We're excited to learn more about you! Our team reviews every application and will reach out about next steps.\n\nThe Quetzal Pay Team\n(Quetzal Financial Technologies, S.A.P.I. de C.V.)",
    ),
    m(
        "72021",
        "2025-10-14 10:30",
        "CodeSignal <noreply@codesignal.com>",
        "Quetzal Pay has invited you to take a CodeSignal assessment",
        A("assessment", QP, QPR, 23, "codesignal"),
        "Hi Valentina,\n\nQuetzal Pay has invited you to complete the Data Analytics Assessment (SQL + Python, 70 minutes). The invitation expires on October 21, 2025.\n\nStart assessment: https://app.codesignal.com/invite/qtzp-55a1\n\nGood luck!\nThe CodeSignal Team",
    ),
    m(
        "72022",
        "2025-10-29 16:44",
        "Quetzal Pay <no-reply@ashbyhq.com>",
        "Your application to Quetzal Pay",
        A("rejection", QP, QPR, 23, "ashby"),
        "Hi Valentina,\n\nThank you for completing the assessment and for your interest in Quetzal Pay. We've reviewed your results alongside the other candidates and have decided to pursue applicants whose experience more closely matches our current needs.\n\nWe wish you the best in your search.\n\nQuetzal Pay Recruiting",
    ),
    # --- 24 Tidewater Labs (Wellfound) -> ghosted -------------------------------------------
    m(
        "72025",
        "2025-11-04 23:40",
        "Wellfound <team@wellfound.com>",
        "Application sent: Tidewater Labs",
        A("confirmation", TW, TWR, 24, "wellfound"),
        html="<html><body><p>Your application to <b>Tidewater Labs</b> for <b>Data Analyst (Remote, LATAM)</b> is on its way.</p><p>Tip: startups that respond usually do so within two weeks.</p><p>Wellfound</p></body></html>",
    ),
    # --- 25 Sendero Cloud (Greenhouse tenant slug) -> screen, rejection ----------------------
    m(
        "72030",
        "2025-10-16 13:22",
        "Sendero <no-reply@us.greenhouse-mail.io>",
        "Sendero - Application Received",
        A("confirmation", SC, SCR, 25, "greenhouse"),
        "Hi Valentina,\n\nThank you for applying to BI Analyst, Revenue Operations (LATAM) at Sendero Cloud, Inc. If your qualifications match our needs, someone from our team will be in touch.\n\nhttps://boards.greenhouse.io/senderocloudinc/jobs/7001458\n\nRegards,\nSendero Recruiting",
    ),
    m(
        "72031",
        "2025-10-23 10:00",
        "Mike Kowalski <mkowalski@sendero.cloud>",
        "Sendero recruiter screen",
        A("interview", SC, SCR, 25, "direct"),
        "Hi Valentina, thanks for applying to Sendero. I'd like to set up a 25-minute recruiter screen. I've sent an invite for Monday Oct 27 at 14:00 CLT; let me know if that doesn't work.\n\nMike Kowalski\nTechnical Recruiter | Sendero",
        ics=ev(
            "2025-10-27 14:00",
            ("Mike Kowalski", "mkowalski@sendero.cloud"),
            "7hv2k0bq1m@google.com",
            "Sendero Recruiter Screen: Valentina Araya",
            25,
            location="meet.google.com/bhx-aaqe-pno",
        ),
    ),
    m(
        "72032",
        "2025-11-07 15:31",
        "Sendero <no-reply@us.greenhouse-mail.io>",
        "Following up from Sendero",
        A("rejection", SC, SCR, 25, "greenhouse"),
        "Hi Valentina,\n\nThanks for speaking with us about the BI Analyst, Revenue Operations role. We've decided to move forward with other candidates whose Salesforce reporting experience is a closer fit.\n\nWe appreciate your time and wish you luck.\n\nSendero Recruiting",
    ),
    # --- job mail that is not an application ------------------------------------------------
    m(
        "72040",
        "2025-08-20 14:10",
        "Daniel Okafor <daniel@northlight-talent.com>",
        "Remote Power BI role (US company, LATAM hours)",
        ("outreach", None, "Power BI Developer", None, "agency", "en"),
        "Hi Valentina,\n\nI'm a recruiter at Northlight Talent. We place LATAM engineers and analysts with US companies. One of our clients, a healthcare SaaS in Austin, needs a Power BI Developer working Eastern Time. Pay is USD 3,500-4,500/month. Interested in a quick chat?\n\nDaniel",
    ),
    m(
        "72041",
        "2025-09-15 09:00",
        "Brightloom Careers <careers@brightloom.io>",
        "Welcome to Brightloom's Talent Community",
        ("alert", BL, None, None, "direct", "en"),
        html="<html><body><p>Hi Valentina, thanks for joining our Talent Community. We'll let you know when roles in Data & Analytics open up in your region.</p><p>Brightloom</p></body></html>",
    ),
    m(
        "72042",
        "2025-10-09 07:00",
        "Wellfound <team@wellfound.com>",
        "5 new startup jobs matching 'data analyst'",
        ("alert", None, None, None, "wellfound", "en"),
        html="<html><body><p>New matches: Analytics Engineer at Fernhollow (Remote) · Data Analyst at Tidewater Labs (Remote, LATAM) · BI Lead at Corvid Health</p></body></html>",
    ),
    m(
        "72043",
        "2025-12-02 07:00",
        "Wellfound <team@wellfound.com>",
        "Tidewater Labs and 3 others are hiring",
        ("alert", None, None, None, "wellfound", "en"),
        html="<html><body><p>Startups hiring this week for roles like yours: Tidewater Labs, Glasswing, Parallax Foods, Orbitly.</p></body></html>",
    ),
    m(
        "72044",
        "2025-11-13 11:00",
        "Brightloom Analytics, Inc. <no-reply@us.greenhouse-mail.io>",
        "How was your interview experience with Brightloom?",
        ("other_job", BL, BLR, None, "greenhouse", "en"),
        "Hi Valentina, we'd love your feedback on your interview experience. This short anonymous survey takes about 2 minutes and won't affect your candidacy.\n\nTake the survey: https://survey.greenhouse.io/s/brl99\n\nThanks!",
    ),
    m(
        "72045",
        "2025-11-06 08:12",
        "Hannah Pruitt <hannah.pruitt@brightloom.io>",
        "Automatic reply: Brightloom offer - Senior BI Developer",
        ("other_job", BL, None, None, "direct", "en"),
        "Hi! I'm out of office until Monday, November 10 with limited access to email. For anything urgent please contact recruiting@brightloom.io.\n\nHannah",
    ),
    m(
        "72046",
        "2025-09-08 11:47",
        "LinkedIn <inmail-hit-reply@linkedin.com>",
        "Valentina, new InMail: Senior Data Analyst - remote (USD)",
        ("outreach", "Fernhollow", "Senior Data Analyst", None, "linkedin", "en"),
        html="<html><body><p><b>Grace Lin</b> · Talent Acquisition at Fernhollow</p><p>Hi Valentina, I came across your profile and think you'd be a great fit for our Senior Data Analyst role, fully remote for LATAM. Would you be open to chatting?</p><p>Reply · Not interested</p></body></html>",
    ),
]

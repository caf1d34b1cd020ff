# ruff: noqa: E501
"""Corpus 53, English job mail (data only): see heldout53.py."""

from __future__ import annotations

from typing import Any

from heldout53_jobs import m


def A(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


HX, HXR = "Helix Maps", "Analytics Engineer"
NV, NVR = "Norvind", "Data Analyst, Growth"
QO, QOR = "Quorra Analytics", "Senior Data Analyst"
CP, CPR = "Castell Pharma", "Data Analyst, Commercial Excellence"
TW, TWR = "Tidewave", "Analytics Engineer"
VA, VAR = "Vantio", "Analytics Engineer"
SM, SMR = "Sendra Mobility", "Data Analyst"
PG, PGR = "Polaris Games", "BI Analyst"

MAIL: list[dict[str, Any]] = [
    # --- 17 Helix Maps (Greenhouse, EU remote) ---------------------------------------------
    m(
        "532101",
        "2025-11-12 14:33",
        "Helix Maps <no-reply@greenhouse.io>",
        "Thank you for applying to Helix Maps",
        A("confirmation", HX, HXR, 17, "greenhouse"),
        "Hi Lucía,\n\nThanks for applying for the Analytics Engineer (Remote, EU) role at Helix Maps. We're a small "
        "team, and a real person reads every application.\n\nIf your experience matches what we're looking for, we'll "
        "be in touch within two weeks to set up a first conversation.\n\nBest,\nHelix Maps Recruiting",
    ),
    m(
        "532102",
        "2025-11-20 11:05",
        "Greta Lindqvist <greta@helixmaps.com>",
        "Helix Maps: let's talk!",
        A("interview", HX, HXR, 17, "direct"),
        "Hi Lucía,\n\nI'm Greta, I look after recruiting at Helix Maps. We'd love to set up a 30-minute intro call "
        "with you. Please pick a time that works here: https://calendly.com/greta-helixmaps/intro-30\n\n"
        "Looking forward,\nGreta Lindqvist\nPeople & Recruiting, Helix Maps GmbH (Berlin)",
    ),
    m(
        "532103",
        "2025-11-20 15:41",
        "Calendly <notifications@calendly.com>",
        "New Event: Lucía Fernández Otero - 15:00 Wed, Nov 26, 2025 - Intro call (30 min)",
        A("interview", HX, HXR, 17, "other"),
        "Hi Lucía Fernández Otero,\n\nA new event has been scheduled.\n\nEvent Type: Intro call (30 min)\nInvitee: "
        "Greta Lindqvist\nEvent Date/Time: 15:00 - 15:30, Wednesday, November 26, 2025 (Central European Time)\n"
        "Location: Zoom, details in the calendar event\n\nPowered by Calendly",
        ics={
            "uid": "cal-helix-intro-19ab@calendly.com",
            "start": "2025-11-26 15:00:00 +0100",
            "minutes": 30,
            "summary": "Intro call (30 min) between Greta Lindqvist and Lucía Fernández Otero",
            "organizer": ("Greta Lindqvist", "greta@helixmaps.com"),
            "location": "https://helixmaps.zoom.us/j/8820013377",
        },
    ),
    m(
        "532104",
        "2025-12-01 10:12",
        "Greta Lindqvist <greta@helixmaps.com>",
        "Helix Maps take-home exercise",
        A("assessment", HX, HXR, 17, "direct"),
        "Hi Lucía,\n\nThanks again for the chat last week. As promised, here's the take-home: a small dbt project on "
        "a sample of our tile-usage events. Please don't spend more than 3-4 hours on it. Send it back whenever you're "
        "ready within the next 7 days.\n\nRepo: https://github.com/helixmaps-hiring/ae-exercise\n\nCheers,\nGreta",
    ),
    m(
        "532105",
        "2025-12-17 16:20",
        "Greta Lindqvist <greta@helixmaps.com>",
        "Your application with Helix Maps",
        A("rejection", HX, HXR, 17, "direct"),
        "Hi Lucía,\n\nThank you for the effort you put into the exercise — the team really liked your tests and "
        "documentation.\n\nWe have decided, though, to move forward with a candidate who has more experience with "
        "geospatial data, which turned out to matter a lot for this role. I'm sorry this isn't better news.\n\n"
        "All the best,\nGreta",
    ),
    # --- 18 Norvind (Lever), ghosted ---------------------------------------------------------
    m(
        "532201",
        "2025-11-27 09:48",
        "Norvind <no-reply@hire.lever.co>",
        "Thanks for your application to Norvind",
        A("confirmation", NV, NVR, 18, "lever"),
        "Hi Lucía,\n\nThank you for your interest in Norvind! We have received your application for Data Analyst, "
        "Growth (Remote - Europe).\n\nUnfortunately, due to the high number of applications we receive, we aren't "
        "able to reply to everyone individually. If you are not selected for the next stage, you'll still hear from "
        "us once the role is filled.\n\nThe Norvind Talent Team",
    ),
    # --- 19 Quorra Analytics / Quorra Analytics B.V. / QRA (Greenhouse) -----------------------
    m(
        "532301",
        "2026-01-13 13:10",
        "QRA Talent <no-reply@us.greenhouse-mail.io>",
        "Application received - Senior Data Analyst",
        A("confirmation", QO, QOR, 19, "greenhouse"),
        "Dear Lucía,\n\nThank you for applying to the Senior Data Analyst position (Amsterdam / Remote EU). Your "
        "application is now with our hiring team.\n\nKind regards,\nTalent Team\nQuorra Analytics B.V.",
    ),
    m(
        "532302",
        "2026-01-20 09:00",
        "HackerRank <support@hackerrank.com>",
        "Quorra Analytics B.V. has invited you to take a test",
        A("assessment", QO, QOR, 19, "hackerrank"),
        html="<p>Hi Lucía,</p><p>Greetings from <b>Quorra Analytics B.V.</b>!</p><p>You've been invited to take the "
        "<b>QRA - Senior DA - SQL</b> test (90 minutes). The link expires on Jan 27, 2026 11:59 PM CET.</p>"
        "<p><a href='https://www.hackerrank.com/test/q0rr4/login'>Take the test</a></p><p>Powered by HackerRank</p>",
    ),
    m(
        "532303",
        "2026-02-02 14:25",
        "Femke de Wit <femke.dewit@quorra.ai>",
        "Interview invitation - QRA",
        A("interview", QO, QOR, 19, "direct"),
        "Hi Lucía,\n\nGreat score on the test! We'd like to invite you to a 60-minute interview with our Head of "
        "Analytics, Tom Bakker. I've sent a calendar invite for Friday 6 February, 11:00 CET (Google Meet).\n\n"
        "Best regards,\nFemke de Wit\nRecruiter | Quorra",
        ics={
            "uid": "qra-int-8812@google.com",
            "start": "2026-02-06 11:00:00 +0100",
            "summary": "Interview Lucía Fernández Otero <> Tom Bakker (QRA)",
            "organizer": ("Femke de Wit", "femke.dewit@quorra.ai"),
            "attendees": [("Tom Bakker", "tom.bakker@quorra.ai")],
            "location": "https://meet.google.com/qra-anly-tcs",
        },
    ),
    m(
        "532304",
        "2026-02-13 10:55",
        "QRA Talent <no-reply@us.greenhouse-mail.io>",
        "Following up on your Senior Data Analyst application",
        A("rejection", QO, QOR, 19, "greenhouse"),
        "Dear Lucía,\n\nThank you for taking the time to interview with us. We enjoyed getting to know you.\n\n"
        "After careful consideration we have decided not to move forward with your application at this time. We "
        "will keep your details on file in case a suitable role opens.\n\nKind regards,\nQuorra Analytics Talent Team",
    ),
    # --- 20 Castell Pharma (Workday, careers mailbox at group domain) ------------------------
    m(
        "532401",
        "2025-12-04 20:40",
        "Castell Group Careers <castellgroup@myworkday.com>",
        "Your application is incomplete",
        ("alert", CP, CPR, None, "workday", "en"),
        "Dear Lucía,\n\nYou started an application for Data Analyst, Commercial Excellence (Barcelona) but did not "
        "submit it. Log in to our careers site to complete it before the posting closes.\n\nCastell Group Talent Acquisition",
    ),
    m(
        "532402",
        "2025-12-05 21:15",
        "Castell Group Careers <castellgroup@myworkday.com>",
        "Thank you for your application - JR-20931",
        A("confirmation", CP, CPR, 20, "workday"),
        "Dear Lucía Fernández Otero,\n\nThank you for applying for JR-20931 Data Analyst, Commercial Excellence at "
        "Castell Pharma (Barcelona, Spain).\n\nWe will review your profile against the requirements of the position. "
        "You can check the status of your application at any time by signing in to your candidate home.\n\n"
        "Kind regards,\nTalent Acquisition\nLaboratorios Castell, S.A. - a Castell Group company",
        reply_to="talent@castell-careers.com",
    ),
    m(
        "532403",
        "2026-01-29 08:15",
        "Castell Group Careers <castellgroup@myworkday.com>",
        "Update regarding JR-20931",
        A("rejection", CP, CPR, 20, "workday"),
        "Dear Lucía,\n\nThank you for your interest in Castell Pharma. We have now reviewed all applications for "
        "JR-20931 Data Analyst, Commercial Excellence. While your background is impressive, we have decided to "
        "pursue other candidates whose qualifications more closely match our current needs.\n\nWe encourage you to "
        "keep an eye on our careers site.\n\nKind regards,\nTalent Acquisition, Castell Group",
    ),
    # --- 21 Tidewave (Ashby): outreach, then application ---------------------------------------
    m(
        "532501",
        "2025-12-09 17:20",
        "Owen Mercer <owen@tidewave.io>",
        "Analytics Engineering at Tidewave",
        ("outreach", TW, TWR, None, "direct", "en"),
        "Hi Lucía,\n\nI came across your dbt package on GitHub (the one for Spanish holidays, very handy!). I lead "
        "data at Tidewave, we build energy-trading software from Lisbon and hire remotely across Iberia.\n\nWe're "
        "opening an Analytics Engineer role. If you're curious, the posting is at jobs.ashbyhq.com/tidewave - or just "
        "reply and we can chat.\n\nOwen",
    ),
    m(
        "532502",
        "2025-12-10 09:02",
        "Tidewave <no-reply@ashbyhq.com>",
        "Thanks for applying to Tidewave!",
        A("confirmation", TW, TWR, 21, "ashby"),
        "Hi Lucía,\n\nThanks for applying to the Analytics Engineer role at Tidewave. We've received your "
        "application and will get back to you soon.\n\nTidewave Hiring Team\n\nPowered by Ashby",
    ),
    m(
        "532503",
        "2025-12-12 12:30",
        "Tidewave <no-reply@ashbyhq.com>",
        "Interview confirmed: Tidewave - Analytics Engineer",
        A("interview", TW, TWR, 21, "ashby"),
        "Hi Lucía,\n\nYour interview has been scheduled.\n\nHiring Manager Chat with Owen Mercer\nThursday, "
        "December 18, 2025, 14:00 - 14:45 CET\nGoogle Meet: https://meet.google.com/tdw-ownm-lcf\n\nNeed to "
        "reschedule? Use the link in this email.",
        ics={
            "uid": "ashby-tidewave-2291@ashbyhq.com",
            "start": "2025-12-18 14:00:00 +0100",
            "minutes": 45,
            "summary": "Hiring Manager Chat - Lucía Fernández Otero (Tidewave)",
            "organizer": ("Tidewave Hiring", "no-reply@ashbyhq.com"),
            "attendees": [("Owen Mercer", "owen@tidewave.io")],
            "location": "https://meet.google.com/tdw-ownm-lcf",
        },
    ),
    m(
        "532504",
        "2026-01-07 18:05",
        "Owen Mercer <owen@tidewave.io>",
        "Quick update",
        A("rejection", TW, TWR, 21, "direct"),
        "Hi Lucía,\n\nHappy new year, and sorry for the slow reply. I really enjoyed our conversation. After the "
        "holidays we re-planned the team and decided to hire a more senior data engineer first, so we won't be "
        "continuing with the Analytics Engineer process for now. I'm sorry - this one's on us, not you.\n\nOwen",
    ),
    # --- 22 Vantio via Brightpath Talent (agency) ---------------------------------------------
    m(
        "532601",
        "2026-01-22 10:40",
        "Sophie Hartley <sophie.hartley@brightpathtalent.co.uk>",
        "Analytics Engineer - Dutch scale-up, fully remote (Spain OK)",
        ("outreach", None, VAR, None, "agency", "en"),
        "Hi Lucía,\n\nHope you're well! I'm partnering with a fast-growing Dutch B2B SaaS scale-up (Series C, ~250 "
        "people) that's hiring an Analytics Engineer. Fully remote from Spain, €55-65k, dbt + Snowflake + Looker.\n\n"
        "Would you be open to a quick call this week?\n\nBest,\nSophie Hartley\nSenior Consultant, Data & Analytics\n"
        "Brightpath Talent Ltd | London",
    ),
    m(
        "532602",
        "2026-01-28 15:12",
        "Sophie Hartley <sophie.hartley@brightpathtalent.co.uk>",
        "RE: Analytics Engineer - Dutch scale-up, fully remote (Spain OK)",
        A("confirmation", VA, VAR, 22, "agency"),
        "Hi Lucía,\n\nLovely to speak earlier. As discussed, the client is Vantio - I've now submitted your CV to "
        "their Head of Data with my notes. I'll let you know as soon as I hear back.\n\nSophie",
    ),
    m(
        "532603",
        "2026-02-04 11:30",
        "Sophie Hartley <sophie.hartley@brightpathtalent.co.uk>",
        "Vantio - interview Monday",
        A("interview", VA, VAR, 22, "agency"),
        "Hi Lucía,\n\nGreat news, Vantio would like to meet you! First-stage video interview with Pieter Jansen (Head "
        "of Data) on Monday 9 Feb at 14:00 CET. He'll send a Teams link directly.\n\nFingers crossed,\nSophie",
    ),
    # --- 23 Sendra Mobility (LinkedIn) --------------------------------------------------------
    m(
        "532701",
        "2025-12-18 19:40",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was sent to Sendra Mobility",
        A("confirmation", SM, SMR, 23, "linkedin"),
        html="<p>Your application was sent to Sendra Mobility</p><table><tr><td><b>Data Analyst</b><br>Sendra Mobility "
        "· Madrid, Community of Madrid, Spain (Hybrid)<br>Applied on Dec 18</td></tr></table><p>Track your "
        "applications in My Jobs.</p>",
    ),
    m(
        "532702",
        "2026-01-08 12:20",
        "Hannah Koller <h.koller@sendra.eu>",
        "Data Analyst role - next steps",
        A("interview", SM, SMR, 23, "direct"),
        "Hello Lucía,\n\nThank you for applying via LinkedIn. I'm the recruiter for our Madrid hub. Could we have a "
        "30-minute screening call? Please book a slot that suits you: https://calendar.app.google/sendraHK30\n\n"
        "Best,\nHannah Koller\nTalent Acquisition, Sendra Mobility SE",
    ),
    m(
        "532703",
        "2026-01-23 09:10",
        "Hannah Koller <h.koller@sendra.eu>",
        "Sendra Mobility - Data Analyst",
        A("rejection", SM, SMR, 23, "direct"),
        "Hello Lucía,\n\nThanks for speaking with me last week. We were impressed by your SQL background; however, "
        "the hiring team is looking for someone with deeper experience in pricing models, so we won't be moving "
        "forward. Wishing you every success.\n\nKind regards,\nHannah",
    ),
    # --- 24 Polaris Games (Teamtailor tenant 'pgstudios') ---------------------------------------
    m(
        "532801",
        "2026-03-03 11:11",
        "PG Studios Careers <no-reply@teamtailor-mail.com>",
        "We got your application!",
        A("confirmation", PG, PGR, 24, "teamtailor"),
        "Hi Lucía,\n\nThanks for applying for the BI Analyst role in Barcelona! We'll look through your application "
        "and get back to you within a couple of weeks.\n\nGame on,\nThe Polaris Games crew\n\npgstudios.teamtailor.com",
    ),
    m(
        "532802",
        "2026-03-20 17:02",
        "PG Studios Careers <no-reply@teamtailor-mail.com>",
        "About your application",
        A("rejection", PG, PGR, 24, "teamtailor"),
        "Hi Lucía,\n\nThank you for your patience. We had an amazing number of applicants for BI Analyst and it was "
        "hard to choose. Sadly, we've decided not to progress your application this time.\n\nThe Polaris Games crew",
    ),
    # --- alerts, outreach, other (EN) -----------------------------------------------------------
    m(
        "532901",
        "2025-11-05 08:05",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"analytics engineer": 14 new jobs in European Union',
        ("alert", None, None, None, "linkedin", "en"),
        html="<p>Your job alert for <b>analytics engineer</b> in European Union</p><ul><li>Analytics Engineer - "
        "Fjordly - Remote</li><li>Senior Analytics Engineer - Brickbase - Amsterdam</li><li>Analytics Engineer - "
        "Lantern Pay - Remote (EU)</li></ul><p>See all jobs</p>",
    ),
    m(
        "532902",
        "2025-12-15 08:05",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"analytics engineer": 9 new jobs in European Union',
        ("alert", None, None, None, "linkedin", "en"),
        html="<p>Your job alert for <b>analytics engineer</b></p><ul><li>Analytics Engineer - Tidewave - Lisbon / "
        "Remote</li><li>Analytics Engineer II - Moorlight - Dublin</li></ul>",
    ),
    m(
        "532903",
        "2026-02-16 08:05",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        '"data analyst": 21 new jobs in Madrid',
        ("alert", None, None, None, "linkedin", "en"),
        html="<p>Your job alert for <b>data analyst</b> in Madrid</p><ul><li>Data Analyst - Hoteles Brío - Madrid</li>"
        "<li>Data Analyst (Risk) - Crediprisma - Madrid</li></ul>",
    ),
    m(
        "532904",
        "2025-11-25 18:30",
        "Glassdoor Jobs <noreply@glassdoor.com>",
        "Data Analyst jobs near you",
        ("alert", None, None, None, "other", "en"),
        html="<p>Lucía, new jobs match your search</p><ul><li>Data Analyst · Mirasol Hotels · Madrid · 3.9★</li><li>"
        "Business Data Analyst · Verdeluz · Madrid · 4.1★</li></ul>",
    ),
    m(
        "532905",
        "2026-01-15 10:00",
        "Indeed <alert@indeed.com>",
        "analytics engineer - 6 new jobs in Remote",
        ("alert", None, None, None, "indeed", "en"),
        html="<p>6 new jobs for <b>analytics engineer</b> in Remote</p><ul><li>Analytics Engineer - Kelpie Labs</li>"
        "<li>Junior Analytics Engineer - Oakfern</li></ul>",
    ),
    m(
        "532906",
        "2026-02-25 09:32",
        "Welcome to the Jungle <hello@welcometothejungle.com>",
        "5 companies hiring data people in Barcelona",
        ("alert", None, None, None, "other", "en"),
        html="<p>Hi Lucía, here are this week's picks: companies hiring Data Analysts in Barcelona.</p><ul><li>"
        "Polaris Games - BI Analyst</li><li>Mareta Foods - Analytics Engineer</li></ul>",
    ),
    m(
        "532907",
        "2025-11-12 14:35",
        "Helix Maps <no-reply@greenhouse.io>",
        "Join the Helix Maps talent community",
        ("alert", HX, None, None, "greenhouse", "en"),
        "Hi Lucía,\n\nWant to hear about future openings at Helix Maps? Join our talent community and we'll send you "
        "roles that match your interests.\n\nHelix Maps Recruiting",
    ),
    m(
        "532908",
        "2026-01-06 16:44",
        "Marc Devlin <marc.devlin@linkedin.com>",
        "InMail: Lead Data Analyst opportunity - Dublin or remote",
        ("outreach", "Crestwell", "Lead Data Analyst", None, "linkedin", "en"),
        html="<p>Hi Lucía,</p><p>I'm a recruiter at Crestwell, we're a payments company based in Dublin. We're looking "
        "for a Lead Data Analyst and your background in retail analytics caught my eye. Open to a chat?</p><p>Marc</p>"
        "<p style='font-size:11px'>This message was sent via LinkedIn InMail.</p>",
    ),
    m(
        "532909",
        "2026-02-05 08:20",
        "Sophie Hartley <sophie.hartley@brightpathtalent.co.uk>",
        "Automatic reply: Vantio - interview Monday",
        ("other_job", None, None, None, "agency", "en"),
        "Thanks for your email. I'm out of the office until Monday 9 February with limited access to email. For urgent "
        "matters please contact data@brightpathtalent.co.uk.\n\nSophie",
    ),
    m(
        "532910",
        "2026-02-27 12:00",
        "Norvind <no-reply@hire.lever.co>",
        "How was your application experience?",
        ("other_job", NV, None, None, "lever", "en"),
        "Hi Lucía,\n\nWe'd love your feedback on applying to Norvind. This 3-question survey takes a minute: "
        "https://norvind.typeform.com/candidate\n\nThanks,\nNorvind Talent",
    ),
    m(
        "532911",
        "2026-03-25 15:30",
        "Femke de Wit <femke.dewit@quorra.ai>",
        "New role at Quorra you might like",
        ("outreach", QO, "Analytics Lead", None, "direct", "en"),
        "Hi Lucía,\n\nIt was a close call last time, so I wanted to reach out personally: we just opened an "
        "Analytics Lead position that fits your profile even better. Interested?\n\nFemke",
    ),
    m(
        "532912",
        "2026-04-14 10:21",
        "Sophie Hartley <sophie.hartley@brightpathtalent.co.uk>",
        "Checking in",
        ("outreach", None, None, None, "agency", "en"),
        "Hi Lucía,\n\nIt's been a while! Vantio never came back to me after your interview, I'm sorry about that. "
        "Congrats on the new role - if you're ever open to a move again, I have a couple of interesting remote "
        "positions on my desk.\n\nSophie",
    ),
]

# ruff: noqa: E501, RUF100
"""Corpus 106, English job mail from international teams, boards and ATSs (data only): see heldout106.py."""

from __future__ import annotations

from typing import Any

from heldout106_jobs import ev, m, re


def A(cat, co, role, app, src, lang="en"):
    return (cat, co, role, app, src, lang)


ML, MLR, MLR2 = "Mealo", "Growth Marketing Manager", "Product Marketing Associate"
PK, PKR = "Parkly", "Junior Product Marketing Manager"
NE, NER = "Nordlicht Energy", "Growth Manager, B2C (Berlin)"
QA, QAR = "Quarzlicht Analytics", "Junior Product Marketing Manager"
PH, PHR = "Pixelhafen", "Growth Marketing Associate"
KL, KLR = "Kleio AI", "Founding Growth Marketer"
OV, OVR = "Omnivera", "Product Marketing Manager, DACH (Remote)"
KS, KSR = "Kraftstrom", "Junior Growth Manager"
LH, LHR = "Lunaris Health", "Associate Product Marketing Manager (Remote, EU)"
FL, FLR = "Fernweh Labs", "Growth Marketing Manager (Junior)"

MAIL: list[dict[str, Any]] = [
    # --- 15 Mealo (app) by Kochwerk Labs GmbH, Greenhouse --------------------------------------
    m(
        "72101",
        "2025-10-08 13:20",
        "Kochwerk Labs <no-reply@greenhouse.io>",
        "Thank you for your application to Kochwerk Labs",
        A("confirmation", ML, MLR, 15, "greenhouse"),
        "Hi Lena,\n\nThanks for applying for the Growth Marketing Manager role on the Mealo team! We've received your application and our recruiting team will review it shortly.\n\n"
        "If your experience is a good match, we'll be in touch about next steps. Either way, you'll hear from us.\n\n"
        "Best,\nTalent Team\nKochwerk Labs GmbH – the people behind Mealo",
    ),
    m(
        "72102",
        "2025-10-20 11:05",
        "Ella Brandt <ella.brandt@mealo.app>",
        "Mealo – let's chat about Growth Marketing",
        A("interview", ML, MLR, 15, "direct"),
        "Hi Lena,\n\nI'm Ella from the talent team at Mealo. We'd love to set up a 30-minute intro call with you. "
        "You'll receive a scheduling link from GoodTime in a minute – just pick what works best.\n\nTalk soon,\nElla Brandt\nTalent Partner | Mealo\nKochwerk Labs GmbH, Rosenthaler Str. 40, 10178 Berlin",
    ),
    m(
        "72103",
        "2025-10-21 09:30",
        "Mealo Recruiting <scheduling@goodtime.io>",
        "Confirmed: Intro call with Mealo on Friday, October 24",
        A("interview", ML, MLR, 15, "other"),
        "Hi Lena,\n\nYour interview is confirmed.\n\nIntro call – Growth Marketing Manager\nFriday, October 24, 2025 · 14:00 – 14:30 CEST\nInterviewer: Ella Brandt\nLocation: Google Meet (link in the calendar invite)\n\n"
        "Need to reschedule? Use the link below.\n\nScheduled with GoodTime",
        ics=ev(
            "gt-31f0a8e2@goodtime.io",
            "2025-10-24 14:00:00 +0200",
            "Intro call – Lena Hofbauer / Mealo (Growth Marketing Manager)",
            ("Ella Brandt", "ella.brandt@mealo.app"),
            30,
            location="https://meet.google.com/yhb-qgzt-eka",
        ),
    ),
    m(
        "72104",
        "2025-11-04 17:48",
        "Kochwerk Labs <no-reply@greenhouse.io>",
        "Your application to Mealo",
        A("rejection", ML, MLR, 15, "greenhouse"),
        "Hi Lena,\n\nThank you so much for taking the time to speak with Ella and for your interest in Mealo. We really enjoyed learning about your background.\n\n"
        "After careful consideration, we've decided to move forward with candidates whose experience more closely matches what we need right now. "
        "We'd genuinely encourage you to keep an eye on our careers page.\n\nAll the best,\nKochwerk Labs Talent Team",
    ),
    # --- 16 Mealo again (re-application) --------------------------------------------------------
    m(
        "72105",
        "2026-02-02 08:12",
        "Kochwerk Labs <no-reply@greenhouse.io>",
        "Thank you for your application to Kochwerk Labs",
        A("confirmation", ML, MLR2, 16, "greenhouse"),
        "Hi Lena,\n\nThanks for applying for the Product Marketing Associate role on the Mealo team! We've received your application and our recruiting team will review it shortly.\n\n"
        "If your experience is a good match, we'll be in touch about next steps. Either way, you'll hear from us.\n\nBest,\nTalent Team\nKochwerk Labs GmbH – the people behind Mealo",
    ),
    # --- 17 Parkly, mail from Vireo Group (holding), Lever ---------------------------------------
    m(
        "72110",
        "2025-10-10 15:02",
        "Vireo Group <no-reply@hire.lever.co>",
        "Thanks for applying to Vireo Group",
        A("confirmation", PK, PKR, 17, "lever"),
        "Hi Lena,\n\nThank you for your interest in Vireo Group! We have received your application for Junior Product Marketing Manager – Parkly (Munich).\n\n"
        "Our team will review your application and contact you if there's a fit.\n\nVireo Group Talent Acquisition\nParkly · Chargehub · Velomate – brands of Vireo Group",
    ),
    m(
        "72111",
        "2025-10-30 10:44",
        "Vireo Group <no-reply@hire.lever.co>",
        "Your application at Vireo Group",
        A("rejection", PK, PKR, 17, "lever"),
        "Hi Lena,\n\nThank you for your application for the Junior Product Marketing Manager position at Parkly. We appreciate the time you put into it.\n\n"
        "We received a large number of strong applications, and unfortunately we will not be moving forward with yours at this time.\n\n"
        "We wish you every success.\nVireo Group Talent Acquisition",
    ),
    # --- 18 Nordlicht Energy (Ashby): take-home, interview, then silence ---------------------------
    m(
        "72120",
        "2025-10-22 19:40",
        "Nordlicht Energy <no-reply@ashbyhq.com>",
        "Thanks for applying to Nordlicht Energy!",
        A("confirmation", NE, NER, 18, "ashby"),
        "Hi Lena,\n\nThanks for applying for the Growth Manager, B2C (Berlin) role at Nordlicht Energy. We're reviewing applications on a rolling basis and will get back to you within two weeks.\n\n"
        "Cheers,\nThe Nordlicht Talent Team",
    ),
    m(
        "72121",
        "2025-11-03 12:15",
        "Hannes Petersen <hannes.petersen@nordlicht.energy>",
        "Nordlicht – Take-home assignment",
        A("assessment", NE, NER, 18, "direct"),
        "Hi Lena,\n\nThanks for your patience! As the next step we'd like you to complete a short take-home: analyse the attached funnel data for our heat-pump signup flow and suggest three experiments, "
        "with expected impact and how you'd measure them. Please keep it to max. 2 hours – we don't expect perfection.\n\nDeadline: Monday, 10 November.\n\nBest,\nHannes\nHead of Growth, Nordlicht Energy",
        attach=[
            (
                "funnel_data_anonymised.csv",
                "text/csv",
                "step,users\nlanding,120000\nquote_started,18400\nquote_completed,7300\nsignup,2100\n",
            )
        ],
    ),
    m(
        "72122",
        "2025-11-13 09:58",
        "Nordlicht Energy <no-reply@ashbyhq.com>",
        "Interview with Nordlicht Energy – please select a time",
        A("interview", NE, NER, 18, "ashby"),
        "Hi Lena,\n\nGreat news – Hannes and the team would like to discuss your take-home with you in a 60-minute video interview.\n\n"
        "Please choose a time that works for you: https://jobs.ashbyhq.com/nordlicht/interview-scheduling/7c20e\n\nThe Nordlicht Talent Team",
    ),
    m(
        "72123",
        "2025-11-14 08:20",
        "Nordlicht Energy <no-reply@ashbyhq.com>",
        "Interview confirmed: Nordlicht Energy – Take-home review",
        A("interview", NE, NER, 18, "ashby"),
        "Your interview is confirmed for Wednesday, November 19, 2025, 16:00–17:00 (Europe/Berlin).\n\nInterviewers: Hannes Petersen, Mira Okafor\nJoin with Google Meet: https://meet.google.com/pwc-dkqe-zna",
        ics=ev(
            "ashby-7c20e-1@ashbyhq.com",
            "2025-11-19 16:00:00 +0100",
            "Nordlicht Energy – Take-home review with Lena Hofbauer",
            ("Nordlicht Energy Recruiting", "recruiting@nordlicht.energy"),
            60,
            attendees=[
                ("Hannes Petersen", "hannes.petersen@nordlicht.energy"),
                ("Mira Okafor", "mira.okafor@nordlicht.energy"),
            ],
            location="https://meet.google.com/pwc-dkqe-zna",
        ),
    ),
    # --- 19 Quarzlicht Analytics (LinkedIn Easy Apply) ---------------------------------------------
    m(
        "72130",
        "2025-10-11 22:03",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Lena, your application was sent to Quarzlicht Analytics",
        A("confirmation", QA, QAR, 19, "linkedin"),
        html="<html><body><table><tr><td><p>Your application was sent to Quarzlicht Analytics</p>"
        "<p><b>Junior Product Marketing Manager</b><br>Quarzlicht Analytics · Munich, Bavaria, Germany (Hybrid)</p>"
        "<p>Applied on October 11, 2025</p><p><a href='https://www.linkedin.com/jobs/view/4102938475'>View job</a></p>"
        "<p style='font-size:11px;color:#666'>This email was intended for Lena Hofbauer (Junior Product Marketing | Growth | B2C). © 2025 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</p></td></tr></table></body></html>",
    ),
    m(
        "72131",
        "2025-10-16 14:27",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Quarzlicht Analytics",
        A("viewed", QA, QAR, 19, "linkedin"),
        html="<html><body><p>Hi Lena,</p><p>Your application for <b>Junior Product Marketing Manager</b> was viewed by Quarzlicht Analytics.</p>"
        "<p>Keep track of your applications in My Jobs.</p><p><a href='#'>See application</a></p></body></html>",
    ),
    m(
        "72132",
        "2025-10-29 18:09",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your update from Quarzlicht Analytics",
        A("rejection", QA, QAR, 19, "linkedin"),
        html="<html><body><p>Your update from Quarzlicht Analytics</p><p><b>Junior Product Marketing Manager</b></p>"
        "<p>Thank you for your interest in the Junior Product Marketing Manager position at Quarzlicht Analytics in Munich. Unfortunately, we will not be moving forward with your application, "
        "but we appreciate your time and interest in Quarzlicht Analytics.</p><p>Regards,<br>Quarzlicht Analytics</p>"
        "<p><a href='#'>See more jobs</a></p></body></html>",
    ),
    # --- 20 Pixelhafen (Glassdoor): ghosted ---------------------------------------------------------
    m(
        "72140",
        "2025-11-09 20:55",
        "Glassdoor <noreply@glassdoor.com>",
        "Your application to Pixelhafen has been submitted",
        A("confirmation", PH, PHR, 20, "other"),
        html="<html><body><h2>Application submitted</h2><p>Growth Marketing Associate</p><p>Pixelhafen · Hamburg (Remote possible)</p>"
        "<p>Good luck, Lena! While you wait, check out what employees say about Pixelhafen.</p></body></html>",
    ),
    # --- 21 Kleio AI (Wellfound; founder from gmail) --------------------------------------------------
    m(
        "72150",
        "2025-11-16 11:22",
        "Wellfound <team@hi.wellfound.com>",
        "Your application to Kleio AI",
        A("confirmation", KL, KLR, 21, "wellfound"),
        "Hi Lena,\n\nYour application to Kleio AI for Founding Growth Marketer has been sent. Startups usually respond within a week – we'll let you know when they do.\n\n"
        "In the meantime, here are a few more roles you might like.\n\n— The Wellfound Team",
    ),
    m(
        "72151",
        "2025-11-18 23:10",
        "Philipp Sandner <philipp.sandner.ks@gmail.com>",
        "Kleio – quick call this week?",
        A("interview", KL, KLR, 21, "direct"),
        "Hey Lena,\n\nsaw your application on Wellfound – love the side project newsletter! I'm one of the two founders of Kleio (we're 6 people, Berlin, pre-seed, AI tutor for Abitur students).\n\n"
        "Would you be up for a 45 min call on Thursday or Friday? Just grab something here: https://cal.com/philipp-kleio/45min\n\n"
        "Sorry for the gmail, our Google Workspace is still being set up 🙈\n\nPhilipp\nCo-founder & CEO, Kleio AI",
    ),
    m(
        "72152",
        "2025-12-03 20:31",
        "Philipp Sandner <philipp.sandner.ks@gmail.com>",
        "Re: Kleio – quick call this week?",
        A("rejection", KL, KLR, 21, "direct"),
        "Hi Lena,\n\nthanks again for the great conversation and your patience. Honestly it was a tough call, but we've decided to bring in someone with a bit more hands-on paid social experience for this first hire, since we need to spend the seed money fast and well.\n\n"
        "I really hope we can work together at some point – and please keep the newsletter going!\n\nBest\nPhilipp",
        **re("72151", "2025-11-18", "Kleio – quick call this week?", "gmail.com"),
    ),
    # --- 22 Omnivera (Greenhouse, remote): withdrawn -------------------------------------------------
    m(
        "72160",
        "2026-01-08 10:06",
        "Omnivera <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Omnivera!",
        A("confirmation", OV, OVR, 22, "greenhouse"),
        "Hi Lena,\n\nThanks for your interest in Omnivera! We've received your application for Product Marketing Manager, DACH (Remote).\n\n"
        "Our team reviews every application carefully. If you are not selected for this role, we'll keep your information on file for future opportunities.\n\nOmnivera Recruiting",
    ),
    m(
        "72161",
        "2026-01-21 15:40",
        "Omnivera Recruiting <scheduling@goodtime.io>",
        "Omnivera: Please share your availability for a Recruiter Screen",
        A("interview", OV, OVR, 22, "other"),
        "Hi Lena,\n\nOmnivera would like to schedule a 30-minute Recruiter Screen with you for the Product Marketing Manager, DACH (Remote) position.\n\n"
        "Please select times that work for you: https://omnivera.goodtime.io/availability/e81c\n\nThank you,\nOmnivera Recruiting Team",
    ),
    m(
        "72162",
        "2026-01-23 09:02",
        "Omnivera Recruiting <scheduling@goodtime.io>",
        "Invitation: Recruiter Screen – Lena Hofbauer (Omnivera) @ Tue Jan 27, 2026 5pm - 5:30pm (CET)",
        A("interview", OV, OVR, 22, "other"),
        "You have been invited to the following event.\n\nRecruiter Screen – Lena Hofbauer (Omnivera)\nTue Jan 27, 2026 5pm – 5:30pm (CET)\nJoining info: Join with Google Meet\n\nInvitation from Google Calendar",
        ics=ev(
            "gt-e81c-77@goodtime.io",
            "2026-01-27 17:00:00 +0100",
            "Recruiter Screen – Lena Hofbauer (Omnivera)",
            ("Kayla Brooks", "kayla.brooks@omnivera.com"),
            30,
            location="https://meet.google.com/ujd-nrpa-xce",
        ),
    ),
    m(
        "72163",
        "2026-02-23 13:15",
        "Kayla Brooks <kayla.brooks@omnivera.com>",
        "Re: Withdrawing my application",
        A("confirmation", OV, OVR, 22, "direct"),
        "Hi Lena,\n\nThank you for letting me know, and congratulations on your new role! I've withdrawn your application from our process. Best of luck in Munich.\n\nKayla\n\n"
        "On Mon, Feb 23, 2026 at 9:02 AM Lena Hofbauer <lena.hofbauer@gmx.de> wrote:\n> Hi Kayla, thank you for the hiring manager conversation last week. I've accepted another offer and would like to withdraw from the process.",
        st="withdrawn",
    ),
    # --- 23 Kraftstrom (Lever): on hold ---------------------------------------------------------------
    m(
        "72170",
        "2025-12-01 09:44",
        "Kraftstrom <no-reply@hire.lever.co>",
        "Thanks for applying to Kraftstrom",
        A("confirmation", KS, KSR, 23, "lever"),
        "Hi Lena,\n\nThanks for applying to Kraftstrom for the Junior Growth Manager role. We're excited to review your application and will be in touch soon.\n\nKraftstrom People Team",
    ),
    m(
        "72171",
        "2025-12-18 16:30",
        "Laura Mendes <laura.mendes@kraftstrom.io>",
        "Junior Growth Manager – hiring paused",
        A("confirmation", KS, KSR, 23, "direct"),
        "Hi Lena,\n\nI wanted to give you a quick and honest update: we've had to put the Junior Growth Manager role on hold until our Q1 budget is finalised. "
        "Your application is not rejected – we'll reach out as soon as we can reopen the process, probably in February.\n\nSorry for the wait and happy holidays!\nLaura\nPeople Partner, Kraftstrom",
        st="on_hold",
    ),
    # --- 24 Lunaris Health (Ashby, remote): rejection ---------------------------------------------------
    m(
        "72180",
        "2026-01-12 11:00",
        "Lunaris Health <no-reply@ashbyhq.com>",
        "Thank you for your application – Lunaris Health",
        A("confirmation", LH, LHR, 24, "ashby"),
        "Hi Lena,\n\nThank you for applying to the Associate Product Marketing Manager (Remote, EU) role at Lunaris Health. We have received your application.\n\n"
        "Unfortunately we cannot give individual feedback at the application stage, but we will let you know about the outcome.\n\nLunaris Health Talent",
    ),
    m(
        "72181",
        "2026-01-30 10:20",
        "Lunaris Health <no-reply@ashbyhq.com>",
        "Update on your Lunaris Health application",
        A("rejection", LH, LHR, 24, "ashby"),
        "Hi Lena,\n\nWe truly appreciate your interest in Lunaris Health and the time you invested. After reviewing your application carefully, we've decided not to progress to the interview stage.\n\n"
        "We wish you all the best in your search.\nLunaris Health Talent",
    ),
    # --- 25 Fernweh Labs (LinkedIn Easy Apply): ghosted -----------------------------------------------
    m(
        "72190",
        "2026-01-19 21:40",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Lena, your application was sent to Fernweh Labs",
        A("confirmation", FL, FLR, 25, "linkedin"),
        html="<html><body><p>Your application was sent to Fernweh Labs</p><p><b>Growth Marketing Manager (Junior)</b><br>Fernweh Labs · Berlin (Remote)</p>"
        "<p>Applied on January 19, 2026</p></body></html>",
    ),
    # --- English alerts, outreach, other job mail -----------------------------------------------------
    m(
        "72200",
        "2025-10-05 08:10",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“product marketing manager”: 14 new jobs in Munich",
        ("alert", None, None, None, "linkedin", "en"),
        html="<html><body><p>14 new jobs match your preferences</p><ul><li>Junior Product Marketing Manager – Quarzlicht Analytics – Munich (Hybrid)</li>"
        "<li>Product Marketing Manager – Veltrion SE – Unterföhring</li><li>Growth Marketing Manager – Mealo – Berlin</li></ul></body></html>",
    ),
    m(
        "72201",
        "2025-11-30 08:10",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“growth manager”: Kraftstrom and 9 others are hiring",
        ("alert", None, None, None, "linkedin", "en"),
        html="<html><body><p>Kraftstrom is hiring a Junior Growth Manager · Munich</p><p>9 more jobs for you</p></body></html>",
    ),
    m(
        "72202",
        "2026-01-11 08:10",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“product marketing remote”: 21 new jobs",
        ("alert", None, None, None, "linkedin", "en"),
        html="<html><body><p>21 new jobs</p><ul><li>Associate Product Marketing Manager (Remote, EU) – Lunaris Health</li><li>Product Marketing Manager, DACH (Remote) – Omnivera</li></ul></body></html>",
    ),
    m(
        "72203",
        "2025-12-14 17:00",
        "Wellfound <team@hi.wellfound.com>",
        "5 startups want to see your profile this week",
        ("alert", None, None, None, "wellfound", "en"),
        "Hi Lena,\n\nThese startups are actively hiring growth and marketing roles in Berlin and Munich:\n\n- Tollwerk Ventures – Growth Lead\n- Kieztaxi – Performance Marketing\n- Kleio AI – Founding Growth Marketer (you applied)\n\nUpdate your availability: https://wellfound.com/jobs",
    ),
    m(
        "72204",
        "2025-11-23 09:30",
        "Glassdoor Jobs <noreply@glassdoor.com>",
        "Lena, new jobs for Growth Marketing Associate",
        ("alert", None, None, None, "other", "en"),
        html="<html><body><p>Jobs picked for you</p><p>Growth Marketing Associate – Pixelhafen – Hamburg</p><p>Junior CRM Manager – Kieztaxi – Berlin</p></body></html>",
    ),
    m(
        "72205",
        "2025-10-26 10:14",
        "Omnivera Talent Community <no-reply@us.greenhouse-mail.io>",
        "Welcome to the Omnivera Talent Community",
        ("alert", OV, None, None, "greenhouse", "en"),
        "Hi Lena,\n\nThanks for joining our Talent Community! We'll send you updates about open roles that match your interests in Marketing and Growth.\n\nOmnivera Recruiting",
    ),
    m(
        "72206",
        "2025-12-09 14:22",
        "Sam Whitfield <sam.whitfield@northbeamtalent.com>",
        "Product Marketing role – B2B SaaS, Munich",
        ("outreach", None, "Product Marketing Manager", None, "agency", "en"),
        "Hi Lena,\n\nI'm a recruiter at Northbeam Talent, specialising in go-to-market hires for SaaS scale-ups in DACH. One of my clients (Series C, ~300 people, HQ in Munich) is looking for a Product Marketing Manager with 1-3 years' experience.\n\n"
        "Salary up to €60k + equity. Open to a quick chat?\n\nSam Whitfield\nSenior Recruiter | Northbeam Talent",
    ),
    m(
        "72207",
        "2025-12-10 09:00",
        "Sam Whitfield <sam.whitfield@northbeamtalent.com>",
        "Automatic reply: Re: Product Marketing role – B2B SaaS, Munich",
        ("other_job", None, None, None, "agency", "en"),
        "Thanks for your email. I'm out of the office until 15 December with limited access to email. For urgent matters please contact talent@northbeamtalent.com.\n\nSam",
    ),
    m(
        "72208",
        "2026-02-09 12:40",
        "Laura Mendes via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Lena, quick question about Kraftstrom",
        ("outreach", KS, "Growth Marketing Manager", None, "linkedin", "en"),
        html="<html><body><p>Hi Lena,</p><p>we are reopening growth hiring at Kraftstrom, but as a slightly more senior Growth Marketing Manager role. "
        "Would you be open to a conversation about that instead?</p><p>Laura Mendes · People Partner at Kraftstrom</p><p><a href='#'>Reply</a></p></body></html>",
    ),
    m(
        "72209",
        "2025-11-26 10:01",
        "Mealo <no-reply@greenhouse.io>",
        "How did we do? Tell us about your interview experience",
        ("other_job", ML, MLR, None, "greenhouse", "en"),
        "Hi Lena,\n\nYou recently interviewed with Mealo. We'd love your anonymous feedback on the process – it takes 2 minutes.\n\nTake the survey: https://survey.greenhouse.io/s/9c11\n\nThank you!",
    ),
    m(
        "72210",
        "2026-03-02 18:20",
        "Nordlicht Energy <no-reply@ashbyhq.com>",
        "New roles at Nordlicht Energy you might like",
        ("alert", NE, None, None, "ashby", "en"),
        "Hi Lena,\n\nSince you applied with us before, here are new openings: CRM Manager (Berlin), Brand Marketing Lead (Hamburg).\n\nThe Nordlicht Talent Team",
    ),
]

# ruff: noqa: E501
"""Corpus 59, staffing-agency and vendor-chain mail (data only): see heldout59.py."""

from __future__ import annotations

from typing import Any

from heldout59_jobs import A, J, m

CC, CCR = "Carolina Crestbank", "Sr. QA Automation Engineer (Selenium/Java)"
TM, TMR = "Trinity Mutual Insurance", "SDET - Guidewire"
PS, PSR = "Prairie State Bank", "Automation Test Engineer (API)"
MR, MRR = "Mid-America Rail", "QA Automation Engineer (Contract)"
PG, PGR = "Palomino Games", "SDET (Contract-to-Hire)"

KRIOS = "Venkat Reddy <venkat.r@kriosinfotech.com>"
VYOM = "Sandeep Kumar <sandeep@vyomtechsolutions.com>"
SAPH = "Ritika Sharma <ritika.sharma@sapphirecloudsys.com>"
APEX = "Mohammed Irfan <irfan@apexnexgenstaffing.com>"
TLANE = "Brooke Hennessy <bhennessy@talentlanepartners.com>"

SIG_K = "\n\nThanks & Regards,\nVenkat Reddy\nSr. Technical Recruiter | Krios Infotech LLC\n3010 LBJ Fwy, Suite 1200, Dallas, TX 75234\nDesk: 469-555-0142 Ext 211 | venkat.r@kriosinfotech.com\nKrios Infotech is an E-Verified company."
SIG_V = "\n\nRegards,\nSandeep Kumar | Team Lead - Recruitment\nVyom Tech Solutions Inc.\nPh: 732-555-0190 | sandeep@vyomtechsolutions.com\nNote: We respect your online privacy. If you wish to unsubscribe, reply REMOVE."
SIG_S = "\n\nBest Regards,\nRitika Sharma\nUS IT Recruiter | Sapphire Cloud Systems Inc\n1901 N Roselle Rd, Schaumburg IL 60195\nritika.sharma@sapphirecloudsys.com | 847-555-0117"

MAIL: list[dict[str, Any]] = [
    # --- 23 Krios Infotech -> (prime vendor) -> Carolina Crestbank -----------------------
    m(
        "80101",
        "2025-10-07 09:12",
        KRIOS,
        "Sr QA Automation Engineer (Selenium/Java) || Charlotte, NC (Hybrid) || Long Term Contract",
        J("outreach", "agency", None, CCR),
        "Hi Daniel,\n\nHope you are doing well.\n\nI came across your profile on Dice and it looks like a great match for one of our direct client requirements. Please find the JD below and let me know your interest.\n\nRole: Sr. QA Automation Engineer (Selenium/Java)\nLocation: Charlotte, NC (Hybrid 3 days onsite)\nDuration: 12+ months, long term\nClient: Leading banking client\nRate: $62/hr on W2 or $70/hr C2C\n\nMust have: Selenium WebDriver, Java, TestNG/Cucumber, REST Assured, Jenkins, banking domain.\n\nIf interested, please share your updated resume, best rate, availability and visa status."
        + SIG_K,
    ),
    m(
        "80102",
        "2025-10-08 11:40",
        KRIOS,
        "RE: Sr QA Automation Engineer (Selenium/Java) || Charlotte, NC (Hybrid) || Long Term Contract",
        J("outreach", "agency", None, CCR),
        'Hi Daniel,\n\nThanks for your response and the resume. To submit your profile, kindly confirm the below Right to Represent by replying "I confirm":\n\nI, Daniel Okafor-Reyes, authorize Krios Infotech LLC to represent me for the position of Sr. QA Automation Engineer at their client location in Charlotte, NC at a rate of $62/hr on W2. I have not been submitted to this position by any other vendor.\n\nAlso please fill the skill matrix attached and share 2 references (supervisor level).'
        + SIG_K,
        attach=[
            (
                "Skill_Matrix_SrQA.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "skill matrix placeholder",
            )
        ],
    ),
    m(
        "80103",
        "2025-10-09 16:05",
        KRIOS,
        "Submitted: Sr QA Automation Engineer - Charlotte - Daniel Okafor-Reyes",
        A("confirmation", CC, CCR, 23, "agency"),
        "Hi Daniel,\n\nThank you for the RTR. I have submitted your profile to the prime vendor for the Carolina Crestbank requirement. The client usually gives feedback within 3-5 business days. Please keep your phone handy and be available for a call from the client.\n\nPlease do not apply to this position directly or through any other vendor."
        + SIG_K,
    ),
    m(
        "80104",
        "2025-10-15 10:30",
        KRIOS,
        "Client Interview Confirmation - Carolina Crestbank - 10/17 at 11 AM EST",
        A("interview", CC, CCR, 23, "agency"),
        "Hi Daniel,\n\nGood news! The client has shortlisted your profile. Interview details below:\n\nDate: Friday, 10/17/2025\nTime: 11:00 AM EST / 10:00 AM CST\nMode: Microsoft Teams (video mandatory)\nPanel: Lisa Chen (QA Manager), Brian Ott (Lead SDET)\n\nPlease be ready 10 minutes early, keep your camera on and dress formally. Kindly confirm your availability ASAP."
        + SIG_K,
        ics={
            "uid": "040000008200E00074C5B7101A82E00800000000CCB1017",
            "style": "outlook",
            "start": "2025-10-17 10:00:00 -0500",
            "minutes": 45,
            "summary": "Interview - Sr QA Automation - Daniel Okafor-Reyes",
            "organizer": ("Venkat Reddy", "venkat.r@kriosinfotech.com"),
            "location": "Microsoft Teams Meeting",
        },
    ),
    m(
        "80105",
        "2025-10-24 12:18",
        KRIOS,
        "RE: Client Interview Confirmation - Carolina Crestbank - 10/17 at 11 AM EST",
        A("rejection", CC, CCR, 23, "agency"),
        "Hi Daniel,\n\nI got feedback from the vendor today. The client was happy with your technical skills, but they have decided to move forward with another candidate who has more mainframe batch testing experience.\n\nI will keep you posted on other requirements that match your profile."
        + SIG_K
        + "\n\n-----Original Message-----\nFrom: Daniel Okafor-Reyes\nSent: Wednesday, October 22, 2025 4:10 PM\nSubject: RE: Client Interview Confirmation\n\nHi Venkat, any update from the client?",
    ),
    m(
        "80106",
        "2025-11-20 09:44",
        KRIOS,
        "Urgent need: Performance Tester (JMeter) - Remote - W2 only",
        J("outreach", "agency", None, "Performance Tester (JMeter)"),
        "Hi Daniel,\n\nHope you are doing well. We have an urgent requirement for a Performance Tester with JMeter/BlazeMeter and Dynatrace. Remote, 6 months, W2 only. Rate $58/hr. Please let me know if you or anyone in your network is interested."
        + SIG_K,
    ),
    # --- 24 Vyom Tech -> implementation partner -> Trinity Mutual (on hold) ------------
    m(
        "80201",
        "2025-11-05 10:02",
        VYOM,
        "Immediate Need || SDET with Guidewire || Austin, TX (Onsite from Day 1)",
        J("outreach", "agency", None, TMR),
        "Hello Daniel,\n\nHope you are doing great!\n\nThis is Sandeep from Vyom Tech Solutions. We have a requirement with our implementation partner for an insurance end client in Austin, TX.\n\nTitle: SDET - Guidewire\nLocation: Austin, TX (Onsite from Day 1, locals preferred)\nDuration: 12 Months+\nVisa: USC/GC/H4 EAD\nRate: DOE\n\nKindly share your updated resume along with your expected rate and a good time to talk."
        + SIG_V,
    ),
    m(
        "80202",
        "2025-11-07 13:25",
        VYOM,
        "RTR - SDET - Guidewire - Daniel Okafor-Reyes",
        A("confirmation", TM, TMR, 24, "agency"),
        "Hi Daniel,\n\nAs discussed, I've submitted your profile to the implementation partner (Everstone Consulting) for their end client, Trinity Mutual Insurance, at $68/hr C2C. Please find the RTR copy below for your records. Kindly do not share your resume with other vendors for the same end client.\n\nRTR: Candidate Daniel Okafor-Reyes, Position SDET - Guidewire, End client Trinity Mutual Insurance, Rate $68/hr C2C, Vendor Vyom Tech Solutions Inc."
        + SIG_V,
    ),
    m(
        "80203",
        "2025-11-21 15:50",
        VYOM,
        "RE: RTR - SDET - Guidewire - Daniel Okafor-Reyes",
        A("confirmation", TM, TMR, 24, "agency"),
        "Hi Daniel,\n\nQuick update: the implementation partner informed us that the position is on hold for now. Trinity Mutual is re-planning their Q1 release, so no interviews will happen until the new year. Your profile stays in their pipeline. I'll reach out once it opens again."
        + SIG_V,
        st="on_hold",
    ),
    # --- 25 Sapphire Cloud Systems (Ceipal) -> Prairie State Bank ------------------------
    m(
        "80301",
        "2025-12-01 08:55",
        "Ritika Sharma <ritika.sharma@sapphirecloudsys.com>",
        "Automation Test Engineer (API) - Chicago, IL / Remote - W2",
        J("outreach", "agency", None, PSR),
        "Hi Daniel,\n\nI came across your profile and wanted to check your interest in the below role with one of our banking clients.\n\nAutomation Test Engineer (API)\nChicago, IL (Remote with quarterly travel)\n6+ months contract-to-hire\nSkills: Postman, REST Assured, Karate, SQL, Azure DevOps\n\nPlease share your updated resume and best time to connect."
        + SIG_S,
    ),
    m(
        "80302",
        "2025-12-03 14:11",
        "Ceipal <noreply@ceipal.com>",
        "Sapphire Cloud Systems Inc: Please confirm your submission for Automation Test Engineer (API)",
        A("confirmation", PS, PSR, 25, "agency"),
        html="<html><body><p>Dear Daniel Okafor-Reyes,</p><p>Sapphire Cloud Systems Inc is submitting your profile for the following job:</p><table><tr><td>Job Title</td><td>Automation Test Engineer (API)</td></tr><tr><td>Client</td><td>Prairie State Bank</td></tr><tr><td>Location</td><td>Chicago, IL</td></tr><tr><td>Pay Rate</td><td>$60.00/hr W2</td></tr></table><p>By clicking <a href='https://sapphirecloud.ceipal.com/rtr/confirm/19be2'>I Agree</a>, you authorize Sapphire Cloud Systems Inc to represent you for this position.</p><p>Powered by CEIPAL</p></body></html>",
    ),
    m(
        "80303",
        "2025-12-10 09:30",
        "Prairie State Bank <noreply@hirevue.com>",
        "Prairie State Bank - Complete your on-demand video interview",
        A("assessment", PS, PSR, 25, "hirevue"),
        "Hello Daniel,\n\nThank you for your interest in the Automation Test Engineer (API) position at Prairie State Bank. As a next step, we invite you to complete an on-demand video interview. It takes about 20 minutes and includes 5 questions. Please complete it by December 15.\n\nStart your interview: https://app.hirevue.com/interviews/psb-kq9w\n\nPrairie State Bank Talent Acquisition",
    ),
    m(
        "80304",
        "2025-12-17 11:02",
        SAPH,
        "Next round - Prairie State Bank - Tuesday 12/23 2 PM CST",
        A("interview", PS, PSR, 25, "agency"),
        "Hi Daniel,\n\nThe client liked your HireVue and wants a technical round with the hiring manager (Dave Kowalski) on Tuesday 12/23 at 2 PM CST, Zoom, 45 min. Meeting invite attached. Please confirm."
        + SIG_S,
        ics={
            "uid": "zoom-93100288412@zoom.us",
            "start": "2025-12-23 14:00:00 -0600",
            "minutes": 45,
            "summary": "Prairie State Bank - Tech Round - Daniel Okafor-Reyes",
            "organizer": ("Ritika Sharma", "ritika.sharma@sapphirecloudsys.com"),
            "location": "https://us06web.zoom.us/j/93100288412",
        },
    ),
    m(
        "80305",
        "2026-01-08 16:20",
        SAPH,
        "Feedback",
        A("rejection", PS, PSR, 25, "agency"),
        "Hi Daniel,\n\nSorry for the late update, the client was out over the holidays. Dave mentioned you did well on the API questions but they've gone with a candidate who already has Karate framework experience in production. Unfortunately we won't be moving ahead for this one.\n\nI have a couple more roles coming up, will share soon."
        + SIG_S,
    ),
    # --- 26 Apex Nexgen (JobDiva) -> Mid-America Rail, ghosted ----------------------------
    m(
        "80401",
        "2026-01-13 10:40",
        APEX,
        "Job Opportunity: QA Automation Engineer (Contract) - Remote",
        J("outreach", "agency", None, MRR),
        "Hi Daniel,\n\nHope you are doing well. I am Mohammed from Apex Nexgen Staffing. We have a remote contract role for QA Automation Engineer (Cypress, JavaScript, AWS) with a transportation client. 9 months, W2 $60/hr or C2C $66/hr. Are you available and interested?\n\nMohammed Irfan\nApex Nexgen Staffing LLC | www.apexnexgenstaffing.com",
    ),
    m(
        "80402",
        "2026-01-14 15:15",
        "Apex Nexgen Staffing <noreply@jobdiva.com>",
        "Your Profile Submitted - QA Automation Engineer (Contract) - Job #26-00193",
        A("confirmation", MR, MRR, 26, "agency"),
        "Dear Daniel,\n\nThis is to confirm that your profile has been submitted to Mid-America Rail for the QA Automation Engineer (Contract) position (Job #26-00193). Your recruiter, Mohammed Irfan, will contact you regarding next steps.\n\nApex Nexgen Staffing LLC\nPowered by JobDiva",
    ),
    m(
        "80403",
        "2026-01-14 15:20",
        "Mohammed Irfan <irfan@apexnexgenstaffing.com>",
        "Automatic reply: RE: Job Opportunity: QA Automation Engineer (Contract) - Remote",
        J("other_job", "agency"),
        "Hi,\n\nThank you for your email. I am currently out of office and will respond on Monday. For anything urgent please reach out to hr@apexnexgenstaffing.com.\n\nRegards,\nIrfan",
    ),
    # --- 27 Talentlane Partners (Bullhorn) -> Palomino Games, withdrawn -------------------
    m(
        "80501",
        "2026-02-16 13:05",
        TLANE,
        "SDET contract-to-hire in Austin - gaming company",
        J("outreach", "agency", None, PGR),
        "Hi Daniel,\n\nBrooke with Talentlane Partners here. I'm working with a mid-size game studio in Austin that needs an SDET for their live-ops platform: 6 month contract-to-hire, $65-72/hr W2, hybrid. They use C#, Playwright and a homegrown load tool. Your background lines up really well. Worth a 15 minute call?\n\nBrooke Hennessy\nSenior Recruiter, Talentlane Partners\n512-555-0166",
    ),
    m(
        "80502",
        "2026-02-18 10:30",
        TLANE,
        "RE: SDET contract-to-hire in Austin - gaming company",
        A("confirmation", PG, PGR, 27, "agency"),
        "Hi Daniel,\n\nGreat talking with you yesterday. As promised: the client is Palomino Games. I've sent your resume over to their engineering director with my notes. I'll let you know as soon as I hear back - they usually move fast.\n\nBrooke\n\n> On Feb 17, 2026, at 4:44 PM, Daniel Okafor-Reyes wrote:\n> Hi Brooke, yes, happy to be submitted. $70/hr W2 works.",
    ),
    m(
        "80503",
        "2026-02-24 09:12",
        "Talentlane Partners <noreply@bullhornstaffing.com>",
        "Interview Scheduled: Palomino Games - SDET (Contract-to-Hire)",
        A("interview", PG, PGR, 27, "agency"),
        "Hi Daniel,\n\nYour interview has been scheduled.\n\nClient: Palomino Games\nPosition: SDET (Contract-to-Hire)\nDate/Time: Thursday, February 26, 2026, 3:00 PM CST\nType: Video (Google Meet)\nInterviewer: Jonah Park, Director of Engineering\n\nYour recruiter: Brooke Hennessy, bhennessy@talentlanepartners.com\n\nTalentlane Partners",
        ics={
            "uid": "bh-int-558120@talentlanepartners.com",
            "start": "2026-02-26 15:00:00 -0600",
            "minutes": 60,
            "summary": "Palomino Games / Daniel Okafor-Reyes - SDET interview",
            "organizer": ("Brooke Hennessy", "bhennessy@talentlanepartners.com"),
            "attendees": [("Jonah Park", "jonah.park@palominogames.com")],
            "location": "https://meet.google.com/plm-sdet-int",
        },
    ),
    m(
        "80504",
        "2026-03-03 14:40",
        TLANE,
        "RE: Palomino - withdrawing",
        A("confirmation", PG, PGR, 27, "agency"),
        "Hi Daniel,\n\nTotally understand, and congrats on the Redbud offer! I've let Palomino know you're withdrawing from consideration. Keep me in mind if you ever look at contracts again.\n\nBrooke\n\n-----Original Message-----\nFrom: Daniel Okafor-Reyes <daniel.okaforreyes@gmail.com>\nSent: Tuesday, March 3, 2026 1:15 PM\nSubject: Palomino - withdrawing\n\nHi Brooke, I accepted a full-time offer yesterday, so please withdraw me from the Palomino process. Thank you for all the help.",
        st="withdrawn",
    ),
    # --- more agency outreach -------------------------------------------------------------
    m(
        "80601",
        "2025-10-14 08:20",
        "Arjun Patel <arjun.patel@nexaglobalit.com>",
        "Hiring: Mobile QA Automation (Appium) - Dallas TX - W2/C2C",
        J("outreach", "agency", None, "Mobile QA Automation Engineer (Appium)"),
        "Hi,\n\nHope you are doing well!\n\nPlease go through the below requirement and let me know if you are comfortable.\n\nPosition: Mobile QA Automation Engineer (Appium)\nLocation: Dallas, TX (Hybrid)\nDuration: Long term\nClient: Telecom\n\nKindly share your updated resume with expected rate.\n\nArjun Patel\nNexa Global IT Inc | arjun.patel@nexaglobalit.com\nIf you are not interested, please reply with REMOVE in the subject.",
    ),
    m(
        "80602",
        "2025-10-31 12:45",
        "Kavya N <kavya.n@infobahnconsulting.com>",
        "Kindly confirm your availability - ETL QA Tester - Irving TX",
        J("outreach", "agency", None, "ETL QA Tester"),
        "Hi Daniel,\n\nHope you are doing well. I tried reaching you over phone. We have an ETL QA Tester role (Informatica, SQL, Snowflake) in Irving TX. Kindly confirm your availability for a quick call today. Please share your updated resume.\n\nKavya N\nInfobahn Consulting LLC",
    ),
    m(
        "80603",
        "2025-12-11 09:05",
        "Dice <noreply@dice.com>",
        "A recruiter from Stratus Workforce wants to connect",
        J("outreach", "other", None, "SDET"),
        html="<html><body><p>Hi Daniel,</p><p><b>Lauren Fisk</b>, Recruiter at Stratus Workforce, viewed your profile and sent you a message:</p><blockquote>Hi Daniel, I have a W2 SDET contract in Chicago (Java, Selenium, Kafka) - 12 months, $65/hr. Interested?</blockquote><p><a href='https://www.dice.com/messages'>Reply on Dice</a></p></body></html>",
    ),
    m(
        "80604",
        "2026-01-26 11:30",
        "Ravi Teja <ravi@cloudnineitsolutions.com>",
        "Need your updated resume - QA Lead - Charlotte NC - Client: Pinecroft Bank",
        J("outreach", "agency", "Pinecroft Bank", "QA Lead"),
        "Hi Daniel,\n\nHope you are doing well.\n\nWe have a QA Lead opening with our direct client Pinecroft Bank in Charlotte, NC (onsite 4 days). Contract 12+ months, W2 $65/hr. Selenium, Java, Tosca is a plus, 10+ years required.\n\nPlease share your updated resume and two references.\n\nRavi Teja\nCloud Nine IT Solutions LLC",
    ),
    m(
        "80605",
        "2026-02-05 17:10",
        VYOM,
        "Re-opened: SDET - Guidewire - Austin TX",
        J("outreach", "agency", TM, "Senior SDET - Guidewire PolicyCenter"),
        "Hi Daniel,\n\nHope you are doing well. The Trinity Mutual program has re-opened but the IP changed the requirement: now it's Senior SDET - Guidewire PolicyCenter with 3+ years of Guidewire. Do you have hands-on Guidewire? If yes, please share an updated resume highlighting it and I can resubmit."
        + SIG_V,
    ),
    m(
        "80606",
        "2026-03-12 10:25",
        "Nicole Barnes <nbarnes@keystonetalentgroup.com>",
        "Automation Architect - Remote - 6 month contract",
        J("outreach", "agency", None, "Test Automation Architect"),
        "Hi Daniel,\n\nI'm a recruiter with Keystone Talent Group. I have a 6 month remote Test Automation Architect contract with a healthcare client. $80-90/hr C2C. Would you be open to hearing more?\n\nNicole Barnes\nKeystone Talent Group",
    ),
    m(
        "80607",
        "2026-03-16 09:50",
        KRIOS,
        "Hotlist request / available consultants",
        J("other_job", "agency"),
        "Hi Daniel,\n\nHope you are doing well. We are updating our bench hotlist. If you are available for new projects, please share your updated resume, current location and rate. If you are placed already, kindly let me know so we can update our records."
        + SIG_K,
    ),
]

# ruff: noqa: E501
"""Corpus 89, remote US/EU job mail, boards, alerts and outreach (data only): see heldout89.py."""

from __future__ import annotations

from functools import partial
from typing import Any

import heldout as H


def _zone(day: str) -> str:
    return "+0530"


m = partial(H.dated_spec, _zone)


def A(cat, co, role, app, src):
    return (cat, co, role, app, src, "en")


def ev(uid, start, org, summary, minutes=60, style="google", **kw):
    d = {
        "uid": uid,
        "start": start + ":00 +0530",
        "organizer": org,
        "summary": summary,
        "minutes": minutes,
        "style": style,
    }
    d.update(kw)
    return d


def J(cat, co=None, role=None, src="other"):
    return (cat, co, role, None, src, "en")


NB, NBR = "Nimbuscale", "Senior Backend Engineer (Java)"
HL, HLR = "Hallstrom Logistics", "Backend Engineer (Java/Kotlin)"
FJ, FJR = "Fjordbyte", "Senior Java Engineer"
PC, PCR = "Parcelly", "Backend Engineer, Platform"
DL, DLR = "Dhanvi Labs", "Founding Backend Engineer"
TB, TBR = "Tallowbridge", "Java Engineer II"

MAIL: list[dict[str, Any]] = [
    # --- 18 Nimbuscale (Greenhouse, US remote) -------------------------------------
    m(
        "72001",
        "2025-09-06 06:40",
        "Nimbuscale Recruiting <no-reply@us.greenhouse-mail.io>",
        "Thank you for applying to Nimbuscale",
        A("confirmation", NB, NBR, 18, "greenhouse"),
        "Hi Aditya,\n\nThanks for applying to Nimbuscale! We received your application for Senior Backend Engineer (Java) - Remote (India / APAC time zones welcome).\n\nOur team reviews every application, and we'll be in touch if there's a fit. Unfortunately, due to the volume we receive, we can't always reply to each applicant personally.\n\nAll the best,\nThe Nimbuscale Talent Team",
    ),
    m(
        "72014",
        "2025-10-02 03:12",
        "Nimbuscale Recruiting <no-reply@us.greenhouse-mail.io>",
        "Following up on your Nimbuscale application",
        A("rejection", NB, NBR, 18, "greenhouse"),
        "Hi Aditya,\n\nThank you again for your interest in Nimbuscale and the time you put into your application.\n\nAfter reviewing your background, we've decided not to move forward at this time. We know this isn't the news you were hoping for, and we encourage you to keep an eye on our careers page.\n\nBest,\nNimbuscale Talent Team",
    ),
    # --- 19 Hallstrom Logistics (Personio, EU remote) ------------------------------
    m(
        "72003",
        "2025-09-12 14:25",
        "Hallstrom Logistics GmbH <noreply@personio.de>",
        "Your application as Backend Engineer (Java/Kotlin)",
        A("confirmation", HL, HLR, 19, "personio"),
        "Dear Aditya,\n\nThank you for your application as Backend Engineer (Java/Kotlin) (remote, EU time zone overlap). We have received your documents and will get back to you as soon as possible.\n\nKind regards\nJulia Brandt\nPeople Team\nHallstrom Logistics GmbH · Hamburg",
    ),
    m(
        "72009",
        "2025-09-23 13:05",
        "Julia Brandt <julia.brandt@hallstrom-logistics.example>",
        "Hallstrom - first conversation",
        A("interview", HL, HLR, 19, "direct"),
        "Hi Aditya,\n\nthanks for your application! We'd love to have a first 45-minute video call with you and Tobias (Engineering Lead). Could you pick a slot via the link below? Our slots are between 10:00 and 15:00 CET, which I hope works from Bengaluru.\n\nhttps://calendly.com/hallstrom-people/45min\n\nBest\nJulia",
    ),
    m(
        "72010",
        "2025-09-24 10:20",
        "Calendly <notifications@calendly.com>",
        "New Event: Aditya Venkatesh Rao - 02:30pm Fri, Sep 26, 2025 - Hallstrom | First conversation",
        A("interview", HL, HLR, 19, "other"),
        "Hi Aditya Venkatesh Rao,\n\nA new event has been scheduled.\n\nEvent Type: Hallstrom | First conversation\nInvitee: Aditya Venkatesh Rao\nEvent Date/Time: 02:30pm - 03:15pm (India Standard Time) Friday, September 26, 2025\nLocation: Google Meet\n\nCancel or reschedule: https://calendly.com/cancellations/ab12",
        ics=ev(
            "calendly-hlst-7781@calendly.com",
            "2025-09-26 14:30",
            ("Julia Brandt", "julia.brandt@hallstrom-logistics.example"),
            "Hallstrom | First conversation",
            minutes=45,
            location="Google Meet",
        ),
    ),
    m(
        "72016",
        "2025-10-06 12:48",
        "Julia Brandt <julia.brandt@hallstrom-logistics.example>",
        "Your application at Hallstrom",
        A("rejection", HL, HLR, 19, "direct"),
        "Hi Aditya,\n\nthank you very much for the conversation with Tobias and me. We really liked your structured way of thinking and your experience with event sourcing.\n\nAfter a lot of discussion we've decided to continue with candidates who can overlap more with our Hamburg core hours, as the team works very synchronously. This was a difficult decision.\n\nWe wish you all the best and would be happy to hear from you again in the future.\n\nBest\nJulia",
    ),
    # --- 20 Fjordbyte (Lever, Norway remote) ----------------------------------------
    m(
        "72006",
        "2025-09-18 12:00",
        "Fjordbyte <no-reply@hire.lever.co>",
        "Thanks for applying to Fjordbyte",
        A("confirmation", FJ, FJR, 20, "lever"),
        "Hi Aditya,\n\nThanks for your interest in the Senior Java Engineer role at Fjordbyte. We've got your application and our team will review it shortly.\n\nCheers,\nFjordbyte",
    ),
    m(
        "72012",
        "2025-09-30 15:22",
        "HackerRank <support@hackerrankforwork.com>",
        "Invitation: Fjordbyte Backend Challenge",
        A("assessment", FJ, FJR, 20, "hackerrank"),
        "Hi Aditya,\n\nFjordbyte AS has invited you to complete 'Backend Challenge - Java (Senior)'.\n\nTime limit: 120 minutes\nPlease complete it before 7 Oct 2025.\n\nhttps://www.hackerrank.com/tests/fj3kq/login\n\nGood luck,\nHackerRank",
    ),
    m(
        "72018",
        "2025-10-10 13:30",
        "Eirik Solberg <eirik@fjordbyte.example>",
        "Fjordbyte - technical interview",
        A("interview", FJ, FJR, 20, "direct"),
        "Hi Aditya,\n\nNice work on the challenge. Let's do a 60 min technical interview on Wednesday 15 Oct, 13:30 CEST (17:00 IST). Invite attached.\n\nEirik Solberg\nEngineering Manager, Fjordbyte AS",
        ics=ev(
            "fjb-tech-aditya@google.com",
            "2025-10-15 17:00",
            ("Eirik Solberg", "eirik@fjordbyte.example"),
            "Fjordbyte technical interview - Aditya",
            location="https://meet.google.com/fjb-tech-int",
        ),
    ),
    m(
        "72022",
        "2025-10-24 14:10",
        "Eirik Solberg <eirik@fjordbyte.example>",
        "Update from Fjordbyte",
        A("confirmation", FJ, FJR, 20, "direct"),
        "Hi Aditya,\n\nI wanted to be open with you: our board has asked us to pause new senior hiring until the Q1 budget is approved, so the Senior Java Engineer role is on hold for now. Your interview went well and I'd like to pick things up with you if and when it reopens.\n\nSorry for the wait, and thanks for your patience.\n\nEirik",
        st="on_hold",
    ),
    # --- 21 Parcelly (Ashby, US remote) ---------------------------------------------
    m(
        "72020",
        "2025-10-18 05:50",
        "Parcelly <no-reply@ashbyhq.com>",
        "Parcelly | Application received",
        A("confirmation", PC, PCR, 21, "ashby"),
        html="<html><body><p>Hi Aditya,</p><p>Thanks for applying to the <strong>Backend Engineer, Platform</strong> role at Parcelly. We've received your application and the team is reviewing it.</p><p>If you're not selected for this role, we'll let you know by email.</p><p>— Parcelly Recruiting</p></body></html>",
    ),
    m(
        "72030",
        "2025-11-12 04:15",
        "Parcelly <no-reply@ashbyhq.com>",
        "Your Parcelly application",
        A("rejection", PC, PCR, 21, "ashby"),
        html="<html><body><p>Hi Aditya,</p><p>Thank you for your interest in Parcelly. We've reviewed your application for Backend Engineer, Platform, and we won't be moving forward at this time. This role requires at least 4 hours of overlap with Pacific Time.</p><p>— Parcelly Recruiting</p></body></html>",
    ),
    # --- 22 Dhanvi Labs (founder, gmail) ---------------------------------------------
    m(
        "72024",
        "2025-10-26 23:05",
        "Rohan Khurana <rohan.khurana.dev@gmail.com>",
        "Saw your application - quick chat?",
        A("interview", DL, DLR, 22, "direct"),
        "Hey Aditya,\n\nRohan here, co-founder at Dhanvi (we're building credit infra for small lenders, ex-SF, now mostly remote with a few folks in Bengaluru). Saw your application on Wellfound for the founding backend role.\n\nWould you be up for a 30 min call this Wednesday evening, 8 PM IST? I'll send a Meet link.\n\nCheers,\nRohan\n\nSent from my iPhone",
    ),
    m(
        "72027",
        "2025-11-05 22:40",
        "Rohan Khurana <rohan.khurana.dev@gmail.com>",
        "Re: Saw your application - quick chat?",
        A("rejection", DL, DLR, 22, "direct"),
        "Hey Aditya,\n\nReally enjoyed our chats, and thanks for doing the system design session with Meera. Honestly it was close. We've decided to go with someone who has done 0-to-1 at a lending startup before, given how early we are.\n\nWould love to stay in touch - if we raise our Series A next year we'll be hiring more seniors.\n\nRohan",
        **{"In-Reply-To": "<72024.20251026.34@gmail.com>"},
    ),
    # --- 23 Tallowbridge (iCIMS, US remote) -----------------------------------------
    m(
        "72026",
        "2025-11-01 01:30",
        "Tallowbridge Careers <tallowbridge@icims.com>",
        "Tallowbridge: Application Received for Java Engineer II",
        A("confirmation", TB, TBR, 23, "icims"),
        "Dear Aditya,\n\nThank you for applying for the Java Engineer II (Remote - India) position at Tallowbridge. Unfortunately, due to the high volume of applications, we cannot respond to each applicant individually; a recruiter will contact you if your qualifications match our needs.\n\nSincerely,\nTallowbridge Talent Acquisition",
    ),
    m(
        "72040",
        "2026-01-13 02:20",
        "Tallowbridge Careers <tallowbridge@icims.com>",
        "Regarding Java Engineer II",
        A("rejection", TB, TBR, 23, "icims"),
        "Dear Aditya,\n\nThank you for your interest in employment with Tallowbridge. The position of Java Engineer II has now been filled. We will keep your resume on file and encourage you to apply again.\n\nSincerely,\nTallowbridge Talent Acquisition",
    ),
    # --- Alerts, boards, outreach, other job mail ------------------------------------
    m(
        "72002",
        "2025-09-07 08:00",
        "Naukri Job Alert <jobalert@naukri.com>",
        "25 new Java Developer jobs matching your profile",
        J("alert"),
        html="<html><body><p>Hi Aditya, here are jobs that match your profile</p><ul><li>Java Developer - Zyncore Technologies - Bengaluru - 5-8 Yrs</li><li>Senior Java Engineer - Amberline Fintech - Pune - 4-9 Yrs</li><li>Backend Developer - Karvak Systems - Hyderabad - 3-6 Yrs</li></ul><p><a href='https://www.naukri.com/recommendedjobs'>View all 25 jobs</a></p></body></html>",
    ),
    m(
        "72004",
        "2025-09-14 09:30",
        "Naukri <info@naukri.com>",
        "Recruiters viewed your profile 6 times this week",
        J("other_job"),
        "Hi Aditya,\n\n6 recruiters viewed your profile this week, including recruiters from IT Services and Consulting companies.\n\nProfiles updated recently get 2x more recruiter actions. Update your profile now.\n\nTeam Naukri",
    ),
    m(
        "72005",
        "2025-09-15 10:45",
        "LinkedIn <jobalerts-noreply@linkedin.com>",
        '"java developer": 30+ opportunities in Bengaluru',
        J("alert", src="linkedin"),
        "Your job alert for java developer in Bengaluru, Karnataka, India\n\nSenior Java Developer - Pixelwise Software - Bengaluru (Hybrid)\nBackend Engineer - Kolam Tech - Bengaluru\nSDE 2 - Backend - Trishul Commerce - Bengaluru (On-site)\n\nSee all jobs",
    ),
    m(
        "72007",
        "2025-09-19 11:50",
        "Vikram Sethi <vikram.sethi@zyncore.example>",
        "Opportunity at Zyncore - Lead Java Engineer",
        J("outreach", "Zyncore Technologies", "Lead Java Engineer", "direct"),
        "Hi Aditya,\n\nI came across your profile on Naukri and was impressed by your experience with Spring Boot microservices at Zentrix. We are hiring a Lead Java Engineer for our Bengaluru (Whitefield) office. Would you be open for a quick call this week?\n\nRegards,\nVikram Sethi\nTalent Acquisition Lead, Zyncore Technologies",
    ),
    m(
        "72008",
        "2025-09-21 09:00",
        "foundit <jobs@foundit.in>",
        "Aditya, 12 jobs picked for you",
        J("alert"),
        "Jobs picked for you on foundit\n\n1. Java Backend Developer - Velmora IT Solutions - Pune\n2. Senior Software Engineer - Java - Trishul Commerce - Bengaluru\n3. Java Microservices Lead - Aadhya Infosystems - Hyderabad\n\nApply now with one click.",
    ),
    m(
        "72011",
        "2025-09-27 12:30",
        "Tessaract Group Careers <careers@successfactors.eu>",
        "Welcome to the Tessaract Talent Community",
        J("alert", "Tessaract"),
        "Dear Aditya,\n\nThank you for joining the Tessaract Talent Community. You will now receive updates on opportunities that match your interests.\n\nTessaract Group Careers",
    ),
    m(
        "72013",
        "2025-10-01 18:05",
        "Shruti (Hirewave) <shruti@hirewave.example>",
        "5 companies want to talk to you this week",
        J("alert"),
        "Hi Aditya,\n\nYour Hirewave profile is getting noticed! 5 companies are interested in Java backend engineers like you. Log in to see who and respond before the invites expire.\n\nShruti\nCandidate Success, Hirewave",
    ),
    m(
        "72015",
        "2025-10-04 16:40",
        "Ananya Ghosh <ananya.ghosh@linkedin.com>",
        "InMail: Senior Backend role at Trishul Commerce (Bengaluru)",
        J("outreach", "Trishul Commerce", "Senior Backend Engineer", "linkedin"),
        "Hi Aditya,\n\nHope you're doing well! I'm hiring for a Senior Backend Engineer at Trishul Commerce - Java, Spring, high-scale order management. Budget is competitive (up to 42 LPA) and the team is in Bellandur.\n\nOpen to a chat?\n\nAnanya\nTalent Partner, Trishul Commerce\n\nReply on LinkedIn",
    ),
    m(
        "72017",
        "2025-10-09 07:10",
        "Kiranam Hiring <no-reply@keka.com>",
        "How was your interview experience at Kiranam?",
        J("other_job", "Kiranam", "SDE-2 (Backend)"),
        "Hi Aditya,\n\nWe'd love your feedback on your interview experience with Kiranam. It takes 2 minutes.\n\nhttps://kiranam.keka.com/survey/cx/991\n\nTeam Kiranam",
    ),
    m(
        "72019",
        "2025-10-15 10:00",
        "Meghna Kulkarni <meghna.k@talentbridgehr.example>",
        "Urgent requirement - Java Full Stack - Chennai - Our client: Top MNC",
        J("outreach", None, "Java Full Stack Developer", "agency"),
        "Dear Aditya,\n\nGreetings from TalentBridge HR Consultants!\n\nWe have an urgent requirement for Java Full Stack (Angular) with our client, a top MNC, for Chennai location. Weekend drive on 18th Oct.\n\nIf interested, kindly share your updated CV.",
    ),
    m(
        "72021",
        "2025-10-20 09:40",
        "Sowmya R <sowmya.r@infotrek-group.example>",
        "Automatic reply: Infotrek - status of my application",
        J("other_job", "Infotrek"),
        "Thank you for your mail. I am on leave from 20th Oct to 27th Oct with limited access to email. For urgent matters please contact ta.blr@infotrek-group.example.\n\nRegards,\nSowmya R",
    ),
    m(
        "72023",
        "2025-10-25 08:00",
        "Wellfound <team@hi.wellfound.com>",
        "New startup jobs for you: Backend, Remote",
        J("alert", src="wellfound"),
        "Startups hiring for roles like yours\n\nFounding Backend Engineer · Dhanvi Labs · Remote (India)\nBackend Engineer · Koshi AI · Bengaluru\nSenior Java Engineer · Ledgerly · Remote (Europe)\n\nView all jobs on Wellfound",
    ),
    m(
        "72025",
        "2025-10-24 19:15",
        "Wellfound <team@hi.wellfound.com>",
        "You applied to Dhanvi Labs",
        A("confirmation", DL, DLR, 22, "wellfound"),
        "Hi Aditya,\n\nYour application to Dhanvi Labs for Founding Backend Engineer has been sent. Rohan Khurana has been notified.\n\nThe Wellfound Team",
    ),
    m(
        "72028",
        "2025-11-06 09:20",
        "Naukri <info@naukri.com>",
        "Complete your application for Java Lead at Aadhya Infosystems",
        J("alert"),
        "Hi Aditya,\n\nYou started applying for Java Lead at Aadhya Infosystems but did not answer the recruiter's questions. Your application will not be sent until you complete it.\n\nComplete application\n\nTeam Naukri",
    ),
    m(
        "72029",
        "2025-11-09 10:12",
        "Infotrek Group Talent Acquisition <infotrekgroup@myworkday.com>",
        "Verify your Candidate Home account",
        J("other_job", "Infotrek", src="workday"),
        "Your verification code is 448120. It expires in 15 minutes.\n\nInfotrek Group Candidate Home",
    ),
    m(
        "72031",
        "2025-11-15 11:25",
        "Pooja Menon <pooja.menon@talentspire-search.example>",
        "Principal Engineer role - confidential - Bengaluru",
        J("outreach", None, "Principal Engineer - Backend", "agency"),
        "Hi Aditya,\n\nI lead technology search at TalentSpire. I'm working on a confidential mandate for a well-funded consumer internet company in Bengaluru looking for a Principal Engineer (Backend, Java). The role is not advertised.\n\nWould you be open to a 15 min call?\n\nBest,\nPooja Menon\nTalentSpire Executive Search",
    ),
    m(
        "72032",
        "2025-11-20 08:00",
        "LinkedIn <jobalerts-noreply@linkedin.com>",
        '"senior java engineer remote": new jobs in Europe',
        J("alert", src="linkedin"),
        "New jobs for senior java engineer remote\n\nSenior Java Engineer - Ledgerly - Remote (EU)\nBackend Engineer - Nordvik Data - Remote\n\nSee all",
    ),
    m(
        "72033",
        "2025-11-26 17:30",
        "Staffnest Consulting <jobs@staffnestconsulting.example>",
        "Hiring for {Client_Name} : Java Developer : Pune : Walk-in Drive 29th Nov",
        J("outreach", None, "Java Developer", "agency"),
        "Dear {FirstName},\n\nWe are conducting a walk-in drive for <Client> on Saturday 29th Nov at Pune (Hinjewadi Phase 2). Java 4-8 yrs.\n\nKindly share your CV on jobs@staffnestconsulting.example.\n\nRegards,\nStaffnest Consulting",
    ),
    m(
        "72034",
        "2025-12-03 09:00",
        "Naukri Job Alert <jobalert@naukri.com>",
        "Java Developer jobs in Hyderabad for you",
        J("alert"),
        html="<html><body><p>Hi Aditya,</p><ul><li>Java Microservices Developer - Infotrek Systems - Hyderabad</li><li>Senior Engineer - Java - Vantara Bank Technology Centre - Hyderabad</li></ul></body></html>",
    ),
    m(
        "72035",
        "2025-12-14 12:00",
        "Ananya Ghosh <ananya.ghosh@linkedin.com>",
        "Following up: Trishul Commerce",
        J("outreach", "Trishul Commerce", "Senior Backend Engineer", "linkedin"),
        "Hi Aditya, just bumping this up in case you missed it. We're still hiring for the Senior Backend role. Let me know!\n\nAnanya",
    ),
    m(
        "72036",
        "2025-12-20 10:40",
        "Greystone Recruiting <no-reply@us.greenhouse-mail.io>",
        "Greystone - tell us about your candidate experience",
        J("other_job", "Greystone Cloud", "Software Engineer II, Backend", "greenhouse"),
        "Hi Aditya,\n\nThanks for interviewing with Greystone. Would you take a few minutes to tell us about your experience? Your answers are anonymous.\n\nTake the survey\n\nGreystone Recruiting",
    ),
    m(
        "72037",
        "2026-01-06 08:00",
        "foundit <jobs@foundit.in>",
        "New year, new job? 18 roles matching your skills",
        J("alert"),
        "Hi Aditya,\n\nStart 2026 right! 18 new Java roles matched your profile this week.\n\nJava Developer - Velmora IT Solutions - Pune\nSenior Backend Engineer - Koshi AI - Bengaluru\n\nTeam foundit",
    ),
    m(
        "72038",
        "2026-01-08 14:20",
        "Vikram Sethi <vikram.sethi@zyncore.example>",
        "Re: Opportunity at Zyncore - Lead Java Engineer",
        J("outreach", "Zyncore Technologies", "Lead Java Engineer", "direct"),
        "Hi Aditya,\n\nHope you had a great start to the new year. Checking again if you'd be open to exploring the Lead role at Zyncore; we've got a new budget approval for Q1.\n\nRegards,\nVikram",
    ),
    m(
        "72039",
        "2026-01-10 09:00",
        "Hirewave <notifications@hirewave.example>",
        "Your profile has been hidden from companies",
        J("other_job"),
        "Hi Aditya,\n\nAs requested, your profile is now hidden and companies can no longer send you interest requests. You can turn job search back on any time.\n\nTeam Hirewave",
    ),
    m(
        "72041",
        "2026-01-22 11:00",
        "Eirik Solberg <eirik@fjordbyte.example>",
        "Fjordbyte role re-opened",
        J("outreach", "Fjordbyte", "Senior Java Engineer", "direct"),
        "Hi Aditya,\n\nHappy new year! As promised, letting you know the Senior Java Engineer role has re-opened with budget approval. I understand you may have started somewhere new; if you're still curious, I'd be glad to continue from where we left off.\n\nEirik",
    ),
    m(
        "72042",
        "2026-02-04 08:00",
        "LinkedIn <jobalerts-noreply@linkedin.com>",
        '"staff engineer java": 12 new jobs in Bengaluru',
        J("alert", src="linkedin"),
        "Staff Engineer - Backend - Koshi AI - Bengaluru\nStaff Software Engineer (Java) - Pixelwise Software - Bengaluru\n\nSee all jobs",
    ),
    m(
        "72043",
        "2026-02-11 10:30",
        "Naukri <info@naukri.com>",
        "Your profile has not been updated in 30 days",
        J("other_job"),
        "Hi Aditya,\n\nYour profile was last updated 30 days ago. Recruiters prefer active profiles. Update your profile to appear higher in recruiter searches.\n\nTeam Naukri",
    ),
    m(
        "72044",
        "2026-02-18 15:45",
        "Pooja Menon <pooja.menon@talentspire-search.example>",
        "Re: Principal Engineer role - confidential - Bengaluru",
        J("outreach", None, "Principal Engineer - Backend", "agency"),
        "Hi Aditya,\n\nCircling back on this. The client is happy to wait for the right person, so even if you've just joined somewhere, it may be worth a conversation for later in the year.\n\nBest,\nPooja",
    ),
]

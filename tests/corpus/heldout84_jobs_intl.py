# ruff: noqa: E501
"""Corpus 84, English job mail from US companies (data only): see heldout84.py."""

from __future__ import annotations

from typing import Any

from heldout84_jobs import ics, m


def A(cat, co, role, app, src, lang="en"):
    return (cat, co, role, app, src, lang)


DL, DLR = "Driftline", "QA Automation Engineer (LATAM, Remote)"
PC, PCR1, PCR2 = "Pinecrest Labs", "Software Engineer in Test", "Senior QA Engineer"
QS, QSR = "Quillstack", "Senior QA Automation Engineer"
TS, TSR = "Tessellate", "QA Engineer - Remote (Americas)"
BL, BLR = "Brightloop", "SDET"
FC, FCR1, FCR2 = "Ferncastle", "QA Automation Engineer", "SDET II"
OR, ORR = "Orbitly", "Test Automation Engineer"
CW, CWR = "Calderwood Health", "Senior QA Automation Engineer"
KD, KDR = "Kindra", "QA Engineer, Mobile"
HF, HFR = "Harbor & Finch", "Quality Engineer II (Remote - LATAM)"

MAIL: list[dict[str, Any]] = [
    # --- 14 Driftline (Greenhouse) ----------------------------------------------------------
    m(
        "84401",
        "2025-09-29 15:12",
        "Driftline <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Driftline!",
        A("confirmation", DL, DLR, 14, "greenhouse"),
        """Hi Lucía,

Thanks for your interest in Driftline! We've received your application for QA Automation Engineer (LATAM, Remote) and our team will review it shortly.

If your background is a match, someone from our recruiting team will reach out about next steps. Either way, we'll let you know.

Best,
The Driftline Recruiting Team""",
    ),
    m(
        "84402",
        "2025-10-06 13:40",
        "Driftline Recruiting <no-reply@us.greenhouse-mail.io>",
        "Driftline - Coding Assessment",
        A("assessment", DL, DLR, 14, "greenhouse"),
        """Hi Lucía,

Thanks again for applying! As a next step we'd like you to complete a short HackerRank assessment (75 minutes, JavaScript or Python). You'll receive a separate email from HackerRank with your personal link.

Please complete it within 5 days. Let us know if you need accommodations.

Cheers,
Megan Holt
Technical Recruiter, Driftline""",
    ),
    m(
        "84403",
        "2025-10-06 13:42",
        "HackerRank <support@hackerrankforwork.com>",
        "Invitation: Driftline QA Automation Challenge",
        A("assessment", DL, DLR, 14, "hackerrank"),
        html="""<html><body><p>Hi Lucía Ferreyra,</p><p>You have been invited by <b>Driftline</b> to take the <b>QA Automation Challenge</b>.</p><p>Test duration: 75 mins<br>Expires: Oct 11, 2025 11:59 PM PDT</p><p><a href="https://www.hackerrank.com/tests/dl-qa-2025/login">Take the test</a></p><p>All the best,<br>Team HackerRank</p></body></html>""",
    ),
    m(
        "84404",
        "2025-10-14 12:05",
        "Megan Holt <megan.holt@driftline.dev>",
        "Interview confirmation: Driftline Technical Screen",
        A("interview", DL, DLR, 14, "other"),
        """Hi Lucía,

Your interview with Driftline is confirmed. Details below.

Technical Screen with Ravi Menon (Staff QA)
Monday, October 20, 2025 · 10:00 AM - 11:00 AM PDT (2:00 PM ART)
Zoom: https://driftline.zoom.us/j/81730022165

Need to reschedule? Use this link: https://app.goodtime.io/reschedule/dl-7a91c

Powered by GoodTime""",
        ics=ics(
            "goodtime-dl-7a91c@goodtime.io",
            "2025-10-20 14:00",
            "Driftline Technical Screen - Lucía Ferreyra",
            ("Megan Holt", "megan.holt@driftline.dev"),
            minutes=60,
            location="https://driftline.zoom.us/j/81730022165",
        ),
    ),
    m(
        "84405",
        "2025-10-29 17:22",
        "Driftline Recruiting <no-reply@us.greenhouse-mail.io>",
        "An update from Driftline",
        A("rejection", DL, DLR, 14, "greenhouse"),
        """Hi Lucía,

Thank you for taking the time to speak with Ravi and for the thoughtful work on the assessment. The team really enjoyed your approach to flaky-test triage.

After a lot of discussion, we've decided to move forward with other candidates whose experience more closely matches what we need right now. This was a difficult decision.

We'd love to stay in touch for future openings.

Warmly,
Megan Holt
Driftline""",
    ),
    # --- 15/16 Pinecrest Labs (Lever), then a re-application --------------------------------
    m(
        "84411",
        "2025-10-01 02:14",
        "Pinecrest Labs <no-reply@hire.lever.co>",
        "Pinecrest Labs: thanks for applying",
        A("confirmation", PC, PCR1, 15, "lever"),
        """Hi Lucía,

Thank you for applying for the Software Engineer in Test role at Pinecrest Labs. We're a small team, so every application is read by a human. If we think there's a fit, we'll reach out to schedule a call.

— Pinecrest Labs Talent""",
    ),
    m(
        "84412",
        "2025-10-09 19:48",
        "Pinecrest Labs <no-reply@hire.lever.co>",
        "Following up on your application",
        A("rejection", PC, PCR1, 15, "lever"),
        """Hi Lucía,

We appreciate your interest in Pinecrest Labs and the time you put into your application. Unfortunately, we won't be moving forward with your candidacy for the Software Engineer in Test position at this time.

We'll keep your information on file and encourage you to apply for future roles that match your skills.

Best,
Pinecrest Labs Talent Team""",
    ),
    m(
        "84413",
        "2026-01-08 14:30",
        "Pinecrest Labs <no-reply@hire.lever.co>",
        "Pinecrest Labs: thanks for applying",
        A("confirmation", PC, PCR2, 16, "lever"),
        """Hi Lucía,

Thank you for applying for the Senior QA Engineer role at Pinecrest Labs. We're a small team, so every application is read by a human. If we think there's a fit, we'll reach out to schedule a call.

— Pinecrest Labs Talent""",
    ),
    # --- 17 Quillstack (Ashby) -> offer accepted via EOR -----------------------------------
    m(
        "84421",
        "2025-11-05 16:01",
        "Quillstack Hiring <no-reply@ashbyhq.com>",
        "Application received - Senior QA Automation Engineer",
        A("confirmation", QS, QSR, 17, "ashby"),
        """Hi Lucía,

Thanks for applying to Quillstack! We've received your application for Senior QA Automation Engineer.

We review every application carefully. Unfortunately, due to volume, we can't respond individually to every applicant — if you are not selected for an interview, you'll receive an email from us within a few weeks.

Quillstack Technologies, Inc.""",
    ),
    m(
        "84422",
        "2025-11-11 11:15",
        "Dana Whitfield <dana@quillstack.com>",
        "Quillstack <> Lucía - intro call",
        A("interview", QS, QSR, 17, "direct"),
        """Hi Lucía,

Thanks for applying! I'm Dana, I run recruiting at Quillstack. I'd love to set up a 30 minute intro call. I've sent a calendar invite for Thursday Nov 13, 12:00 PM ET (2:00 PM in Buenos Aires). Let me know if that doesn't work.

Dana Whitfield
Head of Talent, Quillstack""",
        ics=ics(
            "ashby-int-5c1f0e2d-84422",
            "2025-11-13 14:00",
            "Intro call: Lucía Ferreyra / Quillstack",
            ("Dana Whitfield", "dana@quillstack.com"),
            minutes=30,
            location="https://meet.google.com/ozv-hkqe-tnp",
        ),
    ),
    m(
        "84423",
        "2025-11-20 18:33",
        "Quillstack Hiring <no-reply@ashbyhq.com>",
        "Take-home exercise: Quillstack QA",
        A("assessment", QS, QSR, 17, "ashby"),
        """Hi Lucía,

Great chatting with you! As discussed, here's our take-home exercise. You'll find a small web app and an API spec in the repo below. We'd like you to write an automated test suite (any framework you prefer) and a short note on what you'd test next and why.

Repo: https://github.com/quillstack-hiring/qa-takehome
Time box: about 3-4 hours. Please submit within 7 days via the link in this email.

Dana""",
    ),
    m(
        "84424",
        "2025-12-04 10:20",
        "Dana Whitfield <dana@quillstack.com>",
        "Final round at Quillstack - scheduling",
        A("interview", QS, QSR, 17, "direct"),
        """Hi Lucía,

The team loved your take-home — Priyanka said it was the clearest write-up she's seen this year. We'd like to invite you to the final round: three 45-minute conversations (take-home review, engineering manager, and a values chat with our co-founder).

Please pick your slots here: https://jobs.ashbyhq.com/quillstack/interview-scheduling/5c1f0e2d

Dana""",
    ),
    m(
        "84428",
        "2025-12-05 15:12",
        "Quillstack Hiring <no-reply@ashbyhq.com>",
        "Confirmed: Final round with Quillstack on Dec 11",
        A("interview", QS, QSR, 17, "ashby"),
        """Hi Lucía,

Your final round with Quillstack is confirmed for Thursday, December 11, 2025:

12:00 PM - 12:45 PM ET  Take-home review (Priyanka Rao, Ali Brenner)
1:00 PM - 1:45 PM ET  Engineering Manager (Tom Ellery)
2:00 PM - 2:45 PM ET  Values conversation (Jonah Kass, co-founder)

All sessions are on Google Meet; individual calendar invites will follow.

Quillstack Recruiting""",
        ics=ics(
            "ashby-final-5c1f0e2d-84428",
            "2025-12-11 14:00",
            "Quillstack final round - Lucía Ferreyra",
            ("Quillstack Recruiting", "no-reply@ashbyhq.com"),
            minutes=165,
            location="https://meet.google.com/qsx-final-lfr",
        ),
    ),
    m(
        "84429",
        "2025-12-19 20:40",
        "Dana Whitfield <dana@quillstack.com>",
        "Quick update",
        A("interview", QS, QSR, 17, "direct"),
        """Hi Lucía,

Just wanted to give you a quick update so you're not left wondering: the team's feedback from the final round is very positive, and we're working through approvals and the EOR setup for Argentina. With the holidays it will probably be the second week of January before I have news. Thanks for your patience!

Dana""",
    ),
    m(
        "84425",
        "2026-01-12 19:05",
        "Dana Whitfield <dana@quillstack.com>",
        "Your offer from Quillstack 🎉",
        A("offer", QS, QSR, 17, "direct"),
        """Hi Lucía,

I'm thrilled to share that we'd like you to join Quillstack as a Senior QA Automation Engineer!

Since you're based in Argentina, you'd be engaged through our employer-of-record partner, Borderly, who will handle the local contract, payroll in USD and benefits. The attached offer summary covers compensation, equity and start date (Feb 2, 2026). Borderly will send the formal agreement once you accept.

We're so excited. Let me know if you'd like to talk through anything.

Dana Whitfield
Head of Talent · Quillstack Technologies, Inc.""",
        attach=[
            ("Quillstack_Offer_Summary_LFerreyra.pdf", "application/pdf", "%PDF-1.4 offer summary")
        ],
    ),
    m(
        "84426",
        "2026-01-16 13:47",
        "Borderly <contracts@borderly.io>",
        "Your employment agreement with Quillstack has been signed",
        A("offer", QS, QSR, 17, "other"),
        """Hi Lucía,

Great news! Your employment agreement has been signed by all parties.

Role: Senior QA Automation Engineer
Company: Quillstack Technologies, Inc. (via Borderly Argentina S.R.L.)
Start date: February 2, 2026

Next, we'll ask you for your CUIL, bank details and a few documents to complete onboarding.

The Borderly team""",
        attach=[("Employment_Agreement_signed.pdf", "application/pdf", "%PDF-1.4 signed")],
        st="accepted",
    ),
    m(
        "84427",
        "2026-01-19 09:02",
        "Borderly <onboarding@borderly.io>",
        "Complete your onboarding checklist (3 of 7 done)",
        ("other_job", QS, QSR, None, "other", "en"),
        html="""<html><body><p>Hi Lucía,</p><p>You're almost there! Please complete the remaining onboarding steps before your start date:</p><ul><li>Upload DNI (front and back)</li><li>Add your bank account (CBU)</li><li>Sign the equipment policy</li><li>Choose your prepaid health plan</li></ul><p><a href="https://app.borderly.io/onboarding">Continue onboarding</a></p></body></html>""",
    ),
    # --- 18 Tessellate (Workable), forwarded from the old address --------------------------
    m(
        "84431",
        "2025-10-18 12:44",
        "Lucía Ferreyra <luferreyra87@hotmail.com>",
        "Fwd: Thanks for applying to Tessellate",
        A("confirmation", TS, TSR, 18, "workable"),
        """(me lo mando a la cuenta nueva)

---------- Forwarded message ---------
From: Tessellate <noreply@candidates.workablemail.com>
Date: Sat, Oct 18, 2025 at 12:31 PM
Subject: Thanks for applying to Tessellate
To: <luferreyra87@hotmail.com>

Hi Lucía,

Thanks for applying for QA Engineer - Remote (Americas) at Tessellate. Our hiring team will review your application and get back to you.

Kind regards,
Tessellate Hiring Team""",
    ),
    m(
        "84432",
        "2025-11-07 21:10",
        "Tessellate <noreply@candidates.workablemail.com>",
        "Your application for QA Engineer - Remote (Americas)",
        A("rejection", TS, TSR, 18, "workable"),
        """Hi Lucía,

Thank you for your interest in Tessellate and for taking the time to apply. We were impressed by your background in API test automation.

We received a large number of applications, and after careful review we have decided to progress with candidates whose experience aligns more closely with the role's requirements.

We wish you the best of luck in your search.

Tessellate Hiring Team""",
    ),
    # --- 19 Brightloop (Lever tenant of the parent) ----------------------------------------
    m(
        "84441",
        "2025-10-24 03:20",
        "Loop Holdings <no-reply@hire.lever.co>",
        "We received your application",
        A("confirmation", BL, BLR, 19, "lever"),
        html="""<html><body><p>Hi Lucía,</p><p>Thanks for applying for the <b>SDET</b> position on the Brightloop team. We've received your application and will be in touch if there's a match.</p><p>Loop Holdings, Inc. &middot; Brightloop &middot; Loopcart</p><p style="font-size:11px"><a href="https://jobs.lever.co/loopholdings">jobs.lever.co/loopholdings</a></p></body></html>""",
    ),
    # --- 20/21 Ferncastle, two roles (Greenhouse) --------------------------------------------
    m(
        "84451",
        "2025-11-02 22:05",
        "Ferncastle <no-reply@us.greenhouse-mail.io>",
        "Thank you for your application to Ferncastle",
        A("confirmation", FC, FCR1, 20, "greenhouse"),
        """Hi Lucía,

Thank you for applying for the QA Automation Engineer role at Ferncastle. We're reviewing applications and will contact you if your qualifications match our needs.

Best regards,
Ferncastle Talent Acquisition""",
    ),
    m(
        "84452",
        "2025-11-02 22:19",
        "Ferncastle <no-reply@us.greenhouse-mail.io>",
        "Thank you for your application to Ferncastle",
        A("confirmation", FC, FCR2, 21, "greenhouse"),
        """Hi Lucía,

Thank you for applying for the SDET II role at Ferncastle. We're reviewing applications and will contact you if your qualifications match our needs.

Best regards,
Ferncastle Talent Acquisition""",
    ),
    m(
        "84453",
        "2025-11-13 16:50",
        "Ferncastle <no-reply@us.greenhouse-mail.io>",
        "Ferncastle application update",
        A("rejection", FC, FCR1, 20, "greenhouse"),
        """Hi Lucía,

Thanks for your interest in the QA Automation Engineer position. We've decided to pursue other candidates for this role. We noticed you also applied for SDET II — that application is still under review and is not affected by this decision.

Best regards,
Ferncastle Talent Acquisition""",
    ),
    m(
        "84454",
        "2025-11-17 14:03",
        "Chris Ybarra <chris.ybarra@ferncastle.com>",
        "SDET II - next steps",
        A("interview", FC, FCR2, 21, "direct"),
        """Hi Lucía,

I'm the recruiter for the SDET II opening. The hiring manager would like to meet you for a 45 minute video interview. Please choose a time that works for you here:

https://app.greenhouse.io/scheduling/candidates/b7e3c2

Thanks,
Chris Ybarra
Recruiter | Ferncastle""",
    ),
    m(
        "84455",
        "2025-12-03 18:26",
        "Ferncastle <no-reply@us.greenhouse-mail.io>",
        "Regarding your SDET II candidacy",
        A("rejection", FC, FCR2, 21, "greenhouse"),
        """Hi Lucía,

Thank you for meeting with our team. Everyone appreciated your clear communication and your experience with contract testing.

Unfortunately, we've decided not to move forward with your candidacy at this time, as the team needs someone with deeper experience in our specific performance-testing stack.

We hope you'll consider Ferncastle again in the future.

Chris Ybarra""",
    ),
    # --- 22 Orbitly, LinkedIn Easy Apply --------------------------------------------------------
    m(
        "84461",
        "2025-11-09 20:20",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Lucía, your application was sent to Orbitly",
        A("confirmation", OR, ORR, 22, "linkedin"),
        html="""<html><body><p>Your application was sent to Orbitly</p><p><b>Test Automation Engineer</b><br>Orbitly · United States (Remote)</p><p>Applied on Nov 9</p></body></html>""",
    ),
    m(
        "84462",
        "2025-11-12 07:55",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your application was viewed by Orbitly",
        A("viewed", OR, ORR, 22, "linkedin"),
        html="""<html><body><p>Orbitly viewed your application for Test Automation Engineer.</p><p>Stand out to the hiring team by adding skills to your profile.</p></body></html>""",
    ),
    # --- 23 Calderwood Health via a nearshore agency ----------------------------------------
    m(
        "84471",
        "2025-11-14 13:35",
        "Kevin Araujo <kevin.araujo@nearshoretp.com>",
        "Remote Sr QA Automation role - US healthtech (USD)",
        ("outreach", None, CWR, None, "agency", "en"),
        """Hi Lucía,

I'm Kevin from Nearshore Talent Partners. We place LATAM engineers with US companies as long-term contractors, paid in USD.

One of our clients, a fast-growing US healthtech company (Series C, ~250 people), is looking for a Senior QA Automation Engineer: Playwright, TypeScript, API testing, some mobile. Fully remote, overlap with ET hours.

Would you be open to a quick call?

Kevin Araujo
Talent Partner | Nearshore Talent Partners""",
    ),
    m(
        "84472",
        "2025-11-19 15:10",
        "Kevin Araujo <kevin.araujo@nearshoretp.com>",
        "RE: Remote Sr QA Automation role - US healthtech (USD)",
        A("confirmation", CW, CWR, 23, "agency"),
        """Hi Lucía,

Great talking earlier! As promised: the client is Calderwood Health. I've submitted your profile to their engineering team today, with the rate we discussed. I'll follow up as soon as I hear back.

Kevin""",
    ),
    m(
        "84473",
        "2025-11-26 11:48",
        "Kevin Araujo <kevin.araujo@nearshoretp.com>",
        "Calderwood interview - Tue Dec 2",
        A("interview", CW, CWR, 23, "agency"),
        """Hi Lucía,

Calderwood would like to interview you! Tuesday Dec 2 at 1:00 PM ET (3:00 PM ART) with their QA manager, Erin Sato, on Zoom. Calendar invite attached — please accept it.

Tips: they care a lot about HIPAA-aware test data handling.

Kevin""",
        ics=ics(
            "040000008200E00074C5B7101A82E008-84473",
            "2025-12-02 15:00",
            "Calderwood Health - QA interview (L. Ferreyra)",
            ("Kevin Araujo", "kevin.araujo@nearshoretp.com"),
            minutes=60,
            location="https://calderwood.zoom.us/j/96612033810",
            style="outlook",
        ),
    ),
    m(
        "84474",
        "2025-12-10 17:15",
        "Kevin Araujo <kevin.araujo@nearshoretp.com>",
        "Calderwood feedback",
        A("rejection", CW, CWR, 23, "agency"),
        """Hi Lucía,

I got feedback from Calderwood. Erin really liked you — strong fundamentals and great communication — but they decided to go with a candidate who has hands-on experience with healthcare integrations (HL7/FHIR). So they won't move forward this time.

I have a couple of other roles coming up in January and I'll reach out.

Kevin""",
    ),
    # --- 24 Kindra (Ashby): take-home, interview, then silence --------------------------------
    m(
        "84481",
        "2025-11-24 18:00",
        "Kindra <no-reply@ashbyhq.com>",
        "Thanks for applying to Kindra",
        A("confirmation", KD, KDR, 24, "ashby"),
        """Hi Lucía,

Thanks for applying to the QA Engineer, Mobile role at Kindra. We'll review your application and reach out if there's a fit.

The Kindra Team""",
    ),
    m(
        "84482",
        "2025-12-01 14:30",
        "Sam Okafor <sam@kindra.app>",
        "Kindra - take-home + chat",
        A("assessment", KD, KDR, 24, "direct"),
        """Hey Lucía,

Thanks for your interest! Next step is a short take-home: write Appium or Maestro tests for our demo app (link in the repo README) and send us a short Loom walking through it.

https://github.com/kindra-app/qa-mobile-exercise

No hard deadline, but within a week is ideal.

Sam
Engineering Manager, Kindra""",
    ),
    m(
        "84483",
        "2025-12-12 20:11",
        "Sam Okafor <sam@kindra.app>",
        "Re: Kindra - take-home + chat",
        A("interview", KD, KDR, 24, "direct"),
        """Loved the Loom! Let's do a 45 min chat with me and our iOS lead next week. Invite sent for Wed Dec 17, 11am PT (4pm for you).

Sam""",
        ics=ics(
            "1q2w3e4r5t6y7u8i@google.com",
            "2025-12-17 16:00",
            "Kindra: Lucía Ferreyra - team chat",
            ("Sam Okafor", "sam@kindra.app"),
            location="https://meet.google.com/kvt-mrxo-dia",
        ),
    ),
    m(
        "84484",
        "2026-01-07 10:00",
        "Sam Okafor <sam@kindra.app>",
        "Automatic reply: Re: Kindra - next steps?",
        ("other_job", KD, KDR, None, "direct", "en"),
        """Hi! I'm out of office until January 12 with limited access to email. For anything urgent, please contact hiring@kindra.app.

Sam""",
    ),
    # --- 25 Harbor & Finch (Workday, HFX) -------------------------------------------------------
    m(
        "84491",
        "2025-12-08 15:27",
        "HFX Careers <harborfinch@myworkday.com>",
        "Application Received: Quality Engineer II (Remote - LATAM)",
        A("confirmation", HF, HFR, 25, "workday"),
        """Dear Lucía,

Thank you for your interest in HFX. We have received your application for Quality Engineer II (Remote - LATAM) (Req R-20931).

You can track the status of your application at any time by signing in to your candidate home.

Regards,
HFX Talent Acquisition
Harbor & Finch Holdings, LLC""",
    ),
    m(
        "84492",
        "2026-01-21 16:40",
        "HFX Careers <harborfinch@myworkday.com>",
        "Update on Your Application",
        A("rejection", HF, HFR, 25, "workday"),
        """Dear Lucía,

Thank you for your interest in the Quality Engineer II (Remote - LATAM) position. After careful consideration, we have decided to move forward with other candidates.

We encourage you to visit our careers site for other opportunities.

Regards,
HFX Talent Acquisition""",
    ),
    # --- alerts, communities, outreach ---------------------------------------------------------
    m(
        "84501",
        "2025-09-10 14:00",
        "Indeed <alert@indeed.com>",
        "New QA automation remote jobs for you",
        ("alert", None, None, None, "indeed", "en"),
        html="""<html><body><p>Jobs matching <b>qa automation remote</b>:</p><p>QA Automation Engineer - Driftline - Remote</p><p>SDET - Halvard Systems - Remote (LATAM)</p><p>Automation Tester - Greyfield - Remote</p></body></html>""",
    ),
    m(
        "84502",
        "2025-10-03 08:12",
        "Wellfound <team@wellfound.com>",
        "5 startups looking for QA engineers this week",
        ("alert", None, None, None, "wellfound", "en"),
        html="""<html><body><p>Hi Lucía, here are this week's picks:</p><p><b>Kindra</b> — QA Engineer, Mobile · Remote</p><p><b>Tessellate</b> — QA Engineer · Remote (Americas)</p><p><b>Mintwell</b> — Founding QA · Remote</p></body></html>""",
    ),
    m(
        "84503",
        "2025-10-21 17:30",
        "Aisha Grant <aisha.grant@halvardsystems.com>",
        "QA role at Halvard - open to chat?",
        ("outreach", "Halvard Systems", "Senior SDET", None, "direct", "en"),
        """Hi Lucía,

I came across your profile and your talk on contract testing at TestingAR. We're hiring a Senior SDET for our payments platform, remote for LATAM. Would you be open to a 20 minute chat?

Aisha Grant
Technical Recruiter, Halvard Systems""",
    ),
    m(
        "84504",
        "2025-11-01 09:00",
        "Driftline <no-reply@us.greenhouse-mail.io>",
        "Welcome to the Driftline Talent Community",
        ("alert", DL, None, None, "greenhouse", "en"),
        """Hi Lucía,

Thanks for joining the Driftline Talent Community! We'll let you know when roles open that match your interests.

The Driftline Recruiting Team""",
    ),
    m(
        "84505",
        "2025-12-18 11:11",
        "Ashby <no-reply@ashbyhq.com>",
        "Finish your application to Mintwell",
        ("alert", "Mintwell", "Founding QA Engineer", None, "ashby", "en"),
        """Hi Lucía,

You started an application for Founding QA Engineer at Mintwell but didn't submit it. Your progress has been saved — pick up where you left off:

https://jobs.ashbyhq.com/mintwell/application/resume

Mintwell""",
    ),
    m(
        "84506",
        "2026-01-27 15:20",
        "LinkedIn <inmail-hit-reply@linkedin.com>",
        "Lucía, Brandon sent you a message",
        ("outreach", "Greyfield", "Lead QA Engineer", None, "linkedin", "en"),
        html="""<html><body><p><b>Brandon Lacey</b> · Engineering Manager at Greyfield</p><p>Hi Lucía — we're building out QA at Greyfield and I'd love to tell you about a Lead QA Engineer role (remote). Any interest?</p><p><a href="https://www.linkedin.com/messaging/">Reply</a></p></body></html>""",
    ),
    m(
        "84507",
        "2026-02-03 10:00",
        "Driftline <no-reply@us.greenhouse-mail.io>",
        "Tell us about your candidate experience",
        ("other_job", DL, None, None, "greenhouse", "en"),
        """Hi Lucía,

You recently interviewed with Driftline. Would you take 2 minutes to tell us how it went? Your answers are anonymous.

https://survey.greenhouse.io/s/driftline-cx

Thanks!""",
    ),
]

"""Job mail of the eighth held-out corpus, in English (do not use for tuning)."""

from __future__ import annotations

from typing import Any

from heldout3_util import m, reply

CST, CDT, EST, EDT, PST, PDT, MDT = "-0600", "-0500", "-0500", "-0400", "-0800", "-0700", "-0600"

BP = "Brightpath Learning"
ID = "Instructional Designer"
CES = "Customer Education Specialist"
LDC = "L&D Coordinator"
TSB = "Training Specialist - Bilingual (Spanish)"
LXD = "Learning Experience Designer II"
CDC = "Curriculum Developer (Contract)"
EM = "Enablement Manager"

MAIL: list[dict[str, Any]] = [
    # 1 Brightpath Learning, Workday: confirmation, then a neutral-subject rejection
    m(
        "8001",
        "2025-01-08 10:14",
        "Workday <brightpath@myworkday.com>",
        "Thank you for applying!",
        ("confirmation", BP, ID, 1, "workday", "en"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p><img src="https://wd5.myworkdaysite.com/brightpath/assets/logo" alt="Brightpath Learning"></p>
<p>Hi Marisol,</p>
<p>Thank you for applying to the <b>Instructional Designer</b> position (R-0004127) at Brightpath
Learning. We have received your application and our talent acquisition team is reviewing it.</p>
<p>You can check the status of your application at any time by signing in to your
<a href="https://brightpath.wd5.myworkdayjobs.com/en-US/Careers/userHome">candidate home</a>.</p>
<p>Best,<br>Brightpath Learning Talent Acquisition</p>
<p style="color:#888;font-size:11px">This is an automated message. Please do not reply.</p>
</body></html>""",
        tz=CST,
    ),
    m(
        "8002",
        "2025-01-30 16:41",
        "Workday <brightpath@myworkday.com>",
        "Update on your application",
        ("rejection", BP, ID, 1, "workday", "en"),
        html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Marisol,</p>
<p>Thank you for your interest in the Instructional Designer role at Brightpath Learning and for
the time you invested in applying. Your classroom experience and your bilingual curriculum work
really stood out to our team.</p>
<p>After careful consideration, we have decided to move forward with other candidates whose
experience more closely aligns with the needs of this position.</p>
<p>We encourage you to keep an eye on our careers site for future openings.</p>
<p>Warm regards,<br>The Brightpath Learning Recruiting Team</p>
</body></html>""",
        tz=CST,
    ),
    # 2 Cobalt Ridge Software, Greenhouse + GoodTime: reschedule, rejection
    m(
        "8003",
        "2025-01-09 09:02",
        "Cobalt Ridge Software <no-reply@us.greenhouse-mail.io>",
        "Thanks for applying to Cobalt Ridge Software",
        ("confirmation", "Cobalt Ridge Software", CES, 2, "greenhouse", "en"),
        text="""Hi Marisol,

Thanks for applying for the Customer Education Specialist role at Cobalt Ridge Software!

We've received your application and our recruiting team will review it shortly. If your
background looks like a match, someone from our team will reach out to talk about next steps.

In the meantime, check out our blog to learn more about how we help field-service teams
run their day: https://www.cobaltridge.io/blog

Cheers,
Cobalt Ridge Talent Team
""",
        reply_to="no-reply@us.greenhouse-mail.io",
        tz=PST,
    ),
    m(
        "8004",
        "2025-01-20 13:30",
        "Cobalt Ridge Software Recruiting <no-reply@goodtime.io>",
        "Interview Confirmation: Marisol Ortega <> Cobalt Ridge Software",
        ("interview", "Cobalt Ridge Software", CES, 2, "other", "en"),
        html="""<html><body>
<p>Hi Marisol,</p>
<p>Your interview for <b>Customer Education Specialist</b> is confirmed.</p>
<table>
<tr><td>When:</td><td>Thursday, January 23, 2025, 11:00 AM - 11:45 AM (CST)</td></tr>
<tr><td>With:</td><td>Priya Raman, Manager, Customer Education</td></tr>
<tr><td>Where:</td><td>Zoom - https://cobaltridge.zoom.us/j/88120455913</td></tr>
</table>
<p>Need to change the time? <a href="https://app.goodtime.io/r/xk2m9">Reschedule</a></p>
<p>Powered by GoodTime</p>
</body></html>""",
        tz=PST,
    ),
    m(
        "8005",
        "2025-01-22 08:12",
        "Cobalt Ridge Software Recruiting <no-reply@goodtime.io>",
        "Updated: Your interview with Cobalt Ridge Software has been rescheduled",
        ("interview", "Cobalt Ridge Software", CES, 2, "other", "en"),
        html="""<html><body>
<p>Hi Marisol,</p>
<p>Priya had a conflict come up, so your interview has been moved.</p>
<p><s>Thursday, January 23, 11:00 AM CST</s><br>
<b>New time: Monday, January 27, 2025, 2:00 PM - 2:45 PM (CST)</b></p>
<p>The Zoom link stays the same. Sorry for the shuffle!</p>
<p>Powered by GoodTime</p>
</body></html>""",
        tz=PST,
    ),
    m(
        "8006",
        "2025-02-10 12:05",
        "Dana Whitcomb <no-reply@us.greenhouse-mail.io>",
        "Regarding your candidacy",
        ("rejection", "Cobalt Ridge Software", CES, 2, "greenhouse", "en"),
        text="""Hi Marisol,

Thank you so much for speaking with Priya about the Customer Education Specialist role. She
really enjoyed hearing about the parent workshops you designed, and it was a close call.

We've decided to proceed with a candidate who has more hands-on SaaS onboarding experience,
so we won't be moving you forward at this time.

We'd love to stay in touch, and I hope our paths cross again.

Dana Whitcomb
Recruiter | Cobalt Ridge Software
""",
        tz=PST,
    ),
    # 3 Bluebonnet Valley ISD via SchoolSpring, district HR office
    m(
        "8007",
        "2025-01-13 19:22",
        "SchoolSpring <noreply@schoolspring.com>",
        "Application Submitted: Instructional Technology Specialist",
        (
            "confirmation",
            "Bluebonnet Valley ISD",
            "Instructional Technology Specialist",
            3,
            "other",
            "en",
        ),
        text="""Dear Marisol Ortega,

Your application has been successfully submitted.

Job: Instructional Technology Specialist
Employer: Bluebonnet Valley ISD
Job ID: 4471902

The employer will contact you directly if they would like to schedule an interview. You can
view your submitted applications from your SchoolSpring dashboard.

Thank you for using SchoolSpring.
""",
        tz=EST,
    ),
    m(
        "8008",
        "2025-02-04 14:50",
        "Human Resources <hr@bluebonnetvisd.org>",
        "Interview - Instructional Technology Specialist",
        (
            "interview",
            "Bluebonnet Valley ISD",
            "Instructional Technology Specialist",
            3,
            "direct",
            "en",
        ),
        text="""Ms. Ortega,

Thank you for applying for the Instructional Technology Specialist position with Bluebonnet
Valley ISD. The selection committee would like to invite you to an interview on Tuesday,
February 11 at 4:15 p.m. at the Central Administration Building, 1200 Ranch Road 12, Room 204.

Please reply to this email to confirm that you are available. Bring a copy of your teaching
certificate and be prepared for a 10-minute demonstration of a technology integration lesson.

Respectfully,

Lorena Gutierrez
Human Resources Specialist
Bluebonnet Valley Independent School District
(512) 555-0148
""",
        tz=CST,
    ),
    m(
        "8009",
        "2025-02-25 10:03",
        "Human Resources <hr@bluebonnetvisd.org>",
        "Instructional Technology Specialist",
        (
            "rejection",
            "Bluebonnet Valley ISD",
            "Instructional Technology Specialist",
            3,
            "direct",
            "en",
        ),
        text="""Ms. Ortega,

Thank you for interviewing with us for the Instructional Technology Specialist position. We
wanted to let you know that the position has been filled.

We appreciate your interest in Bluebonnet Valley ISD and wish you the best.

Lorena Gutierrez
Human Resources Specialist
Bluebonnet Valley Independent School District

CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is for the sole use of the
intended recipient(s) and may contain confidential student or personnel information.
""",
        tz=CST,
    ),
    # 4 Meridian Health Partners, iCIMS + Criteria + Paradox
    m(
        "8010",
        "2025-01-15 07:48",
        "Meridian Health Partners @ icims <meridianhealth+autoreply@talent.icims.com>",
        "Meridian Health Partners: Thank you for your application",
        ("confirmation", "Meridian Health Partners", TSB, 4, "icims", "en"),
        html="""<html><body>
<p>Dear Marisol,</p>
<p>Thank you for applying for the position of <b>Training Specialist - Bilingual (Spanish)</b>
(Requisition ID 2025-18834) with Meridian Health Partners.</p>
<p>Your application will be reviewed by our Talent Acquisition team. If your qualifications
match the needs of the position, a member of our team will contact you. Due to the high volume
of applications we receive, we are unable to respond to each applicant individually.</p>
<p>Sincerely,<br>Meridian Health Partners Talent Acquisition</p>
<p style="font-size:10px">Meridian Health Partners is an Equal Opportunity Employer.</p>
</body></html>""",
        tz=CST,
    ),
    m(
        "8011",
        "2025-01-17 11:20",
        "Criteria <noreply@criteriacorp.com>",
        "Meridian Health Partners has invited you to complete an assessment",
        ("assessment", "Meridian Health Partners", TSB, 4, "other", "en"),
        text="""Hello Marisol,

Meridian Health Partners has invited you to take the following assessment as part of your
application for Training Specialist - Bilingual (Spanish):

  Criteria Cognitive Aptitude Test (CCAT) - 15 minutes

Please complete the assessment within 3 days. Find a quiet place and make sure you have a
stable internet connection before you start.

Start your assessment: https://www.ondemandassessment.com/link/index/JB-7F3K2Q

Good luck!
Criteria Corp
""",
        tz=PST,
    ),
    m(
        "8012",
        "2025-01-27 09:15",
        "Olivia from Meridian Health <olivia@paradox.ai>",
        "Your interview is scheduled!",
        ("interview", "Meridian Health Partners", TSB, 4, "other", "en"),
        text="""Hi Marisol! It's Olivia, Meridian Health Partners' recruiting assistant.

You're all set! Here are your interview details:

Position: Training Specialist - Bilingual (Spanish)
Date: Friday, January 31, 2025
Time: 10:30 AM CST
Type: Phone interview
Interviewer: Carla Benavides, Clinical Education Manager

Carla will call you at the number on your application. Need to reschedule? Just reply to this
message or text me anytime.

Olivia
""",
        tz=CST,
    ),
    m(
        "8013",
        "2025-02-20 15:37",
        "Meridian Health Partners @ icims <meridianhealth+autoreply@talent.icims.com>",
        "Your application with Meridian Health Partners",
        ("rejection", "Meridian Health Partners", TSB, 4, "icims", "en"),
        html="""<html><body>
<p>Dear Marisol,</p>
<p>We appreciate the time you spent interviewing for the Training Specialist - Bilingual
(Spanish) role. We have reviewed your background carefully, and your application is not
progressing further at this time.</p>
<p>We will keep your profile on file and encourage you to apply to other roles that match your
skills.</p>
<p>Best wishes,<br>Meridian Health Partners Talent Acquisition</p>
</body></html>""",
        tz=CST,
    ),
    # 5 Keystone Logistics, Taleo: confirmation saying "if you are not selected", ghosted
    m(
        "8014",
        "2025-01-16 22:09",
        "Keystone Logistics <noreply@taleo.net>",
        "Keystone Logistics - Application Received - L&D Coordinator (250041)",
        ("confirmation", "Keystone Logistics", LDC, 5, "taleo", "en"),
        text="""Dear Marisol Ortega,

Thank you for your interest in the L&D Coordinator position (250041) at Keystone Logistics.
Your application has been received and is being reviewed.

If you are not selected for this position, we will keep your profile in our database and
may contact you about other opportunities. Unfortunately, due to the high volume of
applications, we are only able to contact candidates selected for an interview.

To view your submissions, log in to our Career Section.

Sincerely,
Keystone Logistics Human Resources

Please do not reply to this message. Replies are not monitored.
""",
        tz=EST,
    ),
    # 6 Quillfeather, Ashby: quick rejection (re-applied in June, app 28)
    m(
        "8015",
        "2025-01-21 12:44",
        "Quillfeather Hiring Team <no-reply@ashbyhq.com>",
        "Thanks for applying to Quillfeather",
        ("confirmation", "Quillfeather", CES, 6, "ashby", "en"),
        text="""Hi Marisol,

Thanks for your interest in Quillfeather! We received your application for Customer Education
Specialist and will be in touch if there's a fit.

- The Quillfeather team
""",
        tz=PST,
    ),
    m(
        "8016",
        "2025-01-28 17:58",
        "Quillfeather Hiring Team <no-reply@ashbyhq.com>",
        "Thank you for your interest in Quillfeather",
        ("rejection", "Quillfeather", CES, 6, "ashby", "en"),
        text="""Hi Marisol,

Thank you for taking the time to apply for our Customer Education Specialist role. We were
impressed by your teaching background, and we genuinely appreciate the care you put into your
application.

Unfortunately, we have decided not to move forward with your application at this time. We
will keep your details on file should a role open up that better matches your experience.

All the best,
Quillfeather Recruiting
""",
        tz=PST,
    ),
    # 7 Tallgrass Insurance, Oracle Recruiting + HireVue
    m(
        "8017",
        "2025-01-22 08:31",
        "Tallgrass Insurance <no-reply@tallgrassins.fa.ocs.oraclecloud.com>",
        "Thank you for applying - Instructional Designer",
        ("confirmation", "Tallgrass Insurance", ID, 7, "oracle", "en"),
        html="""<html><body>
<p>Dear Marisol,</p>
<p>Thank you for applying for the <b>Instructional Designer</b> job (Req 25000317) at
Tallgrass Insurance. We are reviewing your qualifications and will be in touch regarding next
steps.</p>
<p>You can track your application on our
<a href="https://ehqk.fa.us2.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/my-profile">
candidate profile page</a>.</p>
<p>Regards,<br>Tallgrass Insurance Talent Acquisition</p>
</body></html>""",
        tz=CST,
    ),
    m(
        "8018",
        "2025-01-27 13:02",
        "Tallgrass Insurance <noreply@hirevue.com>",
        "Next step: Complete your HireVue interview for Instructional Designer",
        ("assessment", "Tallgrass Insurance", ID, 7, "hirevue", "en"),
        html="""<html><body>
<p>Hi Marisol,</p>
<p>Tallgrass Insurance would like to learn more about you! As the next step for the
Instructional Designer role, please complete a short on-demand video interview.</p>
<ul><li>5 questions, up to 3 minutes each</li><li>Complete by February 3, 2025</li>
<li>You can practice before you begin</li></ul>
<p><a href="https://app.hirevue.com/interviews/tallgrass/8ZQ1-4KXP">Start Interview</a></p>
<p>HireVue, on behalf of Tallgrass Insurance</p>
</body></html>""",
        tz=MDT,
    ),
    m(
        "8019",
        "2025-02-18 10:22",
        "Tallgrass Insurance <no-reply@tallgrassins.fa.ocs.oraclecloud.com>",
        "Your application to Tallgrass Insurance",
        ("rejection", "Tallgrass Insurance", ID, 7, "oracle", "en"),
        text="""Dear Marisol,

Thank you for completing the video interview for the Instructional Designer position. We
enjoyed learning about your work building blended units for fourth-grade science.

We have decided to move forward with other candidates whose experience more closely aligns
with the requirements of this role. We appreciate your interest in Tallgrass Insurance.

Sincerely,
Talent Acquisition
Tallgrass Insurance
""",
        tz=CST,
    ),
    # 8 Verdant Bank, LinkedIn Easy Apply: sent, viewed, update = rejection
    m(
        "8020",
        "2025-01-24 20:11",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Marisol, your application was sent to Verdant Bank",
        ("confirmation", "Verdant Bank", LDC, 8, "linkedin", "en"),
        html="""<html><body>
<table><tr><td>
<h2>Your application was sent to Verdant Bank</h2>
<p><b>L&amp;D Coordinator</b><br>Verdant Bank &middot; Dallas, TX (Hybrid)</p>
<p>Applied on January 24, 2025</p>
<p><a href="https://www.linkedin.com/jobs/view/4128833017/">View job</a></p>
<p>Now, take these steps to stand out:
<a href="https://www.linkedin.com/premium">Try Premium</a></p>
</td></tr></table>
<p style="font-size:11px;color:#666">This email was intended for Marisol Ortega (Bilingual
Educator | Instructional Design). You are receiving LinkedIn notification emails.<br>
&copy; 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</p>
</body></html>""",
        tz=PST,
    ),
    m(
        "8021",
        "2025-01-28 09:40",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Verdant Bank viewed your application",
        ("viewed", "Verdant Bank", LDC, 8, "linkedin", "en"),
        html="""<html><body>
<p>Hi Marisol,</p>
<p>Good news! Verdant Bank viewed your application for <b>L&amp;D Coordinator</b>.</p>
<p><a href="https://www.linkedin.com/jobs/view/4128833017/">View application</a></p>
<p style="font-size:11px;color:#666">&copy; 2025 LinkedIn Corporation, 1000 West Maude
Avenue, Sunnyvale, CA 94085.</p>
</body></html>""",
        tz=PST,
    ),
    m(
        "8022",
        "2025-02-14 11:17",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your update from Verdant Bank",
        ("rejection", "Verdant Bank", LDC, 8, "linkedin", "en"),
        html="""<html><body>
<p><b>Your update from Verdant Bank</b></p>
<p>L&amp;D Coordinator &middot; Dallas, TX (Hybrid)</p>
<blockquote>Hi Marisol, thank you for your interest in the L&amp;D Coordinator position at
Verdant Bank. Unfortunately, we will not be moving forward with your application, but we
appreciate your time and interest.<br>Regards, Verdant Bank</blockquote>
<p><a href="https://www.linkedin.com/jobs/">Find similar jobs</a></p>
<p style="font-size:11px;color:#666">&copy; 2025 LinkedIn Corporation.</p>
</body></html>""",
        tz=PST,
    ),
]

MAIL += [
    # 9 Sunbelt Home Services via Indeed (company only in the HTML part), viewed, ghosted
    m(
        "8023",
        "2025-01-27 21:36",
        "Indeed Apply <indeedapply@indeed.com>",
        "Application submitted",
        ("confirmation", "Sunbelt Home Services", TSB, 9, "indeed", "en"),
        text="""Application submitted

Your application has been submitted. Good luck!

Track your applications: https://www.indeed.com/myjobs

Indeed
""",
        html="""<html><body>
<h3>Application submitted</h3>
<table><tr><td><b>Training Specialist - Bilingual (Spanish)</b></td></tr>
<tr><td>Sunbelt Home Services - San Antonio, TX</td></tr></table>
<p>The employer has received your application. Good luck!</p>
<p><a href="https://www.indeed.com/myjobs">Track your applications</a></p>
<p style="font-size:11px">&copy; 2025 Indeed - 6433 Champion Grandview Way, Austin, TX 78750</p>
</body></html>""",
        tz=CST,
    ),
    m(
        "8024",
        "2025-02-03 08:05",
        "Indeed <no-reply@indeed.com>",
        "Your application was viewed by Sunbelt Home Services",
        ("viewed", "Sunbelt Home Services", TSB, 9, "indeed", "en"),
        html="""<html><body>
<p>Marisol, an employer viewed your application</p>
<p><b>Training Specialist - Bilingual (Spanish)</b><br>Sunbelt Home Services</p>
<p>Employers often review many applications. We'll let you know if there is an update.</p>
<p><a href="https://www.indeed.com/myjobs">See application status</a></p>
</body></html>""",
        tz=CST,
    ),
    # 10 agency Crestline Talent Partners: outreach without client, then Fernwood Academy
    m(
        "8025",
        "2025-02-03 10:48",
        "Jessica Pruitt <jpruitt@crestlinetalent.com>",
        "Remote curriculum contract - 6 months - bilingual a plus",
        ("outreach", None, CDC, None, "agency", "en"),
        text="""Hi Marisol,

I came across your profile and your experience writing bilingual ELA units caught my eye.
I'm working with an online K-12 school that needs a Curriculum Developer on a 6-month
contract (remote, 30-40 hrs/week, $38-45/hr W2). They're building out a Spanish-language
middle-school track and want someone who has actually taught it.

Would you be open to a quick call this week? If so, send me a couple of times and an
updated resume and I can share more details about the client.

Thanks,
Jessica Pruitt
Senior Recruiter, Education Practice
Crestline Talent Partners
(737) 555-0192 | crestlinetalent.com
""",
        tz=CST,
    ),
    m(
        "8026",
        "2025-02-06 15:22",
        "Jessica Pruitt <jpruitt@crestlinetalent.com>",
        "RE: Remote curriculum contract - 6 months - bilingual a plus",
        ("confirmation", "Fernwood Academy", CDC, 10, "agency", "en"),
        text="""Hi Marisol,

Great talking with you yesterday! As promised, I've submitted your resume and writing sample
to the client - it's Fernwood Academy, the online charter network. I'm submitting you for
the Curriculum Developer (Contract) role at $42/hr.

Their hiring manager usually reviews within a week. I'll let you know as soon as I hear back.

Jessica

-----Original Message-----
From: Marisol Ortega <marisol.ortega@pecanmail.com>
Sent: Wednesday, February 5, 2025 6:10 PM
To: Jessica Pruitt <jpruitt@crestlinetalent.com>
Subject: RE: Remote curriculum contract - 6 months - bilingual a plus

Hi Jessica, thanks for the call. Yes, please go ahead and submit me. Resume attached.
Marisol
""",
        headers=reply("8025", "jpruitt@crestlinetalent.com"),
        tz=CST,
    ),
    m(
        "8027",
        "2025-02-13 09:30",
        "Jessica Pruitt <jpruitt@crestlinetalent.com>",
        "Fernwood interview - Tuesday 2/18 at 1pm CT",
        ("interview", "Fernwood Academy", CDC, 10, "agency", "en"),
        text="""Marisol - good news, Fernwood wants to meet you!

Tuesday 2/18 at 1:00-1:45 pm CT on Google Meet with Alan Brecht (Director of Curriculum) and
one of their lead writers. Expect questions about backward design and how you'd adapt an
English unit for Spanish-dominant students. The invite will come from Alan directly.

Call me after so we can debrief.

Jessica Pruitt
Crestline Talent Partners
""",
        tz=CST,
    ),
    m(
        "8028",
        "2025-02-28 16:02",
        "Jessica Pruitt <jpruitt@crestlinetalent.com>",
        "Fernwood update",
        ("rejection", "Fernwood Academy", CDC, 10, "agency", "en"),
        text="""Hi Marisol,

I heard back from Fernwood today and unfortunately it's not the news we wanted. They loved
your energy, but they've decided to go in a different direction and bring on someone who has
already written for a state-adopted curriculum.

I'm sorry - I really thought this one was a fit. I'll keep you in mind for the next contract
that comes across my desk.

Jessica
""",
        tz=CST,
    ),
    # 11 Harvest Table Foods, SmartRecruiters
    m(
        "8029",
        "2025-02-04 11:55",
        "Harvest Table Foods <noreply@smartrecruiters.com>",
        "We received your application for Enablement Manager",
        ("confirmation", "Harvest Table Foods", EM, 11, "smartrecruiters", "en"),
        html="""<html><body>
<p>Hi Marisol,</p>
<p>Thank you for applying to the <b>Enablement Manager</b> position at Harvest Table Foods.</p>
<p>We're reviewing applications now. If your profile is a match, we'll reach out to discuss
next steps. You can follow your application in your
<a href="https://jobs.smartrecruiters.com/candidate-portal">candidate portal</a>.</p>
<p>Thanks again,<br>Harvest Table Foods Recruiting Team</p>
</body></html>""",
        tz=CST,
    ),
    m(
        "8030",
        "2025-03-04 09:12",
        "Harvest Table Foods <noreply@smartrecruiters.com>",
        "Following up on your application",
        ("rejection", "Harvest Table Foods", EM, 11, "smartrecruiters", "en"),
        html="""<html><body>
<p>Hi Marisol,</p>
<p>We wanted to follow up regarding the Enablement Manager position. We truly appreciate your
interest and the time you took to apply.</p>
<p>While your background is impressive, we have chosen to pursue other applicants for this
role. We wish you success in your search.</p>
<p>Harvest Table Foods Recruiting Team</p>
</body></html>""",
        tz=CST,
    ),
    # 12 Orbitpay, Jobvite: interview then hiring freeze (on hold)
    m(
        "8031",
        "2025-02-05 14:40",
        "Orbitpay Careers <notification@jobvite.com>",
        "Thank you for applying to Orbitpay",
        ("confirmation", "Orbitpay", CES, 12, "other", "en"),
        text="""Dear Marisol,

Thank you for applying for the Customer Education Specialist position at Orbitpay. We have
received your application and will review it carefully.

Best regards,
Orbitpay People Team

Powered by Jobvite
""",
        tz=EST,
    ),
    m(
        "8032",
        "2025-02-17 10:05",
        "Hannah Osei <hannah.osei@orbitpay.com>",
        "Orbitpay - Customer Education Specialist - next steps",
        ("interview", "Orbitpay", CES, 12, "direct", "en"),
        text="""Hi Marisol,

Thanks for applying to Orbitpay! I'm the recruiter for our Customer Education team and would
love to set up a 30-minute intro call to learn more about you and walk through the role.

Could you pick a time on my calendar here? https://calendly.com/hannah-osei-orbitpay/30min

Looking forward to chatting,
Hannah

Hannah Osei | Talent Partner | Orbitpay
""",
        tz=EST,
    ),
    m(
        "8033",
        "2025-03-03 17:20",
        "Hannah Osei <hannah.osei@orbitpay.com>",
        "Quick update on the Customer Education role",
        ("confirmation", "Orbitpay", CES, 12, "direct", "en"),
        text="""Hi Marisol,

I wanted to reach out personally. Leadership has put a company-wide hiring freeze in place
while we finalize our Q2 budget, and the Customer Education Specialist role is on hold for
now. Nothing about this reflects on you - your conversation with Mateo went really well.

If the position reopens, I'll contact you first. I'm hoping to have more clarity by May.

Sincerely,
Hannah
""",
        st="on_hold",
        tz=EST,
    ),
    # 13 Redbud Health, JazzHR, ghosted
    m(
        "8034",
        "2025-02-07 13:13",
        "Redbud Health <no-reply@applytojob.com>",
        "Redbud Health - Instructional Designer",
        ("confirmation", "Redbud Health", ID, 13, "jazzhr", "en"),
        text="""Hi Marisol,

Thank you for your interest in the Instructional Designer position at Redbud Health. We
received your application and our hiring team will review your qualifications.

If we feel you are a good fit, we will contact you to schedule an interview.

Thank you,
Redbud Health

https://redbudhealth.applytojob.com/apply/jobs
""",
        tz=CST,
    ),
    # 14 Canopy Dental Group, BambooHR (person as display name), withdrawal
    m(
        "8035",
        "2025-02-10 08:50",
        "Tanya Whitfield <notifications@app.bamboohr.com>",
        "Thanks for applying to Canopy Dental Group!",
        ("confirmation", "Canopy Dental Group", TSB, 14, "bamboohr", "en"),
        text="""Hi Marisol,

Thanks so much for your interest in the Training Specialist - Bilingual (Spanish) position
here at Canopy Dental Group. We've received your application and will be reviewing it soon.

Have a great day!
Tanya Whitfield
People Operations, Canopy Dental Group
""",
        reply_to="tanya.whitfield@canopydental.com",
        tz=CST,
    ),
    m(
        "8036",
        "2025-02-19 12:31",
        "Tanya Whitfield <notifications@app.bamboohr.com>",
        "Let's chat! Training Specialist - Bilingual (Spanish)",
        ("interview", "Canopy Dental Group", TSB, 14, "bamboohr", "en"),
        text="""Hi Marisol,

We loved your application! Would you be available for a 45-minute video interview with me
and our Director of Clinical Training, Dr. Ruiz, sometime next week? We have openings on
Tuesday 2/25 at 10am or Wednesday 2/26 at 3pm (Central).

Just reply and let me know what works.

Tanya Whitfield
People Operations, Canopy Dental Group
""",
        reply_to="tanya.whitfield@canopydental.com",
        tz=CST,
    ),
    m(
        "8037",
        "2025-03-02 19:04",
        "Tanya Whitfield <tanya.whitfield@canopydental.com>",
        "Re: Withdrawing my application",
        ("confirmation", "Canopy Dental Group", TSB, 14, "direct", "en"),
        text="""Hi Marisol,

Thanks for letting me know, and I completely understand - the travel across all 14 clinics
is a lot. I've withdrawn your application on our end. Good luck with everything, and please
don't hesitate to reach out if your situation changes.

Tanya

Sent from my iPhone

> On Mar 2, 2025, at 4:47 PM, Marisol Ortega <marisol.ortega@pecanmail.com> wrote:
>
> Hi Tanya, after thinking it over I'd like to withdraw from consideration for the
> Training Specialist role. The travel requirement doesn't work for my family right now.
> Thank you for your time and for the great conversation with Dr. Ruiz.
> Marisol
""",
        st="withdrawn",
        tz=CST,
    ),
    # 15 Larkspur Senior Living, Paylocity
    m(
        "8038",
        "2025-02-11 10:10",
        "Larkspur Senior Living <noreply@paylocity.com>",
        "Application Received",
        ("confirmation", "Larkspur Senior Living", LDC, 15, "other", "en"),
        html="""<html><body>
<p>Marisol Ortega,</p>
<p>Thank you for applying for the L&amp;D Coordinator position with Larkspur Senior Living.
Your application has been received. If your skills and experience are a match, a member of our
team will be in touch with you.</p>
<p>Larkspur Senior Living</p>
<p style="font-size:10px">Powered by Paylocity</p>
</body></html>""",
        tz=CST,
    ),
    m(
        "8039",
        "2025-03-12 14:26",
        "Larkspur Senior Living <noreply@paylocity.com>",
        "Your Application Status",
        ("rejection", "Larkspur Senior Living", LDC, 15, "other", "en"),
        html="""<html><body>
<p>Marisol Ortega,</p>
<p>Thank you for your interest in the L&amp;D Coordinator position. We have reviewed your
application and have decided to pursue other candidates at this time.</p>
<p>We wish you the best of luck in your job search.</p>
<p>Larkspur Senior Living</p>
</body></html>""",
        tz=CST,
    ),
    # 16 Ironbark Manufacturing, UKG, ghosted
    m(
        "8040",
        "2025-02-12 06:58",
        "Ironbark Manufacturing <noreply@rec.ultipro.com>",
        "Thank you for your interest in Ironbark Manufacturing",
        (
            "confirmation",
            "Ironbark Manufacturing",
            "Bilingual Safety Training Specialist",
            16,
            "other",
            "en",
        ),
        text="""Hello Marisol,

Thank you for submitting your application for the Bilingual Safety Training Specialist
opportunity at Ironbark Manufacturing. Our recruiting team will review your qualifications,
and if they match our needs, we will be in contact.

Best Regards,
Ironbark Manufacturing Talent Acquisition

This message was sent via UKG Pro Recruiting. Please do not reply.
""",
        tz=CST,
    ),
    # 17 Saguaro Credit Union, ADP: "position has been filled"
    m(
        "8041",
        "2025-02-18 18:30",
        "ADP Recruiting <noreply@adp.com>",
        "Saguaro Credit Union: Application Confirmation",
        (
            "confirmation",
            "Saguaro Credit Union",
            "Learning & Development Specialist",
            17,
            "other",
            "en",
        ),
        text="""Dear Marisol Ortega,

Thank you for applying for the Learning & Development Specialist position at Saguaro Credit
Union. We have received your application.

Saguaro Credit Union Human Resources
""",
        tz=MDT,
    ),
    m(
        "8042",
        "2025-04-02 11:45",
        "ADP Recruiting <noreply@adp.com>",
        "Saguaro Credit Union: Learning & Development Specialist",
        (
            "rejection",
            "Saguaro Credit Union",
            "Learning & Development Specialist",
            17,
            "other",
            "en",
        ),
        text="""Dear Marisol Ortega,

Thank you for your interest in the Learning & Development Specialist position. Please be
advised that the position has been filled. We appreciate the time you took to apply.

Saguaro Credit Union Human Resources
""",
        tz=MDT,
    ),
    # 18 Driftwood Labs: Wellfound, Dover, founder
    m(
        "8043",
        "2025-02-20 12:00",
        "Wellfound <team@wellfound.com>",
        "You applied to Driftwood Labs",
        ("confirmation", "Driftwood Labs", CES, 18, "wellfound", "en"),
        html="""<html><body>
<p>Your application to <b>Driftwood Labs</b> for <b>Customer Education Specialist</b> has
been sent.</p>
<p>Driftwood Labs typically responds within 2 weeks.</p>
<p><a href="https://wellfound.com/jobs/applications">Track your applications</a></p>
<p style="font-size:11px">Wellfound, 548 Market St, San Francisco, CA</p>
</body></html>""",
        tz=PST,
    ),
    m(
        "8044",
        "2025-03-03 15:44",
        "Driftwood Labs via Dover <notifications@mail.dover.com>",
        "Driftwood Labs would like to schedule an interview",
        ("interview", "Driftwood Labs", CES, 18, "other", "en"),
        html="""<html><body>
<p>Hi Marisol,</p>
<p>Ben from Driftwood Labs would love to chat about the <b>Customer Education Specialist</b>
role. Please choose a 30-minute slot that works for you:</p>
<p><a href="https://app.dover.com/schedule/driftwood/ben-k">Pick a time</a></p>
<p>Sent via Dover on behalf of Driftwood Labs</p>
</body></html>""",
        tz=PST,
    ),
    m(
        "8045",
        "2025-03-20 21:13",
        "Ben Kowalczyk <ben@driftwoodlabs.ai>",
        "thanks for chatting",
        ("rejection", "Driftwood Labs", CES, 18, "direct", "en"),
        text="""Hey Marisol,

Really appreciated the conversation last week. Honestly you were one of my favorite people I
talked to, but after a lot of back and forth we're going to hire someone who's already done
customer education at a dev-tools company, since we're tiny and need them to run alone from
day one.

If we raise this summer I'd love to reconnect. Either way, best of luck!

Ben
--
Ben Kowalczyk | co-founder, Driftwood Labs
""",
        tz=PDT,
    ),
]

CU = "Crescent University"
HH = "Harborview Health"
LS = "Lumen & Slate"

MAIL += [
    # 19 Crescent University via Handshake
    m(
        "8046",
        "2025-03-05 10:20",
        "Handshake <notifications@joinhandshake.com>",
        "Your application to Crescent University was submitted",
        ("confirmation", CU, ID, 19, "handshake", "en"),
        html="""<html><body>
<p>Hi Marisol,</p>
<p>Your application for <b>Instructional Designer</b> at <b>Crescent University</b> was
submitted on March 5, 2025.</p>
<p>Documents sent: Resume (Ortega_Resume_2025.pdf), Cover letter</p>
<p><a href="https://app.joinhandshake.com/applications">View your applications</a></p>
<p>Good luck!<br>The Handshake Team</p>
</body></html>""",
        tz=PST,
    ),
    m(
        "8047",
        "2025-03-18 13:05",
        "Gwen Addo <gaddo@crescent.edu>",
        "Instructional Designer search - interview invitation",
        ("interview", CU, ID, 19, "direct", "en"),
        text="""Dear Ms. Ortega,

On behalf of the search committee for the Instructional Designer position in the Center for
Teaching Excellence, I am pleased to invite you to a first-round video interview. The
interview will last approximately 45 minutes and will be held via Zoom.

Please let me know which of the following times works best:
  - Tuesday, March 25, 9:00 a.m. Central
  - Wednesday, March 26, 2:30 p.m. Central
  - Thursday, March 27, 11:00 a.m. Central

Best regards,

Gwen Addo, Ph.D.
Associate Director, Center for Teaching Excellence
Crescent University
""",
        tz=CDT,
    ),
    m(
        "8048",
        "2025-04-08 15:55",
        "Gwen Addo <gaddo@crescent.edu>",
        "Following up",
        ("rejection", CU, ID, 19, "direct", "en"),
        text="""Dear Ms. Ortega,

I wanted to follow up on your interview for the Instructional Designer position. The
committee was genuinely impressed with your portfolio, especially the flipped-classroom
module for English learners.

After much deliberation, we have offered the position to another candidate, who has
accepted. We are grateful for your interest in Crescent University and wish you every success.

Sincerely,
Gwen Addo
""",
        tz=CDT,
    ),
    # 20 Gulf Coast Community College via HigherEdJobs -> PeopleAdmin, ghosted
    m(
        "8049",
        "2025-03-06 16:18",
        "Gulf Coast Community College <gccc@peopleadmin.com>",
        "Application Submitted - Instructional Designer, Online Learning",
        (
            "confirmation",
            "Gulf Coast Community College",
            "Instructional Designer, Online Learning",
            20,
            "other",
            "en",
        ),
        text="""Dear Marisol Ortega,

Thank you for your interest in employment at Gulf Coast Community College. This message
confirms that your application for Instructional Designer, Online Learning (Posting #S00412)
has been submitted.

Applications are reviewed after the posting closes. Only candidates selected for interview
will be contacted.

Office of Human Resources
Gulf Coast Community College
""",
        tz=CST,
    ),
    # 21 Beacon Mutual via Glassdoor
    m(
        "8050",
        "2025-03-10 09:48",
        "Glassdoor <noreply@glassdoor.com>",
        "Application sent: Training Specialist at Beacon Mutual",
        ("confirmation", "Beacon Mutual", "Training Specialist", 21, "other", "en"),
        html="""<html><body>
<p>Your application is on its way!</p>
<p><b>Training Specialist</b><br>Beacon Mutual &middot; Remote</p>
<p>Applied with Easy Apply on Mar 10, 2025.</p>
<p>While you wait, read what employees say about Beacon Mutual:
<a href="https://www.glassdoor.com/Reviews/beacon-mutual">company reviews</a></p>
</body></html>""",
        tz=PDT,
    ),
    m(
        "8051",
        "2025-04-01 13:37",
        "Beacon Mutual Careers <careers@beaconmutual.com>",
        "Your application to Beacon Mutual",
        ("rejection", "Beacon Mutual", "Training Specialist", 21, "direct", "en"),
        text="""Hello Marisol,

Thank you for applying for the Training Specialist role at Beacon Mutual. We received a large
number of applications from highly qualified candidates.

After reviewing your experience, we have decided not to move forward with your candidacy.
This decision was not easy, and we hope you will consider Beacon Mutual again in the future.

Kind regards,
Beacon Mutual Talent Acquisition
""",
        tz=EDT,
    ),
    # 22 Trailhead Pet Clinics via ZipRecruiter, ghosted
    m(
        "8052",
        "2025-03-12 19:03",
        "ZipRecruiter <noreply@ziprecruiter.com>",
        "You applied for L&D Coordinator at Trailhead Pet Clinics",
        ("confirmation", "Trailhead Pet Clinics", LDC, 22, "other", "en"),
        html="""<html><body>
<p>Hi Marisol,</p>
<p>Your application for <b>L&amp;D Coordinator</b> at <b>Trailhead Pet Clinics</b> has been
delivered. We'll notify you when the employer reads it.</p>
<p><a href="https://www.ziprecruiter.com/candidate/my-jobs">See My Jobs</a></p>
<p>ZipRecruiter, 604 Arizona Ave, Santa Monica, CA 90401</p>
</body></html>""",
        tz=PDT,
    ),
    # 23 Copperleaf Software, Rippling ATS
    m(
        "8053",
        "2025-03-14 11:11",
        "Copperleaf Software <no-reply@ats.rippling.com>",
        "Application received - Enablement Manager",
        ("confirmation", "Copperleaf Software", EM, 23, "other", "en"),
        html="""<html><body>
<p>Hi Marisol,</p>
<p>Thanks for applying to be our next Enablement Manager! The Copperleaf team reads every
application, and you will hear from us either way.</p>
<p>Copperleaf Software</p>
<p style="font-size:10px">Sent with Rippling Recruiting</p>
</body></html>""",
        tz=MDT,
    ),
    m(
        "8054",
        "2025-03-24 09:26",
        "Omar Haddad <omar@copperleaf.dev>",
        "Enablement Manager - panel interview invite",
        ("interview", "Copperleaf Software", EM, 23, "direct", "en"),
        text="""Hi Marisol,

Thanks for the great phone screen. The next step is a 60-minute panel with our VP of Sales
and two account executives, where you'll walk us through how you'd onboard a new rep in
their first 30 days (15 min presentation + Q&A).

I've sent a calendar invite for Monday, March 31 at 1pm Mountain / 2pm Central.

Omar Haddad
Head of Revenue Operations, Copperleaf Software
""",
        ics={
            "uid": "cl-panel-0331@copperleaf.dev",
            "start": "2025-03-31 13:00:00 -0600",
            "minutes": 60,
            "organizer": ("Omar Haddad", "omar@copperleaf.dev"),
            "attendees": [("Omar Haddad", "omar@copperleaf.dev")],
            "summary": "Copperleaf: Enablement Manager panel - Marisol Ortega",
            "location": "https://meet.google.com/qvx-ptra-kdw",
        },
        tz=MDT,
    ),
    m(
        "8055",
        "2025-04-10 17:40",
        "Omar Haddad <omar@copperleaf.dev>",
        "Re: Enablement Manager - panel interview invite",
        ("rejection", "Copperleaf Software", EM, 23, "direct", "en"),
        text="""Hi Marisol,

Thank you again for the presentation - the team enjoyed your onboarding plan. We've decided to
go in a different direction for this role and bring in someone with a sales background who
has carried a quota before.

I know that's disappointing, and I'm happy to share more feedback on a call if that's helpful.

Best,
Omar
""",
        headers=reply("8054", "omar@copperleaf.dev"),
        tz=MDT,
    ),
    # 24 Cascade Tutoring: Indeed, then the hiring manager from a personal gmail; offer by email
    m(
        "8056",
        "2025-03-17 22:40",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Curriculum Developer (Contract)",
        ("confirmation", "Cascade Tutoring", CDC, 24, "indeed", "en"),
        html="""<html><body>
<p><b>Application submitted</b></p>
<p>Curriculum Developer (Contract)<br>Cascade Tutoring - Remote</p>
<p>Your application has been sent to the employer. You will receive updates here.</p>
<p>Did you know? Employers are 2x more likely to reply when you complete your profile.</p>
</body></html>""",
        tz=CDT,
    ),
    m(
        "8057",
        "2025-03-21 07:15",
        "Rachel Kim <rachelkim.tutors@gmail.com>",
        "your application - curriculum contract",
        ("interview", "Cascade Tutoring", CDC, 24, "direct", "en"),
        text="""Hi Marisol,

I saw your application come through on Indeed for the curriculum contract. I run our
program team and I'd love to hop on a quick Zoom this week - maybe Tuesday or Wednesday
afternoon? It'll be informal, 30 min, mostly about the SAT reading modules we need built.

Thanks!
Rachel

Rachel Kim
Director of Programs, Cascade Tutoring
cascadetutoring.com
""",
        tz=PDT,
    ),
    m(
        "8058",
        "2025-05-02 10:31",
        "Rachel Kim <rachelkim.tutors@gmail.com>",
        "Re: your application - curriculum contract",
        ("offer", "Cascade Tutoring", CDC, 24, "direct", "en"),
        text="""Hi Marisol,

Good news - we'd like to offer you the Curriculum Developer contract! Details:

- 12 weeks starting May 19, about 20 hrs/week, fully remote
- $40/hour, invoiced biweekly (1099)
- Deliverables: 8 SAT reading modules with teacher guides

I've attached our standard contractor agreement. Let me know by next Friday if you can take
it on, and feel free to call me with questions at 206-555-0171.

Rachel

On Fri, Mar 21, 2025 at 7:15 AM Rachel Kim <rachelkim.tutors@gmail.com> wrote:
> Hi Marisol,
> I saw your application come through on Indeed for the curriculum contract...
""",
        headers=reply("8057", "rachelkim.tutors@gmail.com"),
        attach=[
            (
                "Cascade_Contractor_Agreement.txt",
                "text/plain",
                "Independent Contractor Agreement - Cascade Tutoring - Curriculum Developer\n",
            )
        ],
        tz=PDT,
    ),
    # 25, 26 Harborview Health, iCIMS: two roles at one employer; reschedule, cancel
    m(
        "8059",
        "2025-03-19 08:02",
        "Harborview Health @ icims <harborviewhealth+autoreply@talent.icims.com>",
        "Thank you for applying: Instructional Designer",
        ("confirmation", HH, ID, 25, "icims", "en"),
        html="""<html><body>
<p>Hello Marisol,</p>
<p>Thank you for your interest in the Instructional Designer position (2025-6021) at
Harborview Health. We have received your application.</p>
<p>Harborview Health Talent Acquisition</p>
</body></html>""",
        tz=CDT,
    ),
    m(
        "8060",
        "2025-03-19 08:09",
        "Harborview Health @ icims <harborviewhealth+autoreply@talent.icims.com>",
        "Thank you for applying: L&D Coordinator",
        ("confirmation", HH, LDC, 26, "icims", "en"),
        html="""<html><body>
<p>Hello Marisol,</p>
<p>Thank you for your interest in the L&amp;D Coordinator position (2025-6088) at
Harborview Health. We have received your application.</p>
<p>Harborview Health Talent Acquisition</p>
</body></html>""",
        tz=CDT,
    ),
    m(
        "8061",
        "2025-04-03 14:22",
        "Denise Crawford <denise.crawford@harborviewhealth.org>",
        "Interview: L&D Coordinator",
        ("interview", HH, LDC, 26, "direct", "en"),
        text="""Hi Marisol,

I'd like to invite you to interview for the L&D Coordinator position on our Organizational
Development team. I've sent a Teams invitation for Wednesday, April 9 at 10:00 AM Central.
You'll meet with me and Jordan Bell, our OD Manager.

Thank you,
Denise Crawford
Talent Acquisition Partner
Harborview Health
""",
        ics={
            "uid": "hvh-ldc-0409-ortega",
            "start": "2025-04-09 10:00:00 -0500",
            "minutes": 45,
            "organizer": ("Denise Crawford", "denise.crawford@harborviewhealth.org"),
            "attendees": [("Jordan Bell", "jordan.bell@harborviewhealth.org")],
            "summary": "Interview - L&D Coordinator - Marisol Ortega",
            "location": "Microsoft Teams Meeting",
        },
        tz=CDT,
    ),
    m(
        "8062",
        "2025-04-08 16:50",
        "Denise Crawford <denise.crawford@harborviewhealth.org>",
        "Canceled: Interview - L&D Coordinator - Marisol Ortega",
        ("interview", HH, LDC, 26, "direct", "en"),
        text="""Hi Marisol, Jordan is out sick tomorrow, so I'm canceling this for now. I'll send
a new time as soon as I have his calendar. Apologies for the late notice!

Denise
""",
        ics={
            "uid": "hvh-ldc-0409-ortega",
            "method": "CANCEL",
            "start": "2025-04-09 10:00:00 -0500",
            "minutes": 45,
            "organizer": ("Denise Crawford", "denise.crawford@harborviewhealth.org"),
            "attendees": [("Jordan Bell", "jordan.bell@harborviewhealth.org")],
            "summary": "Interview - L&D Coordinator - Marisol Ortega",
            "location": "Microsoft Teams Meeting",
        },
        tz=CDT,
    ),
    m(
        "8063",
        "2025-04-15 09:10",
        "Harborview Health @ icims <harborviewhealth+autoreply@talent.icims.com>",
        "Update regarding your application",
        ("rejection", HH, ID, 25, "icims", "en"),
        html="""<html><body>
<p>Hello Marisol,</p>
<p>Thank you for applying for the Instructional Designer position (2025-6021). After careful
review, we regret to inform you that we will not be moving forward with your application for
this position.</p>
<p>Please note this does not affect any other applications you may have with Harborview
Health.</p>
<p>Harborview Health Talent Acquisition</p>
</body></html>""",
        tz=CDT,
    ),
    m(
        "8064",
        "2025-04-29 11:34",
        "Denise Crawford <denise.crawford@harborviewhealth.org>",
        "L&D Coordinator",
        ("rejection", HH, LDC, 26, "direct", "en"),
        text="""Hi Marisol,

Thank you for your patience while we sorted out scheduling, and for meeting with Jordan last
week. I'm sorry to share that we've selected another candidate for the L&D Coordinator role.
You interviewed very well and we'd welcome an application from you in the future.

Best,
Denise
""",
        tz=CDT,
    ),
]

MAIL += [
    # 27 Lumen & Slate, Lever: portfolio task, interviews, offer by e-mail, DocuSign, accepted
    m(
        "8065",
        "2025-04-02 13:48",
        "Lumen & Slate <no-reply@hire.lever.co>",
        "Thank you for your application to Lumen & Slate",
        ("confirmation", LS, LXD, 27, "lever", "en"),
        text="""Hi Marisol,

Thank you for your interest in Lumen & Slate! We've received your application for the
Learning Experience Designer II position and our team is reviewing it.

We try to get back to every applicant within two weeks.

Best,
The Lumen & Slate Talent Team

jobs.lever.co/lumenandslate
""",
        tz=PDT,
    ),
    m(
        "8066",
        "2025-04-10 10:02",
        "Marcus Lindqvist <marcus@lumenandslate.com>",
        "Learning Experience Designer II - design exercise",
        ("assessment", LS, LXD, 27, "direct", "en"),
        text="""Hi Marisol,

Thanks for your time on the phone Monday. As the next step, we ask candidates to complete a
short design exercise. It should take 3-4 hours; please don't spend more than that.

The brief: a mid-size school district is rolling out our reading platform to 300 teachers.
Draft (1) a one-page learning objectives map and (2) a storyboard for a 10-minute
self-paced module on setting up a class roster. Any tool is fine (Slides, Rise, Figma).

Please send it back by Friday, April 18. We'll review it together in your next interview.

Marcus Lindqvist
Senior Manager, Learning Design | Lumen & Slate
""",
        tz=PDT,
    ),
    m(
        "8067",
        "2025-04-24 08:20",
        "Calendly <notifications@calendly.com>",
        "New Event: Marisol Ortega - 09:30am Tue, Apr 29, 2025 - Portfolio review (Lumen & Slate)",
        ("interview", LS, LXD, 27, "other", "en"),
        html="""<html><body>
<p>Hi Marisol Ortega,</p>
<p>A new event has been scheduled.</p>
<p><b>Event Type:</b> Portfolio review (Lumen &amp; Slate) - 60 min<br>
<b>Invitee:</b> Marisol Ortega<br>
<b>Event Date/Time:</b> 09:30am - Tuesday, April 29, 2025 (Central Time - US &amp; Canada)<br>
<b>Location:</b> Zoom, details in the calendar invite</p>
<p><a href="https://calendly.com/cancellations/5d1f">Cancel</a> or
<a href="https://calendly.com/reschedulings/5d1f">Reschedule</a></p>
<p>Sent from Calendly</p>
</body></html>""",
        tz=CDT,
    ),
    m(
        "8068",
        "2025-05-08 15:12",
        "Priscilla Nwosu <priscilla@lumenandslate.com>",
        "Invitation: Final interviews - Marisol Ortega @ Thu May 15, 2025 10am - 1pm (CDT)",
        ("interview", LS, LXD, 27, "direct", "en"),
        text="""You have been invited to the following event.

Final interviews - Marisol Ortega
When: Thu May 15, 2025 10am - 1pm Central Time - Chicago
Joining info: meet.google.com/ouy-kfdn-wzr

Schedule:
10:00 Marcus Lindqvist (Learning Design)
10:45 Ana Beltran (Product)
11:30 break
11:45 Jay Moreau (Customer Success) - values conversation

Invitation from Google Calendar
""",
        ics={
            "uid": "7ka0c4p1b2lsfinal@google.com",
            "start": "2025-05-15 10:00:00 -0500",
            "minutes": 180,
            "organizer": ("Priscilla Nwosu", "priscilla@lumenandslate.com"),
            "attendees": [
                ("Marcus Lindqvist", "marcus@lumenandslate.com"),
                ("Ana Beltran", "ana@lumenandslate.com"),
            ],
            "summary": "Final interviews - Marisol Ortega",
            "description": "Learning Experience Designer II final round.",
            "location": "meet.google.com/ouy-kfdn-wzr",
        },
        tz=CDT,
    ),
    m(
        "8069",
        "2025-06-02 17:05",
        "Priscilla Nwosu <priscilla@lumenandslate.com>",
        "Offer - Learning Experience Designer II",
        ("offer", LS, LXD, 27, "direct", "en"),
        text="""Hi Marisol,

It was great to speak with you on the phone just now! As promised, here's a written summary
of the offer for the Learning Experience Designer II role:

  Base salary: $78,000 per year
  Start date: Monday, June 30, 2025
  Remote (US), with two team offsites per year
  Medical, dental and vision from day one; 401(k) with 4% match; 20 days PTO

The formal offer letter will come through DocuSign tomorrow. Please take a few days to look it
over, and let me or Marcus know if you have any questions - we're all very excited.

Warmly,
Priscilla Nwosu
Recruiting Lead | Lumen & Slate
""",
        tz=CDT,
    ),
    m(
        "8070",
        "2025-06-03 09:44",
        "Priscilla Nwosu via Docusign <dse_na3@docusign.net>",
        "Please DocuSign: Marisol Ortega - Offer Letter - Lumen & Slate",
        ("offer", LS, LXD, 27, "docusign", "en"),
        html="""<html><body>
<p style="font-size:16px">Priscilla Nwosu sent you a document to review and sign.</p>
<p><a href="https://na3.docusign.net/Signing/EmailStart.aspx?a=3c1f">REVIEW DOCUMENT</a></p>
<p><b>Priscilla Nwosu</b><br>priscilla@lumenandslate.com</p>
<p>Hi Marisol, please review and sign your offer letter for Learning Experience Designer II.
Welcome (almost) to Lumen &amp; Slate!</p>
<p style="font-size:11px">Do Not Share This Email. This email contains a secure link to
Docusign. Please do not share this email, link, or access code with others.</p>
</body></html>""",
        tz=PDT,
    ),
    m(
        "8071",
        "2025-06-05 20:18",
        "Docusign <dse_na3@docusign.net>",
        "Completed: Marisol Ortega - Offer Letter - Lumen & Slate",
        ("offer", LS, LXD, 27, "docusign", "en"),
        html="""<html><body>
<p style="font-size:16px">Your document has been completed</p>
<p>All parties have completed <b>Marisol Ortega - Offer Letter - Lumen &amp; Slate</b>.</p>
<p><a href="https://na3.docusign.net/Member/EmailStart.aspx?a=88d0">VIEW COMPLETED DOCUMENT</a></p>
<p style="font-size:11px">Powered by Docusign</p>
</body></html>""",
        st="accepted",
        tz=PDT,
    ),
    m(
        "8072",
        "2025-06-09 11:26",
        "Checkr <no-reply@checkr.com>",
        "Lumen & Slate has requested a background check",
        ("other_job", LS, LXD, None, "other", "en"),
        html="""<html><body>
<p>Hi Marisol,</p>
<p>Lumen &amp; Slate has asked Checkr to run a background check as part of your employment
process. Please provide your information and consent within 7 days.</p>
<p><a href="https://apply.checkr.com/invitation/9fe2">Get Started</a></p>
<p>Questions? Visit help.checkr.com. Checkr, Inc., 1 Montgomery St, San Francisco, CA</p>
</body></html>""",
        tz=PDT,
    ),
    m(
        "8073",
        "2025-06-23 09:00",
        "Lumen & Slate People Team <people@lumenandslate.com>",
        "Welcome aboard! Your first-week checklist (I-9 due by day 3)",
        ("other_job", LS, LXD, None, "direct", "en"),
        text="""Hi Marisol,

We're so excited you're starting on Monday, June 30!

Before then, please:
1. Complete Section 1 of Form I-9 in Rippling (and bring your documents to our virtual
   verification call on day 1 - List A, or one from List B plus one from List C).
2. Set up direct deposit and your W-4.
3. Watch for your laptop - it ships Wednesday via FedEx.

Your first day starts at 9:30 AM Central with a welcome call. See you soon!

Lumen & Slate People Team
""",
        tz=CDT,
    ),
    # 28 Quillfeather again, five months after the January rejection
    m(
        "8074",
        "2025-05-28 14:12",
        "Quillfeather Hiring Team <no-reply@ashbyhq.com>",
        "Application received: Customer Education Specialist",
        ("confirmation", "Quillfeather", CES, 28, "ashby", "en"),
        text="""Hi Marisol,

Thanks for applying (again!) to Quillfeather. We've got your application for Customer
Education Specialist and our team will take a look this week.

- Quillfeather Recruiting
""",
        tz=PDT,
    ),
    m(
        "8075",
        "2025-06-04 10:40",
        "Quillfeather Hiring Team <no-reply@ashbyhq.com>",
        "Schedule your interview with Quillfeather",
        ("interview", "Quillfeather", CES, 28, "ashby", "en"),
        html="""<html><body>
<p>Hi Marisol,</p>
<p>We'd love to move you forward for <b>Customer Education Specialist</b>! Please choose a time
for a 30-minute recruiter screen with Nikhil.</p>
<p><a href="https://jobs.ashbyhq.com/quillfeather/interviews/schedule/6f2b">Select a time</a></p>
<p>The Quillfeather team</p>
</body></html>""",
        tz=PDT,
    ),
    m(
        "8076",
        "2025-06-10 08:15",
        "Nikhil Rao <nikhil@quillfeather.com>",
        "Re: Quillfeather recruiter screen",
        ("confirmation", "Quillfeather", CES, 28, "direct", "en"),
        text="""Hi Marisol,

Totally understood, and congratulations on the new role! I've withdrawn you from our process
for the Customer Education Specialist position. Hope our paths cross again.

Nikhil

On Mon, Jun 9, 2025 at 9:02 PM Marisol Ortega <marisol.ortega@pecanmail.com> wrote:
> Hi Nikhil, I've accepted another offer, so I'd like to cancel Thursday's screen and
> withdraw my application. Thank you for reconsidering me!
""",
        st="withdrawn",
        tz=PDT,
    ),
    # 29 Stackwise, Greenhouse (confirmation with "unfortunately, due to the high volume")
    m(
        "8077",
        "2025-05-14 12:30",
        "Stackwise Recruiting <no-reply@us.greenhouse-mail.io>",
        "Stackwise | Application received",
        ("confirmation", "Stackwise", EM, 29, "greenhouse", "en"),
        text="""Hi Marisol,

Thanks for applying to the Enablement Manager role at Stackwise. Your application is in!

Unfortunately, due to the high volume of applications we receive, we're not able to give
personal feedback to everyone. If you don't hear from us within three weeks, please assume we
have moved ahead with other candidates.

The Stackwise Recruiting Team
""",
        tz=EDT,
    ),
    m(
        "8078",
        "2025-05-27 16:00",
        "Calendly <notifications@calendly.com>",
        "Confirmed: Stackwise intro call with Leah Brandt on Friday, May 30",
        ("interview", "Stackwise", EM, 29, "other", "en"),
        text="""Hi Marisol Ortega,

Your event is scheduled.

Stackwise intro call (Enablement Manager)
Leah Brandt
11:00am - 11:30am, Friday, May 30, 2025 (Central Time - US & Canada)
Google Meet: web conferencing details provided upon confirmation.

Cancel or reschedule: https://calendly.com/cancellations/a71c

Powered by Calendly.com
""",
        tz=EDT,
    ),
    m(
        "8079",
        "2025-06-12 13:44",
        "Leah Brandt <no-reply@us.greenhouse-mail.io>",
        "Update on your application",
        ("rejection", "Stackwise", EM, 29, "greenhouse", "en"),
        text="""Hi Marisol,

Thank you for taking the time to talk with me about the Enablement Manager role. I really
enjoyed hearing how you built onboarding for new teachers at your campus.

We've decided to move forward with candidates who have more experience supporting sales
teams, so we won't be continuing with your candidacy. I wish you the very best.

Leah Brandt
Talent Partner, Stackwise
""",
        tz=EDT,
    ),
    # 30 Lone Star Energy Co-op, Workday (a person as display name), Pymetrics, withdrawal
    m(
        "8080",
        "2025-05-15 07:55",
        "Kendra Lyles <lonestarcoop@myworkday.com>",
        "Application received: Training Specialist - Bilingual (Spanish)",
        ("confirmation", "Lone Star Energy Co-op", TSB, 30, "workday", "en"),
        html="""<html><body>
<p>Dear Marisol,</p>
<p>Thank you for applying for Training Specialist - Bilingual (Spanish), JR-2291. Your
application is now under review.</p>
<p>Kendra Lyles<br>Talent Acquisition, Lone Star Energy Co-op</p>
</body></html>""",
        tz=CDT,
    ),
    m(
        "8081",
        "2025-05-19 10:30",
        "pymetrics <noreply@pymetrics.com>",
        "Lone Star Energy Co-op: Play the pymetrics games",
        ("assessment", "Lone Star Energy Co-op", TSB, 30, "other", "en"),
        text="""Hi Marisol,

Lone Star Energy Co-op uses pymetrics to learn more about candidates for Training Specialist -
Bilingual (Spanish). The games take about 25 minutes and there are no right or wrong answers.

Start here: https://app.pymetrics.com/invite/LSEC-88a1

Please complete them within 5 days.

The pymetrics team
""",
        tz=EDT,
    ),
    m(
        "8082",
        "2025-06-09 14:05",
        "Kendra Lyles <lonestarcoop@myworkday.com>",
        "Your application has been withdrawn",
        ("confirmation", "Lone Star Energy Co-op", TSB, 30, "workday", "en"),
        html="""<html><body>
<p>Dear Marisol,</p>
<p>This confirms that you have withdrawn your application for Training Specialist - Bilingual
(Spanish), JR-2291. We're sorry to see you go and wish you all the best.</p>
<p>Lone Star Energy Co-op</p>
</body></html>""",
        st="withdrawn",
        tz=CDT,
    ),
    # 31 Gulfstream Hospitality Group, Taleo
    m(
        "8083",
        "2025-05-20 23:10",
        "Gulfstream Hospitality Group <noreply@taleo.net>",
        "Application Confirmation - L&D Coordinator",
        ("confirmation", "Gulfstream Hospitality Group", LDC, 31, "taleo", "en"),
        text="""Dear Marisol,

We have received your application for the position of L&D Coordinator (Job Number 2500877).
Our recruiters will review it against the requirements of the position.

Thank you for considering Gulfstream Hospitality Group as your next employer.

Gulfstream Hospitality Group Talent Acquisition
""",
        tz=EDT,
    ),
    m(
        "8084",
        "2025-06-02 12:21",
        "Gulfstream Hospitality Group <noreply@taleo.net>",
        "Your application to Gulfstream Hospitality Group",
        ("rejection", "Gulfstream Hospitality Group", LDC, 31, "taleo", "en"),
        text="""Dear Marisol,

Thank you for your interest in the L&D Coordinator position. We have carefully reviewed
your qualifications and, unfortunately, you have not been selected to continue in the process.

We encourage you to visit our career site often.

Gulfstream Hospitality Group Talent Acquisition
""",
        tz=EDT,
    ),
    # 32 Evergreen Charter Network: a confirmation she forwarded from her school address
    m(
        "8085",
        "2025-04-16 15:37",
        "Marisol Ortega <mortega@bluebonnetvisd.org>",
        "Fwd: Thank you for applying to Evergreen Charter Network",
        (
            "confirmation",
            "Evergreen Charter Network",
            "Curriculum Developer",
            32,
            "smartrecruiters",
            "en",
        ),
        text="""sending to my personal email so I don't lose it

---------- Forwarded message ---------
From: Evergreen Charter Network <noreply@smartrecruiters.com>
Date: Wed, Apr 16, 2025 at 3:30 PM
Subject: Thank you for applying to Evergreen Charter Network
To: <mortega@bluebonnetvisd.org>


Hi Marisol,

Thank you for applying to the Curriculum Developer position at Evergreen Charter Network. We
have received your application and will review it shortly.

Evergreen Charter Network Recruiting
""",
        tz=CDT,
    ),
    # 33 Mesa Verde Bank, Greenhouse, ghosted
    m(
        "8086",
        "2025-06-16 09:08",
        "Mesa Verde Bank <no-reply@us.greenhouse-mail.io>",
        "Mesa Verde Bank - We received your application",
        ("confirmation", "Mesa Verde Bank", ID, 33, "greenhouse", "en"),
        html="""<html><body>
<p>Dear Marisol,</p>
<p>Thank you for your interest in Mesa Verde Bank. We received your application for the
Instructional Designer role and are excited to review it.</p>
<p>If you are not selected for an interview, you will hear from us once the role is filled.</p>
<p>Mesa Verde Bank Talent Team</p>
</body></html>""",
        tz=MDT,
    ),
    # 34 Northbeam Solar, Lever
    m(
        "8087",
        "2025-06-18 18:40",
        "Northbeam Solar <no-reply@hire.lever.co>",
        "Northbeam Solar: we got your application",
        ("confirmation", "Northbeam Solar", EM, 34, "lever", "en"),
        text="""Hi Marisol,

Thanks for applying to Northbeam Solar for the Enablement Manager position. Our team reviews
every application and we'll be in touch about next steps.

Northbeam Solar
""",
        tz=PDT,
    ),
    m(
        "8088",
        "2025-07-08 10:12",
        "Northbeam Solar <no-reply@hire.lever.co>",
        "Regarding your application to Northbeam Solar",
        ("rejection", "Northbeam Solar", EM, 34, "lever", "en"),
        text="""Hi Marisol,

Thank you for your interest in the Enablement Manager role. We've reviewed your application
and unfortunately won't be moving forward at this time. We appreciate your interest and wish
you luck in your search.

Northbeam Solar Talent
""",
        tz=PDT,
    ),
]

MAIL += [
    # --- alerts, digests, talent communities, incomplete applications, newsletters ---
    m(
        "8101",
        "2025-01-12 06:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "\u201cinstructional designer\u201d: 14 new jobs in Austin, Texas Metropolitan Area",
        ("alert", None, None, None, "linkedin", "en"),
        html="""<html><body>
<p>Your job alert for <b>instructional designer</b> in Austin, Texas Metropolitan Area</p>
<p>14 new jobs match your preferences.</p>
<table>
<tr><td><b>Instructional Designer</b><br>Brightpath Learning &middot; Remote<br>
Actively recruiting</td></tr>
<tr><td><b>Instructional Designer II</b><br>Longhorn Medical Group &middot; Austin, TX<br>
Easy Apply</td></tr>
<tr><td><b>eLearning Developer</b><br>Cedar Point Insurance &middot; Remote<br>
3 connections work here</td></tr>
</table>
<p><a href="https://www.linkedin.com/jobs/search/?alertId=2931">See all jobs</a></p>
<p style="font-size:11px">You are receiving Job Alert emails. Unsubscribe.<br>
&copy; 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</p>
</body></html>""",
        tz=PST,
    ),
    m(
        "8102",
        "2025-01-19 08:00",
        "Tallgrass Insurance Talent Network <no-reply@tallgrassins.fa.ocs.oraclecloud.com>",
        "Welcome to the Tallgrass Insurance Talent Network",
        ("alert", "Tallgrass Insurance", None, None, "oracle", "en"),
        html="""<html><body>
<p>Hi Marisol,</p>
<p>Thanks for joining our Talent Network! You'll be among the first to hear about new
openings that match your interests: <i>Learning &amp; Development; Training</i>.</p>
<p>Ready to take the next step? <a href="https://careers.tallgrassins.com">Browse open
jobs</a></p>
<p>Tallgrass Insurance Talent Acquisition</p>
</body></html>""",
        tz=CST,
    ),
    m(
        "8103",
        "2025-02-01 07:12",
        "Indeed <alert@indeed.com>",
        "bilingual training specialist jobs in Austin, TX",
        ("alert", None, None, None, "indeed", "en"),
        text="""New jobs for "bilingual training specialist" in Austin, TX

Bilingual Trainer (Spanish) - Call Center
Capitol Connect Services - Round Rock, TX
$22 - $26 an hour
Easily apply

Training Specialist - Bilingual (Spanish)
Sunbelt Home Services - San Antonio, TX
Responsive employer

Corporate Trainer - Bilingual
Hill Country Credit Union - Austin, TX

See more jobs: https://www.indeed.com/jobs?q=bilingual+training+specialist&l=Austin

You're receiving this because you created a job alert. Unsubscribe
Indeed, 6433 Champion Grandview Way, Building 1, Austin, TX 78750
""",
        tz=CST,
    ),
    m(
        "8104",
        "2025-02-09 09:30",
        "HigherEdJobs <jobalerts@higheredjobs.com>",
        "HigherEdJobs Job Alert: 9 new positions",
        ("alert", None, None, None, "other", "en"),
        text="""Job Alert: Instructional Design, Texas + Remote

Instructional Designer, Online Learning
Gulf Coast Community College - Corpus Christi, TX
Posted 02/07/2025

Learning Designer
Riverbend State University - Remote
Posted 02/06/2025

Curriculum Specialist, Adult Education
Pecos County College - Fort Stockton, TX
Posted 02/05/2025

View all 9 positions: https://www.higheredjobs.com/search/

HigherEdJobs - 328 Innovation Blvd, State College, PA
""",
        tz=EST,
    ),
    m(
        "8105",
        "2025-02-22 10:00",
        "Harborview Health Careers <harborviewhealth+talentcommunity@talent.icims.com>",
        "Welcome to the Harborview Health Talent Community!",
        ("alert", "Harborview Health", None, None, "icims", "en"),
        html="""<html><body>
<p>Hi Marisol,</p>
<p>Thank you for joining the Harborview Health Talent Community. Joining is not an
application for a specific job; we'll send you openings that match your interests.</p>
<p>Interested in a role today? <a href="https://careers-harborviewhealth.icims.com/jobs">Apply
now</a></p>
</body></html>""",
        tz=CST,
    ),
    m(
        "8106",
        "2025-03-08 11:41",
        "Workday <sablewood@myworkday.com>",
        "You have not finished your application",
        ("alert", "Sablewood Insurance", "Senior Instructional Designer", None, "workday", "en"),
        html="""<html><body>
<p>Hi Marisol,</p>
<p>You started an application for <b>Senior Instructional Designer</b> at Sablewood
Insurance but haven't submitted it yet. Your progress has been saved.</p>
<p><a href="https://sablewood.wd1.myworkdayjobs.com/en-US/External/userHome">Continue your
application</a></p>
<p>Sablewood Insurance Talent Acquisition</p>
</body></html>""",
        tz=CST,
    ),
    m(
        "8107",
        "2025-03-16 07:45",
        "Glassdoor Jobs <noreply@glassdoor.com>",
        "Marisol, new jobs for you + 5 interview tips",
        ("alert", None, None, None, "other", "en"),
        html="""<html><body>
<h3>Jobs picked for you</h3>
<p><b>Training Specialist</b> - Beacon Mutual - Remote - 4.1&#9733;<br>
<b>Learning &amp; Development Partner</b> - Copperleaf Software - Remote<br>
<b>Customer Education Manager</b> - Wrenfield Analytics - Austin, TX</p>
<p><a href="https://www.glassdoor.com/Job/index.htm">Apply now</a></p>
<h3>Interview tips</h3>
<p>Prepare a story for "Tell me about a time you failed" and research salaries before your
interview. <a href="https://www.glassdoor.com/blog/interview-tips">Read more</a></p>
</body></html>""",
        tz=PDT,
    ),
    m(
        "8108",
        "2025-04-05 12:00",
        "Brightpath Learning Careers <careers@brightpathlearning.com>",
        "Life at Brightpath | April: we're growing our Learning team",
        ("alert", "Brightpath Learning", None, None, "direct", "en"),
        html="""<html><body>
<h2>Life at Brightpath - April 2025</h2>
<p>Spring is here and so are new teammates! Meet Tomas, who joined our Learning team from a
Title I classroom in El Paso.</p>
<h3>Now hiring</h3>
<ul><li>Learning Experience Designer - Remote</li><li>Customer Trainer - Remote</li>
<li>Senior Content Producer - Denver, CO</li></ul>
<p><a href="https://careers.brightpathlearning.com">See all open roles</a></p>
<p style="font-size:10px">You're receiving this because you applied to Brightpath Learning or
joined our talent network. Unsubscribe.</p>
</body></html>""",
        tz=MDT,
    ),
    m(
        "8109",
        "2025-04-13 18:20",
        "ZipRecruiter <alerts@ziprecruiter.com>",
        "Great match: Learning Specialist - apply now",
        ("alert", None, None, None, "other", "en"),
        text="""Marisol, we found a great match for you.

Learning Specialist
Ridgeway Animal Health - Austin, TX
$58K - $70K/yr
1-Click Apply - Apply Now

Also hiring near you:
- Trainer, Bilingual - Texas Mutual Partners - Austin, TX
- Onboarding Specialist - Aldergrove Software - Remote

Unsubscribe | ZipRecruiter, 604 Arizona Ave, Santa Monica, CA 90401
""",
        tz=PDT,
    ),
    m(
        "8110",
        "2025-04-22 06:10",
        "SchoolSpring <noreply@schoolspring.com>",
        "New jobs matching your SchoolSpring search",
        ("alert", None, None, None, "other", "en"),
        text="""Hi Marisol,

New postings that match your search "curriculum" (Texas):

- Curriculum Coordinator, Secondary ELA - Pflugerville ISD (fictional listing ID 4500112)
- Bilingual/ESL Instructional Coach - Hays Creek ISD
- Dual Language Specialist - Bluebonnet Valley ISD

Log in to apply: https://www.schoolspring.com

SchoolSpring
""",
        tz=EDT,
    ),
    m(
        "8111",
        "2025-04-26 10:10",
        "Wellfound <team@wellfound.com>",
        "5 startups want to meet you",
        ("alert", None, None, None, "wellfound", "en"),
        html="""<html><body>
<p>Hi Marisol, here are this week's top matches:</p>
<ul>
<li><b>Customer Education Lead</b> at Fernleaf AI (Seed, 12 people) - Remote US</li>
<li><b>Learning Designer</b> at Tutorly (Series A) - Remote</li>
<li><b>Solutions Trainer</b> at Brickyard Robotics - Austin</li>
</ul>
<p><a href="https://wellfound.com/jobs">View and apply</a></p>
</body></html>""",
        tz=PDT,
    ),
    m(
        "8112",
        "2025-05-07 15:00",
        "Indeed <no-reply@indeed.com>",
        "Finish applying: Instructional Designer at Longhorn Medical Group",
        ("alert", "Longhorn Medical Group", ID, None, "indeed", "en"),
        html="""<html><body>
<p>Hi Marisol,</p>
<p>You started applying to <b>Instructional Designer</b> at Longhorn Medical Group but didn't
finish. The job is still open - pick up where you left off.</p>
<p><a href="https://www.indeed.com/applystart?jk=8ad1">Continue application</a></p>
</body></html>""",
        tz=CDT,
    ),
    m(
        "8113",
        "2025-05-18 07:00",
        "Handshake <notifications@joinhandshake.com>",
        "Employers are hiring for roles like Instructional Designer",
        ("alert", None, None, None, "handshake", "en"),
        html="""<html><body>
<p>Marisol, jobs picked for you on Handshake</p>
<ul><li>Instructional Designer - Crescent University - Austin, TX</li>
<li>Learning Technology Associate - Riverbend State University - Remote</li></ul>
<p><a href="https://app.joinhandshake.com/jobs">Explore jobs</a></p>
</body></html>""",
        tz=PDT,
    ),
    m(
        "8114",
        "2025-06-01 06:30",
        "LinkedIn <jobs-listings@linkedin.com>",
        "Marisol, companies are hiring for Enablement Manager",
        ("alert", None, None, None, "linkedin", "en"),
        html="""<html><body>
<p>Jobs similar to Enablement Manager at Stackwise</p>
<p><b>Sales Enablement Manager</b> - Northbeam Solar - Remote (Promoted)<br>
<b>Revenue Enablement Lead</b> - Pinecrest Systems - Austin, TX</p>
<p><a href="https://www.linkedin.com/jobs/">See more jobs</a></p>
</body></html>""",
        tz=PST,
    ),
    m(
        "8115",
        "2025-07-06 06:30",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "\u201ccustomer education\u201d: 8 new jobs in United States",
        ("alert", None, None, None, "linkedin", "en"),
        html="""<html><body>
<p>Your job alert for <b>customer education</b> in United States</p>
<p><b>Customer Education Specialist</b> - Quillfeather - Remote<br>
<b>Academy Program Manager</b> - Halvorsen Cloud - Remote</p>
<p><a href="https://www.linkedin.com/jobs/search/?alertId=3307">See all jobs</a></p>
</body></html>""",
        tz=PDT,
    ),
    # --- outreach ---
    m(
        "8116",
        "2025-03-11 13:20",
        "Trevor Alston via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Learning Designer opportunity at Pioneer Learning Co.",
        ("outreach", "Pioneer Learning Co.", "Learning Designer", None, "linkedin", "en"),
        html="""<html><body>
<p><b>Trevor Alston</b><br>Talent Acquisition at Pioneer Learning Co.</p>
<p>Hi Marisol - your background in bilingual classrooms is exactly what our adult-literacy
product team is looking for. We're hiring a Learning Designer (remote, $70-80K). Would you
be open to a 20-minute conversation next week?</p>
<p>Best, Trevor</p>
<p><a href="https://www.linkedin.com/messaging/thread/2-ZjE1">Reply</a></p>
<p style="font-size:11px">This InMail was sent to Marisol Ortega. &copy; 2025 LinkedIn
Corporation.</p>
</body></html>""",
        tz=EDT,
    ),
    m(
        "8117",
        "2025-05-21 10:05",
        "Gabriel Santos <gsantos@summitridgestaffing.com>",
        "Bilingual Trainer contract - Austin area client",
        ("outreach", None, "Bilingual Trainer", None, "agency", "en"),
        text="""Hello Marisol,

My name is Gabriel and I recruit for Summit Ridge Staffing. One of our clients, a large
healthcare company in North Austin, needs a Bilingual Trainer (English/Spanish) for a
4-month contract to onboard new patient-access staff. Pay is $35/hr, on-site 3 days a week.

If you're interested, reply with your resume and the best number to reach you.

Gabriel Santos
Summit Ridge Staffing | Recruiter
""",
        tz=CDT,
    ),
    m(
        "8118",
        "2025-06-26 11:45",
        "Imani Brooks <imani.brooks@apexfieldsoftware.com>",
        "Customer Education at Apex Field Software?",
        ("outreach", "Apex Field Software", "Customer Education Manager", None, "direct", "en"),
        text="""Hi Marisol,

I lead recruiting at Apex Field Software. We're building out our customer academy and I
think your mix of teaching and curriculum design would be a great fit for a Customer
Education Manager role we just opened. Any interest in hearing more?

Imani Brooks
Head of Talent, Apex Field Software
""",
        tz=CDT,
    ),
    # --- other job mail: portal codes, surveys, auto-replies, career fair ---
    m(
        "8119",
        "2025-01-08 10:02",
        "Workday <brightpath@myworkday.com>",
        "Verify your candidate account",
        ("other_job", "Brightpath Learning", None, None, "workday", "en"),
        html="""<html><body>
<p>Welcome to the Brightpath Learning careers site.</p>
<p>Your verification code is <b>418 207</b>. It expires in 10 minutes.</p>
<p>If you did not create an account, you can ignore this email.</p>
</body></html>""",
        tz=CST,
    ),
    m(
        "8120",
        "2025-02-12 09:00",
        "Cobalt Ridge Software <no-reply@us.greenhouse-mail.io>",
        "How was your interview experience with Cobalt Ridge Software?",
        ("other_job", "Cobalt Ridge Software", CES, None, "greenhouse", "en"),
        text="""Hi Marisol,

Cobalt Ridge Software would love to hear about your recent interview experience. This short
survey takes about 2 minutes and is anonymous; your answers will not affect any hiring
decision.

Take the survey: https://survey.greenhouse.io/s/cr2e

Thank you!
""",
        tz=PST,
    ),
    m(
        "8121",
        "2025-04-07 08:01",
        "Denise Crawford <denise.crawford@harborviewhealth.org>",
        "Automatic reply: Availability for L&D Coordinator interview",
        ("other_job", "Harborview Health", LDC, None, "direct", "en"),
        text="""Thank you for your email. I am out of the office through Monday, April 7 with
limited access to email. I will respond as soon as possible when I return. For urgent
matters, please contact talent@harborviewhealth.org.

Denise Crawford
Talent Acquisition Partner | Harborview Health
""",
        headers={"Auto-Submitted": "auto-replied"},
        tz=CDT,
    ),
    m(
        "8122",
        "2025-01-22 08:25",
        "Tallgrass Insurance <no-reply@tallgrassins.fa.ocs.oraclecloud.com>",
        "Your one-time passcode",
        ("other_job", "Tallgrass Insurance", None, None, "oracle", "en"),
        text="""Use this one-time passcode to confirm your email address and continue with your
job application: 552913

This code expires in 15 minutes.

Tallgrass Insurance
""",
        tz=CST,
    ),
    m(
        "8123",
        "2025-03-28 12:30",
        "Handshake <notifications@joinhandshake.com>",
        "You're registered: Texas EdTech & Learning Careers Virtual Fair",
        ("other_job", None, None, None, "handshake", "en"),
        html="""<html><body>
<p>You're registered for the <b>Texas EdTech &amp; Learning Careers Virtual Fair</b> on
Thursday, April 17, 1:00-4:00 PM CT.</p>
<p>Sign up for 1:1 and group sessions with employers before spots fill up.</p>
<p><a href="https://app.joinhandshake.com/career_fairs/51220">View fair</a></p>
</body></html>""",
        tz=PDT,
    ),
    m(
        "8124",
        "2025-04-17 21:02",
        "Lumen & Slate <no-reply@hire.lever.co>",
        "Lumen & Slate received your design exercise",
        ("other_job", LS, LXD, None, "lever", "en"),
        text="""Hi Marisol,

This confirms we've received the file you uploaded for the Learning Experience Designer II
process (Ortega_DesignExercise.pdf). No action is needed.

Lumen & Slate Talent Team
""",
        tz=PDT,
    ),
    m(
        "8125",
        "2025-05-08 12:10",
        "HireRight <noreply@hireright.com>",
        "Action required: complete your background screening for Cascade Tutoring",
        ("other_job", "Cascade Tutoring", CDC, None, "other", "en"),
        html="""<html><body>
<p>Dear Marisol Ortega,</p>
<p>Cascade Tutoring has requested that HireRight conduct a background screening in connection
with your engagement. Please log in to the HireRight Applicant Center to review the disclosure,
provide your authorization and complete the required information.</p>
<p><a href="https://applicant.hireright.com/login?cid=CT88">Start now</a></p>
<p>Your request expires in 5 days.</p>
<p style="font-size:10px">HireRight, LLC. This message was sent by an automated system.</p>
</body></html>""",
        tz=CDT,
    ),
]

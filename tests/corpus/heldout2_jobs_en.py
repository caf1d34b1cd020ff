# ruff: noqa: E501
"""Job mail in English for the second held-out corpus (see heldout2.py). Written by hand."""

from __future__ import annotations

from typing import Any


def M(mid: str, date: str, frm: str, subject: str, t: tuple, **kw: Any) -> dict[str, Any]:
    return {"id": mid, "date": date, "from": frm, "subject": subject, "t": t, **kw}


MAIL: list[dict[str, Any]] = [
    # --- 1 Brightwell Analytics, Backend Engineer, Payments (Greenhouse on gh-mail.<domain>) ---
    M(
        "<7c1e02aa.5501@gh-mail.brightwell.example>",
        "2024-09-09 16:02:11 +0000",
        "Brightwell Analytics <no-reply@gh-mail.brightwell.example>",
        "Thank you for applying to Brightwell Analytics",
        (
            "confirmation",
            "Brightwell Analytics",
            "Backend Engineer, Payments",
            1,
            "greenhouse",
            "en",
        ),
        text="""Hi Tomás,

Thanks for applying to the Backend Engineer, Payments role at Brightwell Analytics. We've
received your application and our team is reviewing it now.

If your background looks like a match, a member of our recruiting team will reach out to
schedule a first conversation. Because of the number of applications we receive, this can take
up to two weeks.

In the meantime, read about how we build on our engineering blog: https://brightwell.example/eng

Best,
The Brightwell Talent Team

Powered by Greenhouse
""",
        headers={"X-Mailer": "Greenhouse Mailer"},
    ),
    M(
        "<cs-inv-88213@codesignal.com>",
        "2024-09-16 10:41:00 +0000",
        "CodeSignal <noreply@codesignal.com>",
        "Brightwell Analytics has invited you to complete a coding assessment",
        ("assessment", "Brightwell Analytics", "Backend Engineer, Payments", 1, "codesignal", "en"),
        html="""<html><body><table><tr><td>
<h2>You're invited!</h2>
<p>Hi Tomás,</p>
<p><b>Brightwell Analytics</b> has invited you to take the <b>General Coding Assessment</b> for
the <b>Backend Engineer, Payments</b> position.</p>
<p>The assessment takes 70 minutes and must be completed by <b>September 23, 2024</b>.
Find a quiet place and make sure your webcam works before you start.</p>
<p><a href="https://app.codesignal.com/test/Xk29aPq7LmRt">Start assessment</a></p>
<p>Good luck!<br>The CodeSignal Team</p>
<p style="font-size:11px;color:#888">CodeSignal, Inc. · San Mateo, CA · You received this email
because a company invited you to an assessment.</p>
</td></tr></table></body></html>""",
    ),
    M(
        "<CAH3pW8r-x1Lmq@mail.gmail.com>",
        "2024-09-25 13:18:44 +0000",
        "Keisha Morrow <keisha.morrow@brightwell.example>",
        "Invitation: Brightwell | Technical interview - Tomás Reinholt @ Wed Oct 2, 2024 3pm - 4pm (WEST)",
        ("interview", "Brightwell Analytics", "Backend Engineer, Payments", 1, "direct", "en"),
        text="""Hi Tomás,

Great news: the team enjoyed your coding assessment and would like to move you to a technical
interview with two engineers from the Payments team. I've sent a calendar invitation for
Wednesday, October 2 at 3pm your time. It will be a 60-minute conversation on Google Meet about
system design and a past project of yours.

Let me know if the time doesn't work.

Keisha Morrow
Technical Recruiter, Brightwell Analytics
""",
        ics={
            "organizer": ("Keisha Morrow", "keisha.morrow@brightwell.example"),
            "uid": "4b7nq2kd0c1a@google.com",
            "start": "2024-10-02 15:00:00 +0100",
            "summary": "Brightwell | Technical interview - Tomás Reinholt",
            "description": "Join with Google Meet: https://meet.google.com/qwe-rtyu-iop",
            "attendees": [("Samir Haddad", "samir.haddad@brightwell.example")],
        },
    ),
    M(
        "<7c1e02aa.6120@gh-mail.brightwell.example>",
        "2024-10-09 09:05:37 +0000",
        "Keisha Morrow <no-reply@gh-mail.brightwell.example>",
        "Your application to Brightwell Analytics",
        ("rejection", "Brightwell Analytics", "Backend Engineer, Payments", 1, "greenhouse", "en"),
        text="""Hi Tomás,

Thank you again for the time you spent with us over the past few weeks. Samir and Ana really
enjoyed talking to you about idempotent payment retries, and your assessment was one of the
stronger ones we saw.

After a lot of discussion, we've decided to move forward with candidates whose experience with
card-network integrations more closely matches what the team needs right now. We know this
isn't the news you were hoping for.

We'd be glad to stay in touch, and we encourage you to apply again in the future.

All the best,
Keisha
""",
    ),
    M(
        "<7c1e02aa.6377@gh-mail.brightwell.example>",
        "2024-10-14 15:30:00 +0000",
        "Brightwell Analytics <no-reply@gh-mail.brightwell.example>",
        "How was your interview experience at Brightwell?",
        (
            "other_job",
            "Brightwell Analytics",
            "Backend Engineer, Payments",
            None,
            "greenhouse",
            "en",
        ),
        text="""Hi Tomás,

We're always trying to improve our hiring process. Would you take 2 minutes to tell us about
your experience interviewing with Brightwell Analytics? Your answers are anonymous and will not
affect any current or future application.

Take the survey: https://survey.greenhouse.io/s/brightwell/7hD2k

Thank you!
Brightwell Talent Team
""",
        **{"with": 1},
    ),
    # --- 2 Brightwell Analytics, Senior Data Platform Engineer (ghosted) ---
    M(
        "<7c1e02aa.7011@gh-mail.brightwell.example>",
        "2024-11-04 11:12:09 +0000",
        "Brightwell Analytics <no-reply@gh-mail.brightwell.example>",
        "Thank you for applying to Brightwell Analytics",
        (
            "confirmation",
            "Brightwell Analytics",
            "Senior Data Platform Engineer",
            2,
            "greenhouse",
            "en",
        ),
        text="""Hi Tomás,

Thanks for applying to the Senior Data Platform Engineer role at Brightwell Analytics. We've
received your application and our team is reviewing it now.

If your background looks like a match, a member of our recruiting team will reach out to
schedule a first conversation.

Best,
The Brightwell Talent Team

Powered by Greenhouse
""",
    ),
    # --- 3 Halvorsen Maritime, Back-End Web Developer - Python (iCIMS) ---
    M(
        "<1189234.577102.JavaMail.icims@careers-halvorsen.icims.com>",
        "2024-09-12 19:44:02 +0000",
        "Halvorsen Maritime Talent Acquisition <donotreply@icims.com>",
        "Regarding Requisition 3064606 Back-End Web Developer - Python",
        ("confirmation", "Halvorsen Maritime", "Back-End Web Developer - Python", 3, "icims", "en"),
        html="""<html><body>
<p>Dear Tomás Reinholt,</p>
<p>Thank you for your interest in employment with Halvorsen Maritime. This message confirms that
we have received your application for Requisition <b>3064606 Back-End Web Developer - Python</b>.</p>
<p>Our Talent Acquisition team will review your qualifications. If your skills and experience
match the requirements of the position, a recruiter will contact you to discuss next steps.</p>
<p>You can check the status of your application at any time by logging in to your
<a href="https://careers-halvorsen.icims.com/jobs/login">candidate profile</a>.</p>
<p>Sincerely,<br>Halvorsen Maritime Talent Acquisition</p>
<p style="font-size:10px">Halvorsen Maritime is an Equal Opportunity Employer. Please do not
reply to this message; this mailbox is not monitored.</p>
</body></html>""",
    ),
    M(
        "<AM6PR04MB5511A8@AM6PR04MB5511.eurprd04.prod.outlook.com>",
        "2024-09-20 08:03:15 +0000",
        "Eirik Solberg <eirik.solberg@halvorsen-maritime.example>",
        "Automatic reply: Question about Requisition 3064606",
        (
            "other_job",
            "Halvorsen Maritime",
            "Back-End Web Developer - Python",
            None,
            "direct",
            "en",
        ),
        text="""Thank you for your message. I am out of the office until Monday, September 30th with
limited access to email. For urgent matters regarding open requisitions please contact
talent@halvorsen-maritime.example.

Best regards,
Eirik Solberg
Senior Talent Partner | Halvorsen Maritime
""",
        headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
        **{"with": 3},
    ),
    M(
        "<1189234.601288.JavaMail.icims@careers-halvorsen.icims.com>",
        "2024-10-07 14:20:51 +0000",
        "Halvorsen Maritime Talent Acquisition <donotreply@icims.com>",
        "Update on your application",
        ("rejection", "Halvorsen Maritime", "Back-End Web Developer - Python", 3, "icims", "en"),
        html="""<html><body>
<p>Dear Tomás,</p>
<p>Thank you for applying for the Back-End Web Developer - Python position (Requisition 3064606)
and for your patience while we reviewed applications.</p>
<p>We were impressed by your background, and this was a difficult decision. However, we have
selected another candidate whose qualifications more closely match our needs for this role.</p>
<p>We will keep your profile on file and encourage you to apply for future openings that match
your interests.</p>
<p>Kind regards,<br>Halvorsen Maritime Talent Acquisition</p>
</body></html>""",
    ),
    # --- 4 Corvane Logistics, Platform Engineer (SmartRecruiters) -> rejected ---
    M(
        "<sr-2f9e71c0-88aa@smartrecruiters.com>",
        "2024-09-18 12:00:41 +0000",
        "Corvane Logistics <noreply@smartrecruiters.com>",
        "Thank you for your application",
        ("confirmation", "Corvane Logistics", "Platform Engineer", 4, "smartrecruiters", "en"),
        html="""<html><body><div style="font-family:Arial">
<p>Dear Tomás,</p>
<p>Thank you for applying for the position of <b>Platform Engineer</b> at <b>Corvane Logistics</b>.</p>
<p>We are reviewing all applications and will get back to you as soon as possible. You can
follow your application in your SmartRecruiters candidate account.</p>
<p>Best regards,<br>Corvane Logistics Recruiting Team</p>
<p style="color:#999;font-size:11px">Powered by SmartRecruiters · Privacy Policy</p>
</div></body></html>""",
    ),
    M(
        "<sr-5b1d0e33-1c7f@smartrecruiters.com>",
        "2024-10-02 07:55:10 +0000",
        "Corvane Logistics <noreply@smartrecruiters.com>",
        "Your application for Platform Engineer",
        ("rejection", "Corvane Logistics", "Platform Engineer", 4, "smartrecruiters", "en"),
        html="""<html><body><div style="font-family:Arial">
<p>Dear Tomás,</p>
<p>Thank you for your interest in Corvane Logistics and for taking the time to apply for the
Platform Engineer position.</p>
<p>After careful review, we regret to inform you that your application is not progressing
further at this time. We received a large number of strong applications and had to make some
difficult choices.</p>
<p>We wish you every success in your job search.</p>
<p>Corvane Logistics Recruiting Team</p>
</div></body></html>""",
    ),
    # --- 5 Corvane Logistics, Platform Engineer again (re-application) -> offer, accepted ---
    M(
        "<sr-9a0c6f12-44e1@smartrecruiters.com>",
        "2025-02-24 09:30:02 +0000",
        "Corvane Logistics <noreply@smartrecruiters.com>",
        "Thank you for your application",
        ("confirmation", "Corvane Logistics", "Platform Engineer", 5, "smartrecruiters", "en"),
        html="""<html><body><div style="font-family:Arial">
<p>Dear Tomás,</p>
<p>Thank you for applying for the position of <b>Platform Engineer</b> at <b>Corvane Logistics</b>.</p>
<p>We are reviewing all applications and will get back to you as soon as possible.</p>
<p>Best regards,<br>Corvane Logistics Recruiting Team</p>
<p style="color:#999;font-size:11px">Powered by SmartRecruiters · Privacy Policy</p>
</div></body></html>""",
    ),
    M(
        "<DB9PR10MB7420C1D@DB9PR10MB7420.EURPRD10.PROD.OUTLOOK.COM>",
        "2025-03-05 10:12:00 +0000",
        "Henrik Aalto <henrik.aalto@corvane.example>",
        "Platform Engineer - interview with the infrastructure team",
        ("interview", "Corvane Logistics", "Platform Engineer", 5, "direct", "en"),
        text="""Hi Tomás,

I'm the engineering manager for the infrastructure team at Corvane. Thanks for applying again;
your Kubernetes operator work caught our eye this time. I'd like to invite you to a 45-minute
interview with me and one of our senior engineers on Tuesday, 11 March at 14:00 (Lisbon time).
The invitation is attached.

Henrik Aalto
Engineering Manager, Infrastructure | Corvane Logistics
""",
        ics={
            "style": "outlook",
            "organizer": ("Henrik Aalto", "henrik.aalto@corvane.example"),
            "uid": "040000008200E00074C5B7101A82E00800000000B0C1E1A3",
            "start": "2025-03-11 14:00:00 +0000",
            "minutes": 45,
            "summary": "Interview: Tomás Reinholt - Platform Engineer",
            "location": "Microsoft Teams Meeting",
            "description": "Join on Teams: https://teams.microsoft.com/l/meetup-join/19%3a7f2",
        },
    ),
    M(
        "<DB9PR10MB7420C9F@DB9PR10MB7420.EURPRD10.PROD.OUTLOOK.COM>",
        "2025-03-10 16:40:00 +0000",
        "Henrik Aalto <henrik.aalto@corvane.example>",
        "Updated invitation: Interview: Tomás Reinholt - Platform Engineer",
        ("interview", "Corvane Logistics", "Platform Engineer", 5, "direct", "en"),
        text="""Hi Tomás,

Apologies, something came up tomorrow. Could we move our conversation to Thursday, 13 March at
11:00? I've updated the invitation.

Henrik
""",
        headers={
            "In-Reply-To": "<DB9PR10MB7420C1D@DB9PR10MB7420.EURPRD10.PROD.OUTLOOK.COM>",
            "References": "<DB9PR10MB7420C1D@DB9PR10MB7420.EURPRD10.PROD.OUTLOOK.COM>",
        },
        ics={
            "style": "outlook",
            "organizer": ("Henrik Aalto", "henrik.aalto@corvane.example"),
            "uid": "040000008200E00074C5B7101A82E00800000000B0C1E1A3",
            "start": "2025-03-13 11:00:00 +0000",
            "minutes": 45,
            "sequence": 1,
            "summary": "Interview: Tomás Reinholt - Platform Engineer",
            "location": "Microsoft Teams Meeting",
        },
    ),
    M(
        "<0b7a1c3e9d2f4a@docusign.net>",
        "2025-04-01 13:05:19 +0000",
        "Lucía Ferreira via DocuSign <dse_NA4@docusign.net>",
        "Please DocuSign: Corvane Logistics - Offer Letter - Tomás Reinholt.pdf",
        ("offer", "Corvane Logistics", "Platform Engineer", 5, "docusign", "en"),
        reply_to="Lucía Ferreira <lucia.ferreira@corvane.example>",
        html="""<html><body>
<p>Lucía Ferreira sent you a document to review and sign.</p>
<p><a href="https://na4.docusign.net/Signing/EmailStart.aspx?a=6f1e">REVIEW DOCUMENT</a></p>
<p>Lucía Ferreira<br>lucia.ferreira@corvane.example</p>
<p>Hi Tomás, congratulations! Please find attached your offer letter for the Platform Engineer
position at Corvane Logistics. Let me know if you have any questions before signing.</p>
<p style="font-size:11px">Do Not Share This Email: This email contains a secure link to DocuSign.
Please do not share this email, link, or access code with others.</p>
</body></html>""",
    ),
    M(
        "<5e2d9a0b11c7@docusign.net>",
        "2025-04-03 18:22:48 +0000",
        "DocuSign via DocuSign <dse_NA4@docusign.net>",
        "Completed: Corvane Logistics - Offer Letter - Tomás Reinholt.pdf",
        ("offer", "Corvane Logistics", "Platform Engineer", 5, "docusign", "en"),
        html="""<html><body>
<p>All parties have completed Corvane Logistics - Offer Letter - Tomás Reinholt.pdf.</p>
<p><a href="https://na4.docusign.net/Member/EmailStart.aspx?m=9a2">VIEW COMPLETED DOCUMENT</a></p>
<p style="font-size:11px">Powered by DocuSign</p>
</body></html>""",
        st="accepted",
    ),
    # --- 6 Fenwick Health, Software Engineer II (Workday tenant fhs, display "Workday") ---
    M(
        "<1522187004.88121.1726734401@wd5.myworkday.com>",
        "2024-09-19 08:26:41 +0000",
        "Workday <fhs@myworkday.com>",
        "Application Received: Software Engineer II",
        ("confirmation", "Fenwick Health", "Software Engineer II", 6, "workday", "en"),
        text="""Hello Tomás,

Thank you for applying to the Software Engineer II position (R-10482) at Fenwick Health.

We have received your application and our recruiting team will review your qualifications. If
there is a fit, someone will contact you about next steps. You can view the status of your
application in the Candidate Home section of our careers site:
https://fhs.wd5.myworkdayjobs.com/FenwickCareers/userHome

Thank you,
Fenwick Health Talent Acquisition
""",
    ),
    # --- 7 Prudentia Mutual, Python Developer (Workday tenant pru, person display name) ---
    M(
        "<1901220871.11920.1727183011@wd3.myworkday.com>",
        "2024-09-24 13:03:31 +0000",
        "Karen Whitlock <pru@myworkday.com>",
        "Thank you for applying - Python Developer",
        ("confirmation", "Prudentia Mutual", "Python Developer", 7, "workday", "en"),
        text="""Dear Tomás,

Thank you for your application for the Python Developer (JR-55817) role at Prudentia Mutual.
Your application has been submitted successfully and is now under review.

If you are not selected for this position, we will keep your information on file and may
contact you about other opportunities.

Warm regards,
Karen Whitlock
Talent Acquisition, Prudentia Mutual
https://pru.wd3.myworkdayjobs.com/Prudentia
""",
    ),
    M(
        "<1901220871.40277.1729772411@wd3.myworkday.com>",
        "2024-10-24 11:00:11 +0000",
        "Karen Whitlock <pru@myworkday.com>",
        "Thank you for your interest in Prudentia Mutual",
        ("rejection", "Prudentia Mutual", "Python Developer", 7, "workday", "en"),
        text="""Dear Tomás,

Thank you for your interest in the Python Developer (JR-55817) role at Prudentia Mutual.

We wanted to let you know that the position has been filled. We appreciate the time you took
to apply and encourage you to visit our careers site for future opportunities.

Warm regards,
Karen Whitlock
Talent Acquisition, Prudentia Mutual
""",
    ),
    # --- 8 Quillfeather, Backend Developer (Django) (JazzHR) ---
    M(
        "<20240926.c41f0e7@applytojob.com>",
        "2024-09-26 17:48:20 +0000",
        "Quillfeather <notifications@applytojob.com>",
        "Quillfeather - Backend Developer (Django)",
        ("confirmation", "Quillfeather", "Backend Developer (Django)", 8, "jazzhr", "en"),
        text="""Hi Tomás,

Thank you for your interest in the Backend Developer (Django) position at Quillfeather. We have
received your application and will be in touch if your qualifications match our needs.

Thanks,
Quillfeather Hiring Team

https://quillfeather.applytojob.com/apply/7JkQ2mWx/Backend-Developer-Django
""",
    ),
    M(
        "<CAD8f+Q2n7VpZw3@mail.gmail.com>",
        "2024-10-03 21:10:05 +0000",
        "Dana Whitfield <dana.whitfield.dev@gmail.com>",
        "Quillfeather - quick chat?",
        ("interview", "Quillfeather", "Backend Developer (Django)", 8, "direct", "en"),
        text="""Hey Tomás,

Dana here, CTO at Quillfeather (we're a small team, so I read every application myself). Loved
the Django admin plugin on your GitHub. Would you be up for a 30-minute video call next week to
talk about the backend role? Tuesday or Wednesday afternoon works for me, just pick a slot here:
https://calendly.com/dana-quillfeather/30min

Cheers,
Dana
""",
    ),
    # --- 9 Larkspur Dental Group, Software Developer (BambooHR, person display name) ---
    M(
        "<bhr.9f03d1.118@bamboohr.com>",
        "2024-10-01 15:14:00 +0000",
        "Melissa Grant <notifications@app.bamboohr.com>",
        "Thanks for applying to Larkspur Dental Group",
        ("confirmation", "Larkspur Dental Group", "Software Developer", 9, "bamboohr", "en"),
        text="""Hi Tomás,

Thank you for applying for the Software Developer position with Larkspur Dental Group! We
appreciate your interest and will review your application shortly. If your experience matches
what we're looking for, we'll reach out to set up a phone screen.

Melissa Grant
People Operations, Larkspur Dental Group
""",
    ),
    M(
        "<bhr.9f03d1.341@bamboohr.com>",
        "2024-10-21 16:30:00 +0000",
        "Melissa Grant <notifications@app.bamboohr.com>",
        "Following up from Larkspur Dental Group",
        ("rejection", "Larkspur Dental Group", "Software Developer", 9, "bamboohr", "en"),
        text="""Hi Tomás,

Thanks so much for your patience and for your interest in the Software Developer position. We
enjoyed learning about your experience. We have decided to go in a different direction for
this role, but we'll keep your résumé on file should something else open up.

Best wishes,
Melissa Grant
People Operations, Larkspur Dental Group
""",
    ),
    # --- 10 Tidewater Labs, Senior Backend Engineer (Ashby) ---
    M(
        "<ashby-1c2d3e4f-a0b1@ashbyhq.com>",
        "2024-10-08 09:01:14 +0000",
        "Tidewater Labs Hiring <no-reply@ashbyhq.com>",
        "Thanks for applying to Tidewater Labs!",
        ("confirmation", "Tidewater Labs", "Senior Backend Engineer", 10, "ashby", "en"),
        text="""Hi Tomás,

Thanks for applying for the Senior Backend Engineer role at Tidewater Labs! We've received your
application and will review it in the coming days. We look at every application carefully.

- The Tidewater Labs team
""",
    ),
    M(
        "<ashby-9e8d7c6b-f2a3@ashbyhq.com>",
        "2024-10-18 13:44:09 +0000",
        "Nadia Okafor <no-reply@ashbyhq.com>",
        "Update on your Tidewater Labs application",
        ("rejection", "Tidewater Labs", "Senior Backend Engineer", 10, "ashby", "en"),
        reply_to="nadia@tidewaterlabs.example",
        text="""Hi Tomás,

Thank you for your interest in the Senior Backend Engineer role and for the time you've invested
in our process. Your profile is impressive, and we genuinely appreciated learning about your
work.

After careful consideration, we've decided to go in a different direction and won't be moving
forward with your candidacy at this time.

Wishing you the best,
Nadia Okafor
Talent Partner, Tidewater Labs
""",
    ),
    # --- 11 Orbital Kitchen, Software Engineer, Growth (Lever) ---
    M(
        "<lever-7d2f11a0-3c55@hire.lever.co>",
        "2024-10-10 18:25:33 +0000",
        "Orbital Kitchen <no-reply@hire.lever.co>",
        "Thank you for your application to Orbital Kitchen",
        ("confirmation", "Orbital Kitchen", "Software Engineer, Growth", 11, "lever", "en"),
        text="""Hi Tomás,

Thanks for your interest in Orbital Kitchen! We've received your application for Software
Engineer, Growth and will be in touch if there's a potential fit.

Orbital Kitchen
https://jobs.lever.co/orbitalkitchen/1f0a2b3c-4d5e-6f70-8192-a3b4c5d6e7f8
""",
    ),
    M(
        "<lever-ab21ce90-77d1@hire.lever.co>",
        "2024-10-22 10:02:48 +0000",
        "Priscilla Tan <no-reply@hire.lever.co>",
        "Interview confirmation: Orbital Kitchen - Software Engineer, Growth",
        ("interview", "Orbital Kitchen", "Software Engineer, Growth", 11, "lever", "en"),
        reply_to="priscilla.tan@orbitalkitchen.example",
        text="""Hi Tomás,

Your interview has been scheduled:

  Recruiter screen with Priscilla Tan
  Monday, October 28, 2024, 4:00 PM - 4:30 PM (GMT)
  Zoom: https://orbitalkitchen.zoom.us/j/81234567890

If you need to reschedule, just reply to this email.

Priscilla Tan
Recruiting, Orbital Kitchen
""",
    ),
    # --- 12 Marrowbank Credit Union, Application Developer (Taleo, REQ id) ---
    M(
        "<TALEO-4417-2291-9@taleo.net>",
        "2024-10-15 22:10:03 +0000",
        "Marrowbank Careers <marrowbank@taleo.net>",
        "REQ-2291 Application Developer - Application Received",
        ("confirmation", "Marrowbank Credit Union", "Application Developer", 12, "taleo", "en"),
        text="""Dear Tomás Reinholt,

Thank you for submitting your application for the Application Developer position (REQ-2291)
at Marrowbank Credit Union.

Your application will be reviewed by our recruitment team. If you are not selected for an
interview, your profile will remain in our database for future openings. Unfortunately we are
not able to give individual feedback to every applicant.

Sincerely,
Marrowbank Credit Union Human Resources

This is an automated message from our Taleo recruitment system. Please do not reply.
""",
    ),
    # --- 13 Stellan Energy, Python Engineer (Oracle Recruiting Cloud + TestGorilla) ---
    M(
        "<orc.3344219.ee1@fa.oraclecloud.com>",
        "2024-10-17 06:40:12 +0000",
        "Stellan Energy Careers <no-reply@fa-euzl-saasfaprod1.fa.ocs.oraclecloud.com>",
        "Stellan Energy: Thank you for applying for Python Engineer",
        ("confirmation", "Stellan Energy", "Python Engineer", 13, "oracle", "en"),
        html="""<html><body>
<p>Dear Tomás,</p>
<p>Thank you for your interest in Stellan Energy. We've received your job application for
<b>Python Engineer</b> (requisition 24000781).</p>
<p>We'll review your qualifications and contact you if there's a match. You can check your
application status at
<a href="https://euzl.fa.ocs.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/my-profile">your profile</a>.</p>
<p>Regards,<br>Stellan Energy Talent Acquisition</p>
</body></html>""",
    ),
    M(
        "<tg-invite-5521190@testgorilla.com>",
        "2024-10-24 12:15:40 +0000",
        "Stellan Energy via TestGorilla <no-reply@testgorilla.com>",
        "Stellan Energy invites you to complete an assessment",
        ("assessment", "Stellan Energy", "Python Engineer", 13, "other", "en"),
        html="""<html><body>
<p>Hi Tomás,</p>
<p>Thank you for your interest in the <b>Python Engineer</b> position at <b>Stellan Energy</b>.
As a next step, we'd like you to complete an assessment. It consists of 4 short tests (Python
coding, data structures, English, culture add) and takes about 55 minutes.</p>
<p><a href="https://app.testgorilla.com/s/a9kf22ld">Start the assessment</a></p>
<p>Please complete it within 7 days.</p>
<p>Best of luck,<br>Stellan Energy</p>
</body></html>""",
    ),
    # --- 14 Nimbus Parcel, Backend Engineer (Workable, "unfortunately" in a confirmation) ---
    M(
        "<workable.8c7e1f.0021@candidates.workablemail.com>",
        "2024-10-23 14:51:30 +0000",
        "Nimbus Parcel <noreply@candidates.workablemail.com>",
        "Thanks for applying to Nimbus Parcel",
        ("confirmation", "Nimbus Parcel", "Backend Engineer", 14, "workable", "en"),
        text="""Hi Tomás,

Thank you for your application for the Backend Engineer position at Nimbus Parcel. Your
application has been received and will be reviewed by our hiring team.

Unfortunately, due to the high number of applications we receive, we are only able to contact
shortlisted candidates. If you don't hear from us within 3 weeks, please consider your
application unsuccessful this time.

Kind regards,
Nimbus Parcel

Sent with Workable
""",
    ),
    # --- 15 Kettle & Quay, Data Engineer (LinkedIn: sent, viewed, update = rejection) ---
    M(
        "<1302851007.4410912.1730026011@ltx1-app2231.prod.linkedin.com>",
        "2024-10-27 10:46:51 +0000",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Tomás, your application was sent to Kettle & Quay",
        ("confirmation", "Kettle & Quay", "Data Engineer", 15, "linkedin", "en"),
        html="""<html><body><table>
<tr><td><h2>Your application was sent to Kettle & Quay</h2></td></tr>
<tr><td><b>Data Engineer</b><br>Kettle & Quay · Lisbon, Portugal (Hybrid)</td></tr>
<tr><td>Applied on October 27, 2024</td></tr>
<tr><td><a href="https://www.linkedin.com/jobs/view/4051177230/">View job</a></td></tr>
<tr><td style="font-size:11px">This email was intended for Tomás Reinholt (Backend Developer).
You are receiving LinkedIn notification emails. Unsubscribe · Help<br>
© 2024 LinkedIn Ireland Unlimited Company, Wilton Plaza, Dublin 2.</td></tr>
</table></body></html>""",
        headers={"List-Unsubscribe": "<https://www.linkedin.com/e/v2?e=unsub>"},
    ),
    M(
        "<1302851007.5520013.1730303314@ltx1-app2231.prod.linkedin.com>",
        "2024-10-30 15:48:34 +0000",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Kettle & Quay viewed your application",
        ("viewed", "Kettle & Quay", "Data Engineer", 15, "linkedin", "en"),
        html="""<html><body><table>
<tr><td><h2>Your application was viewed by Kettle & Quay</h2></td></tr>
<tr><td><b>Data Engineer</b><br>Kettle & Quay · Lisbon, Portugal (Hybrid)</td></tr>
<tr><td>A recruiter viewed your application. Keep applying: the average job seeker applies to
several jobs before getting an interview.</td></tr>
<tr><td><a href="https://www.linkedin.com/jobs/view/4051177230/">View job</a></td></tr>
<tr><td style="font-size:11px">This email was intended for Tomás Reinholt (Backend Developer).
Unsubscribe · Help</td></tr>
</table></body></html>""",
    ),
    M(
        "<1302851007.7781222.1731405506@ltx1-app2231.prod.linkedin.com>",
        "2024-11-12 09:58:26 +0000",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Your update from Kettle & Quay",
        ("rejection", "Kettle & Quay", "Data Engineer", 15, "linkedin", "en"),
        html="""<html><body><table>
<tr><td><h3>Kettle & Quay</h3><b>Data Engineer</b> · Lisbon, Portugal (Hybrid)</td></tr>
<tr><td>
<p>Hi Tomás,</p>
<p>Thank you for your interest in the Data Engineer position at Kettle & Quay in Lisbon. Unfortunately,
we will not be moving forward with your application, but we appreciate your time and interest
in Kettle & Quay.</p>
<p>Regards,<br>Kettle & Quay</p>
</td></tr>
<tr><td><a href="https://www.linkedin.com/jobs/search/">Search for more jobs</a></td></tr>
<tr><td style="font-size:11px">This email was intended for Tomás Reinholt. Unsubscribe</td></tr>
</table></body></html>""",
    ),
    # --- 16 Amberline Insurance, Software Engineer (LinkedIn, ghosted) ---
    M(
        "<1302851007.8120044.1731580011@ltx1-app2231.prod.linkedin.com>",
        "2024-11-14 10:26:51 +0000",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Tomás, your application was sent to Amberline Insurance",
        ("confirmation", "Amberline Insurance", "Software Engineer", 16, "linkedin", "en"),
        html="""<html><body><table>
<tr><td><h2>Your application was sent to Amberline Insurance</h2></td></tr>
<tr><td><b>Software Engineer</b><br>Amberline Insurance · Porto (Remote)</td></tr>
<tr><td>Applied on November 14, 2024</td></tr>
<tr><td><a href="https://www.linkedin.com/jobs/view/4066123004/">View job</a></td></tr>
<tr><td style="font-size:11px">This email was intended for Tomás Reinholt (Backend Developer).
Unsubscribe · Help</td></tr>
</table></body></html>""",
    ),
    # --- 17 Ridgeway Outdoor, Backend Developer (Indeed, employer only in HTML) ---
    M(
        "<0100019339.indeedapply.4f2a@email.indeed.com>",
        "2024-11-06 19:03:27 +0000",
        "Indeed Apply <indeedapply@indeed.com>",
        "Indeed Application: Backend Developer",
        ("confirmation", "Ridgeway Outdoor", "Backend Developer", 17, "indeed", "en"),
        text="""Application submitted

Backend Developer

Your application has been submitted. Good luck!

Next steps: the employer may contact you directly. Track your applications in My jobs:
https://myjobs.indeed.com/applied
""",
        html="""<html><body><table>
<tr><td><h2>Application submitted</h2></td></tr>
<tr><td><b>Backend Developer</b><br><span>Ridgeway Outdoor</span> - Remote</td></tr>
<tr><td>Your application has been submitted. Good luck!</td></tr>
<tr><td><a href="https://myjobs.indeed.com/applied">Track your applications in My jobs</a></td></tr>
<tr><td style="font-size:11px">© 2024 Indeed · Do not reply to this email.</td></tr>
</table></body></html>""",
    ),
    M(
        "<CAJx9Pq0w1Fzr2@mail.gmail.com>",
        "2024-11-25 17:12:40 +0000",
        "Owen Blackwood <owen@ridgeway-outdoor.example>",
        "Thanks from Ridgeway Outdoor",
        ("rejection", "Ridgeway Outdoor", "Backend Developer", 17, "direct", "en"),
        text="""Hi Tomás,

Thanks for applying to our Backend Developer opening through Indeed, and sorry for the slow reply.
We're a small shop and it took us a while to get through everyone. Your experience is strong,
but we ended up hiring someone local who can be in the warehouse office a few days a week, so
the position has been filled.

Good luck with the search!
Owen Blackwood
Ridgeway Outdoor
""",
    ),
    # --- 18 Sablewood Games, Backend Engineer (Wellfound + founder's personal gmail) ---
    M(
        "<wf-app-3390127@wellfound.com>",
        "2024-11-08 12:20:00 +0000",
        "Wellfound <team@hi.wellfound.com>",
        "Your application to Sablewood Games",
        ("confirmation", "Sablewood Games", "Backend Engineer", 18, "wellfound", "en"),
        html="""<html><body>
<p>Hi Tomás,</p>
<p>Your application for <b>Backend Engineer</b> at <b>Sablewood Games</b> has been sent. Founders
typically reply within a week. We'll let you know when they respond.</p>
<p><a href="https://wellfound.com/jobs/applications">View your applications</a></p>
<p>— Wellfound</p>
</body></html>""",
    ),
    M(
        "<CAB2mK_r7e0Tt@mail.gmail.com>",
        "2024-11-13 20:05:52 +0000",
        "Rafael Quintero <rafa.quintero.games@gmail.com>",
        "Sablewood - your application",
        ("interview", "Sablewood Games", "Backend Engineer", 18, "direct", "en"),
        text="""Hi Tomás,

I'm Rafa, one of the two founders of Sablewood Games. I saw your application on Wellfound for
the backend role. We're building the multiplayer backend for our next title in Python/asyncio
and your profile fits really well.

Could we do a first interview over Google Meet on Monday 18 Nov, 6pm Lisbon time?

Rafa
""",
    ),
    # --- 19 Harborview Robotics, Software Engineer, New Grad (Handshake) ---
    M(
        "<hs-apply-901127@joinhandshake.com>",
        "2024-11-19 14:02:11 +0000",
        "Handshake <no-reply@joinhandshake.com>",
        "Your application to Harborview Robotics was submitted",
        (
            "confirmation",
            "Harborview Robotics",
            "Software Engineer, New Grad",
            19,
            "handshake",
            "en",
        ),
        text="""Hi Tomás,

You applied to Software Engineer, New Grad at Harborview Robotics. Your application, résumé and
transcript have been shared with the employer.

View application: https://app.joinhandshake.com/applications/901127

Handshake
""",
    ),
    # --- 20 Veridian Foods, Integration Engineer (Glassdoor) ---
    M(
        "<gd-easyapply-77120@glassdoor.com>",
        "2024-11-21 09:11:08 +0000",
        "Glassdoor <noreply@glassdoor.com>",
        "Your application to Veridian Foods has been submitted",
        ("confirmation", "Veridian Foods", "Integration Engineer", 20, "other", "en"),
        html="""<html><body>
<h2>Application submitted</h2>
<p><b>Integration Engineer</b><br>Veridian Foods · Amsterdam</p>
<p>Your application has been submitted to Veridian Foods. We'll let you know if the employer
updates your application status.</p>
<p style="font-size:11px">Glassdoor, Inc. · Mill Valley, CA · Unsubscribe</p>
</body></html>""",
    ),
    # --- 21 Ostrander Bank, Graduate Technology Analyst (SuccessFactors + HireVue) ---
    M(
        "<sf.candidate.8812@successfactors.eu>",
        "2024-11-25 08:31:00 +0000",
        "Ostrander Bank Careers <noreply@successfactors.eu>",
        "Ostrander Bank - Application Confirmation: Graduate Technology Analyst",
        ("confirmation", "Ostrander Bank", "Graduate Technology Analyst", 21, "other", "en"),
        text="""Dear Tomás,

Thank you for applying for the position Graduate Technology Analyst (Job ID 48812) at Ostrander
Bank. We have received your application and will review it carefully.

You can track your application in our Career Site.

Best regards,
Ostrander Bank Recruiting
""",
    ),
    M(
        "<hv-invite-ost-2231@hirevue.com>",
        "2024-12-02 10:00:00 +0000",
        "Ostrander Bank <noreply@hirevue.com>",
        "Next step: Ostrander Bank on-demand video interview",
        ("assessment", "Ostrander Bank", "Graduate Technology Analyst", 21, "hirevue", "en"),
        text="""Dear Tomás,

Congratulations on progressing to the next stage for the Graduate Technology Analyst role at
Ostrander Bank. Please complete your on-demand video interview within 5 days. You will be asked
5 questions and have up to 3 minutes to record each answer.

Start here: https://app.hirevue.com/interviews/ostranderbank/8hD2K1

Ostrander Bank Graduate Recruitment
""",
    ),
    M(
        "<sf.candidate.9921@successfactors.eu>",
        "2024-12-20 15:12:44 +0000",
        "Ostrander Bank Careers <noreply@successfactors.eu>",
        "Your application with Ostrander Bank",
        ("rejection", "Ostrander Bank", "Graduate Technology Analyst", 21, "other", "en"),
        text="""Dear Tomás,

Thank you for completing the video interview for the Graduate Technology Analyst programme. We
received many excellent applications this year. We regret to inform you that we will not be
taking your application further.

We wish you all the best for the future.
Ostrander Bank Recruiting
""",
    ),
    # --- 22 Marlowe Systems via Bluepeak Talent (staffing agency) ---
    M(
        "<PA4P190MB1120AB@PA4P190MB1120.EURP190.PROD.OUTLOOK.COM>",
        "2024-11-27 11:30:00 +0000",
        "Gemma Lowry <gemma.lowry@bluepeaktalent.example>",
        "Python Developer contract - fully remote, 6 months",
        ("outreach", "Marlowe Systems", "Python Developer (Contract)", None, "agency", "en"),
        text="""Hi Tomás,

I came across your profile and wanted to reach out about a Python Developer contract with one of
my clients, Marlowe Systems (logistics software). 6 months initially, fully remote within EU,
day rate €450-520. Stack: FastAPI, Postgres, AWS.

Would you be open to a quick call this week? If you're interested I can submit your CV.

Best,
Gemma Lowry
Senior Consultant | Bluepeak Talent
""",
        **{"with": 22},
    ),
    M(
        "<PA4P190MB1120C7@PA4P190MB1120.EURP190.PROD.OUTLOOK.COM>",
        "2024-11-29 16:05:00 +0000",
        "Gemma Lowry <gemma.lowry@bluepeaktalent.example>",
        "RE: Python Developer contract - fully remote, 6 months",
        ("confirmation", "Marlowe Systems", "Python Developer (Contract)", 22, "agency", "en"),
        text="""Hi Tomás,

Great speaking with you earlier. As agreed, I've submitted your CV to Marlowe Systems for the
Python Developer contract at €500/day. I'll let you know as soon as I hear back from the
hiring manager.

Best,
Gemma

From: Tomás Reinholt <tomas.reinholt@postbox.example>
Sent: 28 November 2024 19:02
To: Gemma Lowry <gemma.lowry@bluepeaktalent.example>
Subject: Re: Python Developer contract - fully remote, 6 months

Hi Gemma, sounds interesting. Happy to talk tomorrow at 3pm.
""",
        headers={
            "In-Reply-To": "<PA4P190MB1120AB@PA4P190MB1120.EURP190.PROD.OUTLOOK.COM>",
            "References": "<PA4P190MB1120AB@PA4P190MB1120.EURP190.PROD.OUTLOOK.COM>",
        },
    ),
    M(
        "<PA4P190MB1120F2@PA4P190MB1120.EURP190.PROD.OUTLOOK.COM>",
        "2024-12-10 12:44:00 +0000",
        "Gemma Lowry <gemma.lowry@bluepeaktalent.example>",
        "Marlowe Systems feedback",
        ("rejection", "Marlowe Systems", "Python Developer (Contract)", 22, "agency", "en"),
        text="""Hi Tomás,

I've just heard back from Marlowe Systems. They were impressed with your CV but have decided to
go with a candidate who has more hands-on AWS Lambda experience, so they won't be taking your
application further for the Python Developer contract.

I'll keep you in mind for other roles; I have a few FastAPI contracts coming up in January.

Best,
Gemma
""",
    ),
    # --- 23 Gristmill Software, Staff Backend Engineer (internal referral) ---
    M(
        "<CAPz4e1M0oVq2@mail.gmail.com>",
        "2024-12-03 19:22:10 +0000",
        "Bea Lindgren <bea.lindgren@gristmill.example>",
        "Referred you for Staff Backend Engineer",
        ("other_job", "Gristmill Software", "Staff Backend Engineer", None, "direct", "en"),
        text="""Hey Tomás!

Just submitted your referral for the Staff Backend Engineer role here at Gristmill. You should
get an email from our Greenhouse asking you to complete the application; do it soon-ish, the
recruiter is screening this week.

Fingers crossed, would be so fun to work together again :)

Bea
""",
        **{"with": 23},
    ),
    M(
        "<gh.4410.92a1@us.greenhouse-mail.io>",
        "2024-12-04 09:10:22 +0000",
        "Gristmill Software <no-reply@us.greenhouse-mail.io>",
        "Thank you for your application to Gristmill Software",
        ("confirmation", "Gristmill Software", "Staff Backend Engineer", 23, "greenhouse", "en"),
        text="""Hi Tomás,

Thank you for your interest in Gristmill Software! We have received your application for the
Staff Backend Engineer position and will review it shortly.

Regards,
Gristmill Recruiting
""",
    ),
    M(
        "<CAPz4eRecr2kk1@mail.gmail.com>",
        "2024-12-11 14:00:00 +0000",
        "Jonah Pryce <jonah.pryce@gristmill.example>",
        "Invitation: Gristmill - Hiring manager interview (Tomás Reinholt) @ Tue Dec 17, 2024 5pm - 6pm (WET)",
        ("interview", "Gristmill Software", "Staff Backend Engineer", 23, "direct", "en"),
        text="""Jonah Pryce has invited you to a hiring manager interview for the Staff Backend
Engineer position at Gristmill Software.

Tue Dec 17, 2024 5pm - 6pm (Western European Time)
Google Meet: https://meet.google.com/gri-stmi-llhm
""",
        ics={
            "organizer": ("Jonah Pryce", "jonah.pryce@gristmill.example"),
            "uid": "1qa2ws3ed4rf@google.com",
            "start": "2024-12-17 17:00:00 +0000",
            "summary": "Gristmill - Hiring manager interview (Tomás Reinholt)",
            "description": "Staff Backend Engineer. Join: https://meet.google.com/gri-stmi-llhm",
        },
    ),
    M(
        "<CAPz4eRecr9zz4@mail.gmail.com>",
        "2024-12-16 08:47:00 +0000",
        "Jonah Pryce <jonah.pryce@gristmill.example>",
        "Canceled event: Gristmill - Hiring manager interview (Tomás Reinholt) @ Tue Dec 17, 2024 5pm - 6pm (WET)",
        ("interview", "Gristmill Software", "Staff Backend Engineer", 23, "direct", "en"),
        text="""This event has been canceled and removed from your calendar.

Gristmill - Hiring manager interview (Tomás Reinholt)
Tue Dec 17, 2024 5pm - 6pm (Western European Time)

Note from Jonah: sorry Tomás, I'm out sick; our recruiter will send new times after the
holidays.
""",
        ics={
            "method": "CANCEL",
            "organizer": ("Jonah Pryce", "jonah.pryce@gristmill.example"),
            "uid": "1qa2ws3ed4rf@google.com",
            "start": "2024-12-17 17:00:00 +0000",
            "summary": "Gristmill - Hiring manager interview (Tomás Reinholt)",
        },
    ),
    # --- 24 Pinecrest Media, Junior Backend Developer (forwarded Recruitee confirmation) ---
    M(
        "<CAF0rw4rd.pc11@mail.gmail.com>",
        "2024-12-09 20:31:45 +0000",
        "Tomás Reinholt <t.reinholt@alumni.uporto.example>",
        "Fwd: Thank you for applying to Pinecrest Media",
        ("confirmation", "Pinecrest Media", "Junior Backend Developer", 24, "recruitee", "en"),
        text="""Forwarding to my main address.

---------- Forwarded message ---------
From: Pinecrest Media <pinecrestmedia@recruitee.com>
Date: Mon, Dec 9, 2024 at 8:14 PM
Subject: Thank you for applying to Pinecrest Media
To: <t.reinholt@alumni.uporto.example>

Hi Tomás,

Thanks for applying for the Junior Backend Developer position at Pinecrest Media! We have
received your application and will get back to you within two weeks.

Best,
Pinecrest Media Talent Team
https://pinecrestmedia.recruitee.com/o/junior-backend-developer
""",
    ),
    # --- 25 Graphite Loop, Backend Engineer (Python) (Ashby) ---
    M(
        "<ashby-5566aa77-cc01@ashbyhq.com>",
        "2025-01-08 17:02:10 +0000",
        "Graphite Loop <no-reply@ashbyhq.com>",
        "Thanks for applying to Graphite Loop",
        ("confirmation", "Graphite Loop", "Backend Engineer (Python)", 25, "ashby", "en"),
        text="""Hi Tomás,

Thanks for your interest in the Backend Engineer (Python) role at Graphite Loop. We've received
your application and our team will review it soon.

Graphite Loop Recruiting
""",
    ),
    M(
        "<ashby-5566aa77-cc93@ashbyhq.com>",
        "2025-01-29 12:18:00 +0000",
        "Matteo Ricci <no-reply@ashbyhq.com>",
        "Thank you for your time, Tomás",
        ("rejection", "Graphite Loop", "Backend Engineer (Python)", 25, "ashby", "en"),
        reply_to="matteo@graphiteloop.example",
        text="""Hi Tomás,

Thank you for taking the time to speak with our team last week. Everyone enjoyed the
conversation, and your take on our event-sourcing question was thoughtful.

Having reviewed all the feedback, we've decided not to move forward at this stage. This was a
close call, and we'd be happy to hear from you again in the future.

All the best,
Matteo Ricci
Head of Talent, Graphite Loop
""",
    ),
    # --- 26 Frostvik Studios, Backend Developer (Teamtailor token subdomain) ---
    M(
        "<tt.11f2a9@x7k2pq.teamtailor-mail.com>",
        "2025-01-13 10:40:00 +0000",
        "Frostvik Studios <no-reply@x7k2pq.teamtailor-mail.com>",
        "Thank you for your application!",
        ("confirmation", "Frostvik Studios", "Backend Developer", 26, "teamtailor", "en"),
        text="""Hi Tomás,

Thank you for applying for the role Backend Developer at Frostvik Studios. We have received your
application and will review it as soon as we can.

Best regards,
Frostvik Studios
https://careers.frostvik.example/jobs/4410228-backend-developer
""",
    ),
    M(
        "<tt.11f2c0@x7k2pq.teamtailor-mail.com>",
        "2025-02-04 09:15:00 +0000",
        "Frostvik Studios <no-reply@x7k2pq.teamtailor-mail.com>",
        "Regarding your application at Frostvik Studios",
        ("rejection", "Frostvik Studios", "Backend Developer", 26, "teamtailor", "en"),
        text="""Hi Tomás,

Thank you for your interest in the Backend Developer position and for your patience. We have now
reviewed all applications, and unfortunately we have decided to proceed with other candidates.

We wish you the best of luck.
Frostvik Studios
""",
    ),
    # --- 27 Westerly Utilities, Software Engineer I (iCIMS, "Your candidacy") ---
    M(
        "<1189234.711022.JavaMail.icims@careers-westerly.icims.com>",
        "2025-01-16 21:00:00 +0000",
        "Westerly Utilities Recruiting <donotreply@icims.com>",
        "Westerly Utilities - Software Engineer I (Requisition 2025-1147)",
        ("confirmation", "Westerly Utilities", "Software Engineer I", 27, "icims", "en"),
        html="""<html><body>
<p>Dear Tomás,</p>
<p>Thank you for applying for <b>Software Engineer I</b> (Requisition 2025-1147) at Westerly
Utilities. Your application has been received.</p>
<p>Regards,<br>Westerly Utilities Recruiting</p>
</body></html>""",
    ),
    M(
        "<1189234.733190.JavaMail.icims@careers-westerly.icims.com>",
        "2025-02-11 16:44:00 +0000",
        "Westerly Utilities Recruiting <donotreply@icims.com>",
        "Your candidacy",
        ("rejection", "Westerly Utilities", "Software Engineer I", 27, "icims", "en"),
        html="""<html><body>
<p>Dear Tomás,</p>
<p>We appreciate your interest in Westerly Utilities and the Software Engineer I position. We
wanted to let you know that this position has been filled.</p>
<p>Please continue to visit our careers site for other opportunities.</p>
<p>Regards,<br>Westerly Utilities Recruiting</p>
</body></html>""",
    ),
    # --- 28 Oakhurst Press, Backend Engineer (LinkedIn + manager from outlook.com) ---
    M(
        "<1302851007.9920183.1737450011@ltx1-app2231.prod.linkedin.com>",
        "2025-01-21 09:13:31 +0000",
        "LinkedIn <jobs-noreply@linkedin.com>",
        "Tomás, your application was sent to Oakhurst Press",
        ("confirmation", "Oakhurst Press", "Backend Engineer", 28, "linkedin", "en"),
        html="""<html><body><table>
<tr><td><h2>Your application was sent to Oakhurst Press</h2></td></tr>
<tr><td><b>Backend Engineer</b><br>Oakhurst Press · Remote</td></tr>
<tr><td>Applied on January 21, 2025</td></tr>
<tr><td style="font-size:11px">This email was intended for Tomás Reinholt. Unsubscribe · Help</td></tr>
</table></body></html>""",
    ),
    M(
        "<DU2P251MB0401E1@DU2P251MB0401.EURP251.PROD.OUTLOOK.COM>",
        "2025-01-27 18:30:00 +0000",
        "Graham Oyelaran <g.oyelaran@outlook.com>",
        "Oakhurst Press - Backend Engineer application",
        ("interview", "Oakhurst Press", "Backend Engineer", 28, "direct", "en"),
        text="""Hello Tomás,

I run engineering at Oakhurst Press (we publish academic journals; small team). Writing from my
personal account as our company mail is being migrated this week. Thanks for your application
via LinkedIn for the Backend Engineer role.

I'd like to set up a one-hour technical interview. Would Thursday 30 January at 15:00 UK time
suit you?

Kind regards,
Graham Oyelaran
""",
    ),
    # --- 29 Lumen Orchard, Python Developer (JazzHR) ---
    M(
        "<20250205.a11e93@applytojob.com>",
        "2025-02-05 13:27:00 +0000",
        "Lumen Orchard <notifications@applytojob.com>",
        "Lumen Orchard - Python Developer",
        ("confirmation", "Lumen Orchard", "Python Developer", 29, "jazzhr", "en"),
        text="""Hi Tomás,

Thank you for applying for the Python Developer position at Lumen Orchard. We have received your
application. Our team will review it, and if you are not selected for an interview we will let
you know.

Best,
Lumen Orchard
""",
    ),
    M(
        "<20250226.a11f07@applytojob.com>",
        "2025-02-26 10:02:00 +0000",
        "Lumen Orchard <notifications@applytojob.com>",
        "Lumen Orchard - Python Developer",
        ("rejection", "Lumen Orchard", "Python Developer", 29, "jazzhr", "en"),
        text="""Hi Tomás,

Thank you for taking the time to apply for the Python Developer position. We appreciate your
interest in Lumen Orchard. We have reviewed your background and qualifications, and we have
decided not to pursue your candidacy at this time.

Best,
Lumen Orchard
""",
    ),
    # --- job alerts, talent communities, nudges, outreach (no application) ---
    M(
        "<alert.1302851007.1111@ltx1-app1120.prod.linkedin.com>",
        "2024-09-05 06:30:00 +0000",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“python developer”: Quillfeather - Backend Developer (Django) and 11 more",
        ("alert", None, None, None, "linkedin", "en"),
        html="""<html><body><table>
<tr><td><h3>Your job alert for python developer in Portugal</h3></td></tr>
<tr><td><b>Backend Developer (Django)</b><br>Quillfeather · Remote · Actively recruiting</td></tr>
<tr><td><b>Python Engineer</b><br>Stellan Energy · Lisbon · 3 connections</td></tr>
<tr><td><b>Backend Engineer</b><br>Nimbus Parcel · Porto</td></tr>
<tr><td><a href="https://www.linkedin.com/jobs/search/?savedSearchId=88">See all jobs</a></td></tr>
<tr><td style="font-size:11px">You are receiving Job Alert emails. Unsubscribe</td></tr>
</table></body></html>""",
    ),
    M(
        "<inmail.1302851007.2222@ltx1-app1120.prod.linkedin.com>",
        "2024-10-11 08:20:00 +0000",
        "Imogen Hart via LinkedIn <inmail-hit-reply@linkedin.com>",
        "Imogen sent you a new message",
        ("outreach", "Sorrel Bio", "Senior Python Engineer", None, "linkedin", "en"),
        html="""<html><body>
<p><b>Imogen Hart</b> · Talent Acquisition Lead at Sorrel Bio</p>
<p>Hi Tomás, I'm hiring a Senior Python Engineer for our lab-automation platform at Sorrel Bio
(remote, EU). Your background with data pipelines looks like a strong fit. Would you be open to
a 20-minute chat next week?</p>
<p><a href="https://www.linkedin.com/messaging/thread/2-ZmE3/">Reply</a></p>
<p style="font-size:11px">This is an InMail. You are receiving InMail notification emails.</p>
</body></html>""",
    ),
    M(
        "<indeed.alert.5521@alert.indeed.com>",
        "2024-11-02 07:00:00 +0000",
        "Indeed <alert@indeed.com>",
        "15 new backend developer jobs in Porto + how to ace your next interview",
        ("alert", None, None, None, "indeed", "en"),
        html="""<html><body>
<h3>New jobs for backend developer in Porto</h3>
<p><b>Backend Developer</b> - Ridgeway Outdoor - Remote<br>Easily apply</p>
<p><b>Software Engineer (Python)</b> - Barrowgate Systems - Porto<br>€45,000 - €55,000 a year</p>
<p><b>Junior Backend Developer</b> - Pinecrest Media - Remote</p>
<h4>Career Guide: 10 interview questions you should prepare for</h4>
<p>Interviewers often ask about a time you solved a hard problem. Here's how to answer.</p>
<p style="font-size:11px">You're receiving this job alert because you subscribed. Unsubscribe.</p>
</body></html>""",
    ),
    M(
        "<wd.nudge.33019@wd3.myworkday.com>",
        "2024-11-18 09:00:00 +0000",
        "Workday <nhc@myworkday.com>",
        "Don't forget to finish your application",
        ("alert", "Northcote Health", "Site Reliability Engineer", None, "workday", "en"),
        text="""Hi Tomás,

You started an application for Site Reliability Engineer at Northcote Health but haven't
submitted it yet. Pick up where you left off:
https://nhc.wd3.myworkdayjobs.com/External/job/SRE_R-2231/apply

Applications close on November 30.

Northcote Health Talent Acquisition
""",
    ),
    M(
        "<icims.tc.8891@talent-tidemark.icims.com>",
        "2024-12-14 12:00:00 +0000",
        "Tidemark Insurance Careers <donotreply@icims.com>",
        "Welcome to the Tidemark Insurance Talent Community",
        ("alert", "Tidemark Insurance", None, None, "icims", "en"),
        html="""<html><body>
<p>Hi Tomás,</p>
<p>Thank you for joining the Tidemark Insurance Talent Community! You'll now receive emails about
new jobs that match your interests (Technology, Porto).</p>
<p>Joining our talent community is not an application. When you see a role you like, click
Apply on our careers site.</p>
<p>Tidemark Insurance Talent Acquisition</p>
</body></html>""",
    ),
    M(
        "<gd.hiring.7720@glassdoor.com>",
        "2025-01-10 15:00:00 +0000",
        "Glassdoor Jobs <noreply@glassdoor.com>",
        "Veridian Foods is hiring: Senior Integration Engineer",
        ("alert", None, None, None, "other", "en"),
        html="""<html><body>
<p>Companies you follow are hiring.</p>
<p><b>Senior Integration Engineer</b> · Veridian Foods · Amsterdam · 3.9 ★</p>
<p><b>Data Engineer</b> · Kettle & Quay · Lisbon · 4.1 ★</p>
<p style="font-size:11px">Unsubscribe from these emails.</p>
</body></html>""",
    ),
    M(
        "<sr.code.44120@smartrecruiters.com>",
        "2025-02-24 09:21:02 +0000",
        "SmartRecruiters <noreply@smartrecruiters.com>",
        "Your SmartRecruiters verification code",
        ("other_job", None, None, None, "smartrecruiters", "en"),
        text="""Your verification code is 488120.

Enter this code to sign in to your candidate account. The code expires in 10 minutes.

If you didn't request this, you can ignore this email.
SmartRecruiters
""",
    ),
    M(
        "<alert.1302851007.3333@ltx1-app1120.prod.linkedin.com>",
        "2025-03-19 06:30:00 +0000",
        "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "“backend engineer”: 8 new jobs in European Union",
        ("alert", None, None, None, "linkedin", "en"),
        html="""<html><body><table>
<tr><td><h3>Your job alert for backend engineer in European Union</h3></td></tr>
<tr><td><b>Backend Engineer, Billing</b><br>Graphite Loop · Remote</td></tr>
<tr><td><b>Platform Engineer</b><br>Corvane Logistics · Porto · Be an early applicant</td></tr>
<tr><td style="font-size:11px">You are receiving Job Alert emails. Unsubscribe</td></tr>
</table></body></html>""",
    ),
]

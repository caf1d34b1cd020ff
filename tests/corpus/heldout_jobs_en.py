# ruff: noqa: E501
"""Held-out corpus, English job mail: applications, alerts, outreach, other job mail.

Each entry is one message; ``t`` is its label: (category, company, role, application, source,
language). ``st`` overrides the status the category implies; ``with`` keeps a message that
belongs to no application in the split of a related one. See heldout.py.
"""

MAIL = [
    # ------------------------------------------------------------------ alerts, January
    {
        "id": "<1704700127411.88213.1704700127411@ltx1-app3374.prod.linkedin.com>",
        "date": "2024-01-08 07:48:47 +0000",
        "from": "LinkedIn Job Alerts <jobalerts-noreply@linkedin.com>",
        "subject": "“data engineer”: Tessellate AI - Data Engineer and more",
        "headers": {
            "List-Unsubscribe": "<https://www.linkedin.com/e/v2?e=jobalert-unsub&a=jobs-alert-unsubscribe>",
            "X-LinkedIn-Class": "JOB-ALERT",
        },
        "text": """Your job alert for data engineer in Berlin, Germany
24 new jobs match your preferences.

Data Engineer
Tessellate AI
Austin, Texas, United States (Remote)
Actively recruiting
View job: https://www.linkedin.com/comm/jobs/view/3812094471/?trackingId=Zk9qT1bQ

Senior Data Engineer
Northwind Freight
Berlin, Berlin, Germany (Hybrid)
Easy Apply
View job: https://www.linkedin.com/comm/jobs/view/3809917720/?trackingId=Q2xPa0aA

Analytics Engineer
Cobalt Street Media
European Union (Remote)
2 connections work here
View job: https://www.linkedin.com/comm/jobs/view/3811540036/?trackingId=cG9wUm9z

Data Engineer (m/w/d)
Kestrel Mobility GmbH
Berlin, Berlin, Germany (On-site)
View job: https://www.linkedin.com/comm/jobs/view/3807762215/?trackingId=aGVsbG8h

See all jobs: https://www.linkedin.com/comm/jobs/search/?savedSearchId=1733402211

----------------------------------------
This email was intended for Jordan Almeida (Data Engineer | Kafka, dbt, Python)
Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
You are receiving Job Alert emails.
Manage your job alerts: https://www.linkedin.com/comm/jobs/alerts
Unsubscribe: https://www.linkedin.com/e/v2?e=jobalert-unsub
© 2024 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
        "t": ("alert", None, None, None, "linkedin", "en"),
    },
    # ------------------------------------------------------------------ Northwind Freight (1)
    {
        "id": "<65d4c1e0a9b3f_2f1a3c81b44.1704812533@us.greenhouse-mail.io>",
        "date": "2024-01-09 10:02:13 -0500",
        "from": "Northwind Freight <no-reply@us.greenhouse-mail.io>",
        "reply_to": "no-reply@us.greenhouse-mail.io",
        "subject": "Thank you for applying to Northwind Freight",
        "text": """Hi Jordan,

Thanks for applying to Northwind Freight! Your application for the Senior Data Engineer position has been received, and our recruiting team will review it shortly.

If your background looks like a match, someone from our team will reach out to you directly to discuss next steps. In the meantime, feel free to learn more about life at Northwind: https://careers.northwindfreight.example/life

Thanks again for your interest in Northwind Freight.

Best,
The Northwind Freight Talent Team

** Please do not reply to this email, as this inbox is not monitored. **
""",
        "html": """<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
<p>Hi Jordan,</p>
<p>Thanks for applying to Northwind Freight! Your application for the <b>Senior Data Engineer</b> position has been received, and our recruiting team will review it shortly.</p>
<p>If your background looks like a match, someone from our team will reach out to you directly to discuss next steps. In the meantime, feel free to learn more about <a href="https://careers.northwindfreight.example/life">life at Northwind</a>.</p>
<p>Thanks again for your interest in Northwind Freight.</p>
<p>Best,<br>The Northwind Freight Talent Team</p>
<p style="font-size:11px;color:#888">** Please do not reply to this email, as this inbox is not monitored. **</p>
<img src="https://us.greenhouse-mail.io/wf/open?upn=u001.Tg7x" width="1" height="1" alt="">
</body></html>""",
        "t": ("confirmation", "Northwind Freight", "Senior Data Engineer", 1, "greenhouse", "en"),
    },
    {
        "id": "<20240109150511.3c9a1f0e@talent.northwindfreight.example>",
        "date": "2024-01-09 10:05:11 -0500",
        "from": "Northwind Freight Careers <careers@talent.northwindfreight.example>",
        "subject": "Welcome to the Northwind Freight Talent Community",
        "headers": {
            "List-Unsubscribe": "<mailto:unsubscribe@talent.northwindfreight.example?subject=unsubscribe>"
        },
        "html": """<html><body>
<table width="600" align="center" style="font-family:Arial,sans-serif"><tr><td>
<img src="https://talent.northwindfreight.example/assets/logo.png" alt="Northwind Freight" width="180">
<h2 style="color:#0b3d91">Welcome aboard the talent community, Jordan!</h2>
<p>Thanks for joining the Northwind Freight Talent Community. You told us you're interested in:</p>
<ul><li>Data &amp; Analytics</li><li>Berlin, Germany / Remote (EMEA)</li></ul>
<p>We'll send you new openings that match your interests, plus the occasional story from inside our teams. Joining our community is not an application &mdash; when you see a role you like, apply directly on our careers site.</p>
<p><a href="https://careers.northwindfreight.example/jobs?category=data" style="background:#0b3d91;color:#fff;padding:10px 18px;text-decoration:none">Browse open roles</a></p>
<p style="font-size:11px;color:#777">You're receiving this email because you joined the Northwind Freight Talent Community. <a href="https://talent.northwindfreight.example/preferences">Update preferences</a> | <a href="https://talent.northwindfreight.example/unsubscribe">Unsubscribe</a><br>Northwind Freight, Inc., 400 Harbor Blvd, Long Beach, CA 90802</p>
</td></tr></table></body></html>""",
        "t": ("alert", "Northwind Freight", None, None, "other", "en"),
        "with": 1,
    },
    # ------------------------------------------------------------------ Bluebell Home Care (23)
    {
        "id": "<bbhr.61a2f0c7.20240111161922@app.bamboohr.com>",
        "date": "2024-01-11 10:19:22 -0600",
        "from": "Bluebell Home Care <notifications@app.bamboohr.com>",
        "reply_to": "careers@bluebellhomecare.example",
        "subject": "Thanks for applying to Bluebell Home Care!",
        "text": """Hi Jordan,

Thank you for applying for the Data Analyst position at Bluebell Home Care. We appreciate your interest in joining our team!

We're reviewing applications now and will contact you if your qualifications match what we're looking for.

Thanks again,
Bluebell Home Care People Team

Job: Data Analyst
Location: Remote (US/EU time zones)
https://bluebellhomecare.bamboohr.com/careers/112
""",
        "t": ("confirmation", "Bluebell Home Care", "Data Analyst", 23, "bamboohr", "en"),
    },
    # ------------------------------------------------------------------ Brightwater Analytics (5)
    {
        "id": "<1705315680211.40173.1705315680211.JavaMail.wdprod@wd3-prvt-app-14.myworkday.com>",
        "date": "2024-01-15 10:48:00 +0000",
        "from": "Brightwater Analytics <brightwater@myworkday.com>",
        "subject": "Verify your candidate account",
        "text": """Hello,

Thank you for creating a candidate account with Brightwater Analytics.

Please verify your email address by selecting the link below:
https://brightwater.wd3.myworkdayjobs.com/en-US/Careers/verify?token=9f3c1e72-71b4-4c0a-a2bb-58f6e01d9c3e

This link expires in 24 hours. If you did not create an account, you can ignore this email.

Brightwater Analytics Talent Acquisition

This is a system-generated email. Please do not reply.
""",
        "t": ("other_job", "Brightwater Analytics", None, None, "workday", "en"),
        "with": 5,
    },
    {
        "id": "<1705316161734.40188.1705316161734.JavaMail.wdprod@wd3-prvt-app-14.myworkday.com>",
        "date": "2024-01-15 10:56:01 +0000",
        "from": "Brightwater Analytics <brightwater@myworkday.com>",
        "subject": "Thank you for applying – Data Engineer (R-10234)",
        "html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>
<body><div style="font-family:Arial;font-size:10pt">
<p>Dear Jordan,</p>
<p>Thank you for your application for the position of <strong>Data Engineer (R-10234)</strong> at Brightwater Analytics.</p>
<p>We have received your application and our recruitment team will now review your qualifications against the requirements of the role. If we would like to progress your application, a member of the team will be in touch.</p>
<p>You can check the status of your application at any time by signing in to your <a href="https://brightwater.wd3.myworkdayjobs.com/en-US/Careers/userHome">Candidate Home</a>.</p>
<p>Kind regards,<br>Talent Acquisition<br>Brightwater Analytics Ltd<br>One Canal Wharf, Leeds LS11 5PS</p>
</div></body></html>""",
        "t": ("confirmation", "Brightwater Analytics", "Data Engineer", 5, "workday", "en"),
    },
    # ------------------------------------------------------------------ Meridian Labs (15)
    {
        "id": "<1137448821.52904.1705502204512@talent.icims.com>",
        "date": "2024-01-17 09:36:44 -0500",
        "from": "Meridian Labs Careers <meridianlabs-careers@talent.icims.com>",
        "subject": "Thank you for your interest in Meridian Labs",
        "html": """<html><body>
<p>Dear Jordan,</p>
<p>Thank you for your interest in Meridian Labs. This message confirms that we have received your application for the <b>Machine Learning Engineer</b> position (Job ID: 2024-4471).</p>
<p>Our Talent Acquisition team will review your qualifications. If your skills and experience are a match for the position, we will contact you to discuss next steps. Due to the high volume of applications we receive, we are unable to respond to every applicant individually.</p>
<p>You may review the status of your application at any time through our <a href="https://careers-meridianlabs.icims.com/jobs/login">career portal</a>.</p>
<p>Sincerely,<br>Meridian Labs Talent Acquisition</p>
<p><i>Meridian Labs is an Equal Opportunity Employer. All qualified applicants will receive consideration for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national origin, disability, or veteran status.</i></p>
<p style="font-size:9px">This is an automated message. Please do not reply.</p>
</body></html>""",
        "t": ("confirmation", "Meridian Labs", "Machine Learning Engineer", 15, "icims", "en"),
    },
    # ------------------------------------------------------------------ outreach: Gridline Robotics
    {
        "id": "<1705661530227.1299.1705661530227@ltx1-app1922.prod.linkedin.com>",
        "date": "2024-01-19 11:12:10 +0000",
        "from": "Hannah Brooks via LinkedIn <inmail-hit-reply@linkedin.com>",
        "subject": "Senior Data Engineer opportunity at Gridline Robotics",
        "text": """Hannah Brooks
Technical Recruiter at Gridline Robotics

Hi Jordan,

I'm a technical recruiter at Gridline Robotics. We build fleet-management software for warehouse robots and we're growing our data platform team in Berlin.

Your background with Kafka, dbt and streaming pipelines caught my eye — it's very close to what our Senior Data Engineer will work on (telemetry from ~40k robots, a lakehouse on S3/Iceberg, and a small but senior team).

Would you be open to a 20-minute chat next week? Happy to share the salary range up front.

Best,
Hannah

Reply: https://www.linkedin.com/messaging/thread/2-OTA1YjA1NzQtY2E3Zi00/
Not interested? Let Hannah know: https://www.linkedin.com/messaging/decline/2-OTA1YjA1NzQtY2E3Zi00/

This is an InMail. You are receiving InMail notification emails.
© 2024 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
        "t": ("outreach", "Gridline Robotics", "Senior Data Engineer", None, "linkedin", "en"),
    },
    # ------------------------------------------------------------------ Northwind Freight (1): no
    {
        "id": "<65ee3a91c82d1_7b1c2a99f01.1706132494@us.greenhouse-mail.io>",
        "date": "2024-01-24 16:41:34 -0500",
        "from": "Priya Raman <no-reply@us.greenhouse-mail.io>",
        "reply_to": "priya.raman@northwindfreight.example",
        "subject": "Update on your application",
        "text": """Hi Jordan,

Thank you for your interest in Northwind Freight and for taking the time to apply for our Senior Data Engineer role. We really enjoyed learning about your background, and your experience building streaming pipelines for logistics data stood out.

We received a large number of applications for this position, and after careful review we have decided to move forward with candidates whose experience more closely matches our current needs.

This was not an easy decision. We'd love to stay in touch, and we encourage you to apply again for future openings that match your skills.

We wish you the very best in your search.

Kind regards,
Priya Raman
Talent Acquisition, Northwind Freight
""",
        "t": ("rejection", "Northwind Freight", "Senior Data Engineer", 1, "greenhouse", "en"),
    },
    # ------------------------------------------------------------------ Tessellate AI (16)
    {
        "id": "<1706630861032.11702.1706630861032@ltx1-app0734.prod.linkedin.com>",
        "date": "2024-01-30 16:07:41 +0000",
        "from": "LinkedIn <jobs-noreply@linkedin.com>",
        "subject": "Jordan, your application was sent to Tessellate AI",
        "text": """Your application was sent to Tessellate AI

Tessellate AI
Data Engineer
Tessellate AI · Austin, Texas, United States (Remote)
Applied on January 30, 2024

View job: https://www.linkedin.com/comm/jobs/view/3812094471/?trackingId=sWq0Yb3X

Now, take these next steps for more success
- Follow Tessellate AI to stay up to date with their page.
- Prepare for your interview with AI-powered practice questions.

Applications are typically reviewed within 1-2 weeks. You can track the status of your application in My Jobs: https://www.linkedin.com/my-items/saved-jobs/?cardType=APPLIED

----------------------------------------
This email was intended for Jordan Almeida (Data Engineer | Kafka, dbt, Python)
You are receiving Jobs Activity emails.
Unsubscribe: https://www.linkedin.com/e/v2?e=jobs-activity-unsub
© 2024 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
        "html": """<html><body style="margin:0;padding:0;background:#f3f2ef">
<table role="presentation" width="512" align="center" style="background:#fff;font-family:-apple-system,system-ui,Segoe UI,Roboto,Arial,sans-serif">
<tr><td style="padding:24px"><img src="https://static.licdn.com/aero-v1/sc/h/9ehe6n39fa07dc5edzv0rla4e" width="84" alt="LinkedIn"></td></tr>
<tr><td style="padding:0 24px"><h2 style="font-size:20px;font-weight:600">Your application was sent to Tessellate AI</h2></td></tr>
<tr><td style="padding:0 24px"><table><tr>
<td><img src="https://media.licdn.com/dms/image/C560BAQ/company-logo_100_100/tessellate" width="48" alt="Tessellate AI"></td>
<td><a href="https://www.linkedin.com/comm/jobs/view/3812094471/?trackingId=sWq0Yb3X" style="font-weight:600;color:#0a66c2">Data Engineer</a><br>Tessellate AI · Austin, Texas, United States (Remote)<br><span style="color:#666">Applied on January 30, 2024</span></td>
</tr></table></td></tr>
<tr><td style="padding:24px"><h3 style="font-size:16px">Now, take these next steps for more success</h3>
<p>Follow Tessellate AI to stay up to date with their page.</p>
<p><a href="https://www.linkedin.com/comm/interview-prep/">Prepare for your interview</a> with AI-powered practice questions.</p></td></tr>
<tr><td style="padding:24px;font-size:12px;color:#666">This email was intended for Jordan Almeida (Data Engineer | Kafka, dbt, Python). You are receiving Jobs Activity emails. <a href="https://www.linkedin.com/e/v2?e=jobs-activity-unsub">Unsubscribe</a><br>© 2024 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.</td></tr>
</table></body></html>""",
        "t": ("confirmation", "Tessellate AI", "Data Engineer", 16, "linkedin", "en"),
    },
    {
        "id": "<1706889002513.20441.1706889002513@ltx1-app1187.prod.linkedin.com>",
        "date": "2024-02-02 15:50:02 +0000",
        "from": "LinkedIn <jobs-noreply@linkedin.com>",
        "subject": "Your application was viewed by Tessellate AI",
        "text": """Jordan, your application was viewed by Tessellate AI

Data Engineer
Tessellate AI · Austin, Texas, United States (Remote)
Applied 3 days ago

View job: https://www.linkedin.com/comm/jobs/view/3812094471/?trackingId=hN2cWq9L

Stand out to Tessellate AI
Members who reach out to the hiring team are more likely to hear back.

----------------------------------------
This email was intended for Jordan Almeida (Data Engineer | Kafka, dbt, Python)
You are receiving Jobs Activity emails.
Unsubscribe: https://www.linkedin.com/e/v2?e=jobs-activity-unsub
© 2024 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
        "t": ("viewed", "Tessellate AI", "Data Engineer", 16, "linkedin", "en"),
    },
    # ------------------------------------------------------------------ Quillon Software (14)
    {
        "id": "<cs-invite.5f2a1d.1707404417@codesignal.com>",
        "date": "2024-02-08 07:00:17 -0800",
        "from": "CodeSignal <noreply@codesignal.com>",
        "reply_to": "support@codesignal.com",
        "subject": "Quillon Software has invited you to complete a coding assessment",
        "html": """<html><body style="font-family:Arial,sans-serif;color:#1f2a44">
<p>Hi Jordan,</p>
<p><b>Quillon Software</b> has invited you to complete the <b>General Coding Assessment</b> as part of your application for the <b>Backend Engineer, Payments</b> role.</p>
<table style="border:1px solid #dde3ee;padding:12px"><tr><td>Duration</td><td>70 minutes</td></tr>
<tr><td>Questions</td><td>4</td></tr><tr><td>Complete by</td><td>February 15, 2024, 11:59 PM PST</td></tr></table>
<p><a href="https://app.codesignal.com/public-test/k8Tq2ZbM4wJ/invite?token=eyJhbGciOiJIUzI1NiJ9" style="background:#1062fb;color:#fff;padding:10px 20px;border-radius:4px;text-decoration:none">Start assessment</a></p>
<p>Before you begin, make sure you have a reliable internet connection and about 70 uninterrupted minutes. You can try a <a href="https://app.codesignal.com/practice">practice question</a> first to get familiar with the environment.</p>
<p>Good luck!<br>The CodeSignal team, on behalf of Quillon Software</p>
<p style="font-size:11px;color:#888">Questions about the role? Reply to recruiting@quillon.example. CodeSignal, Inc. · 1400 Bridge Pkwy, Redwood City, CA</p>
</body></html>""",
        "t": (
            "assessment",
            "Quillon Software",
            "Backend Engineer, Payments",
            14,
            "codesignal",
            "en",
        ),
    },
    # ------------------------------------------------------------------ Corvid Systems (17)
    {
        "id": "<0100018d9f3c2e11-5ab40cb3-1f0e-4c62-9d5a-8b1e2a3f4c5d-000000@email.amazonses.com>",
        "date": "2024-02-12 14:22:05 +0000",
        "from": "Indeed Apply <indeedapply@indeed.com>",
        "subject": "Indeed Application: Senior Analytics Engineer",
        "text": """Application submitted

Senior Analytics Engineer
Corvid Systems - Remote

The following items were sent to Corvid Systems. Good luck!
 • Application
 • Resume

Next steps
The employer or job advertiser may reach out to you about your application.
Track your application: https://myjobs.indeed.com/applied?from=email-confirmation

Keep your momentum going - similar jobs:
 Analytics Engineer - Brightline Data - Remote
 Data Engineer II - Pinecrest Bank - Charlotte, NC
 Senior Data Analyst - Lumen Health - Remote

Indeed Apply
© 2024 Indeed - 6433 Champion Grandview Way, Building 1, Austin, TX 78750
Do not reply to this email. Privacy: https://www.indeed.com/legal
""",
        "t": ("confirmation", "Corvid Systems", "Senior Analytics Engineer", 17, "indeed", "en"),
    },
    {
        "id": "<0100018da3b5a0a2-f2e1c8a9-22b4-4f1d-b0b2-7a6d91c0e3f4-000000@email.amazonses.com>",
        "date": "2024-02-13 08:05:44 +0000",
        "from": "Indeed <alert@indeed.com>",
        "subject": "12 new Analytics Engineer jobs in Remote",
        "headers": {"List-Unsubscribe": "<https://www.indeed.com/unsubscribe?tk=1hmb7r>"},
        "html": """<html><body style="font-family:Arial,sans-serif">
<p style="font-size:18px"><b>Analytics Engineer</b> jobs in Remote</p>
<p>12 new jobs match your search.</p>
<table width="560">
<tr><td style="padding:10px 0;border-bottom:1px solid #eee"><a href="https://www.indeed.com/rc/clk?jk=4f1d2c9a8b7e6f50">Analytics Engineer</a><br>Harborlight Media · Remote<br><span style="color:#557">$120,000 - $145,000 a year</span> · Easily apply</td></tr>
<tr><td style="padding:10px 0;border-bottom:1px solid #eee"><a href="https://www.indeed.com/rc/clk?jk=77be01a2d3c4e5f6">Senior Analytics Engineer (dbt)</a><br>Copperline Health · Remote<br>Responsive employer</td></tr>
<tr><td style="padding:10px 0;border-bottom:1px solid #eee"><a href="https://www.indeed.com/rc/clk?jk=0a9b8c7d6e5f4a3b">Analytics Engineer II</a><br>Silverbirch Insurance · Remote<br>Urgently hiring</td></tr>
<tr><td style="padding:10px 0"><a href="https://www.indeed.com/jobs?q=analytics+engineer&amp;l=remote">See all 12 new jobs</a></td></tr>
</table>
<p style="font-size:11px;color:#777">You're receiving this because you created a job alert for "Analytics Engineer" in Remote. <a href="https://www.indeed.com/unsubscribe?tk=1hmb7r">Unsubscribe</a><br>© 2024 Indeed</p>
</body></html>""",
        "t": ("alert", None, None, None, "indeed", "en"),
    },
    {
        "id": "<1707923517881.33610.1707923517881@ltx1-app0855.prod.linkedin.com>",
        "date": "2024-02-14 15:11:57 +0000",
        "from": "LinkedIn <jobs-noreply@linkedin.com>",
        "subject": "Your update from Tessellate AI",
        "text": """Your update from Tessellate AI

Data Engineer
Tessellate AI · Austin, Texas, United States (Remote)

Thank you for your interest in the Data Engineer position at Tessellate AI in Austin, Texas, United States. Unfortunately, we will not be moving forward with your application, but we appreciate your time and interest in Tessellate AI.

Regards,
Tessellate AI

Top jobs picked for you
Data Engineer · Kestrel Mobility GmbH · Berlin (On-site)
Senior Data Engineer · Gridline Robotics · Berlin (Hybrid)
Analytics Engineer · Fabrikwerk Digital · Berlin (Hybrid)
See more jobs: https://www.linkedin.com/comm/jobs/collections/recommended/

----------------------------------------
This email was intended for Jordan Almeida (Data Engineer | Kafka, dbt, Python)
You are receiving Jobs Activity emails.
Unsubscribe: https://www.linkedin.com/e/v2?e=jobs-activity-unsub
© 2024 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
        "t": ("rejection", "Tessellate AI", "Data Engineer", 16, "linkedin", "en"),
    },
    # ------------------------------------------------------------------ Orbis Retail Group (20)
    {
        "id": "<sr.3f7c0e28b1.1707300210@smartrecruiters.com>",
        "date": "2024-02-07 10:03:30 +0000",
        "from": "Orbis Retail Group <noreply@smartrecruiters.com>",
        "subject": "Your application for Business Intelligence Developer",
        "html": """<html><body style="font-family:'Open Sans',Arial,sans-serif;font-size:14px">
<p>Dear Jordan,</p>
<p>Thank you for your interest in the <b>Business Intelligence Developer</b> position at Orbis Retail Group, and for the time you took to apply.</p>
<p>After reviewing all applications, we regret to inform you that your profile has not been selected for further consideration for this role.</p>
<p>With your permission, we will keep your details in our talent pool and may contact you about future opportunities that match your profile.</p>
<p>Best regards,<br>Orbis Retail Group Recruitment Team</p>
<hr><p style="font-size:11px;color:#999">Powered by SmartRecruiters · <a href="https://jobs.smartrecruiters.com/OrbisRetailGroup">Orbis Retail Group careers</a> · <a href="https://www.smartrecruiters.com/privacy-policy">Privacy</a></p>
</body></html>""",
        "t": (
            "rejection",
            "Orbis Retail Group",
            "Business Intelligence Developer",
            20,
            "smartrecruiters",
            "en",
        ),
    },
    # ------------------------------------------------------------------ Brightwater (5): no
    {
        "id": "<1708354871940.61744.1708354871940.JavaMail.wdprod@wd3-prvt-app-09.myworkday.com>",
        "date": "2024-02-19 15:01:11 +0000",
        "from": "Brightwater Analytics <brightwater@myworkday.com>",
        "subject": "Your application to Brightwater Analytics",
        "html": """<html><body><div style="font-family:Arial;font-size:10pt">
<p>Dear Jordan,</p>
<p>Thank you for your interest in the Data Engineer position (R-10234) and for the time you have taken to apply.</p>
<p>We have now reviewed your application and regret to inform you that we will not be taking it further on this occasion. We had a strong response to this vacancy and the decision was a difficult one.</p>
<p>We will retain your details on file and encourage you to keep an eye on our <a href="https://brightwater.wd3.myworkdayjobs.com/en-US/Careers">careers site</a> for future opportunities.</p>
<p>Kind regards,<br>Talent Acquisition<br>Brightwater Analytics Ltd</p>
</div></body></html>""",
        "t": ("rejection", "Brightwater Analytics", "Data Engineer", 5, "workday", "en"),
    },
    # ------------------------------------------------------------------ Quillon (14): onsite
    {
        "id": "<ashby.sched.01HPZ3V6C2N8Q4.1708452155@ashbyhq.com>",
        "date": "2024-02-20 10:02:35 -0800",
        "from": "Quillon Software <no-reply@ashbyhq.com>",
        "reply_to": "Dana Whitfield <dana@quillon.example>",
        "subject": "Schedule your interviews with Quillon",
        "text": """Hi Jordan,

Congrats on passing the coding assessment — nice work! We'd love to invite you to the virtual onsite for the Backend Engineer, Payments role.

The onsite is four 45-minute conversations on the same day:
  1. Coding (pairing in your own editor)
  2. System design: a card-payments ledger
  3. Working with product: a conversation with our PM, Leo
  4. Values & collaboration with our Head of Engineering

Please pick the slots that work for you here:
https://app.ashbyhq.com/interview-scheduling/9b6f2c1a-3d4e-4f50-8a61-7b2c3d4e5f60

All interviews are on Zoom; links will be in the calendar invites. If none of the times work, just reply to this email and I'll find more.

Looking forward to it,
Dana Whitfield
Recruiting Lead, Quillon
""",
        "t": ("interview", "Quillon Software", "Backend Engineer, Payments", 14, "ashby", "en"),
    },
    # ------------------------------------------------------------------ Saltmarsh Games (19)
    {
        "id": "<wk.a1c93e5d.1708945402@candidates.workablemail.com>",
        "date": "2024-02-26 11:03:22 +0000",
        "from": "Saltmarsh Games <noreply@candidates.workablemail.com>",
        "subject": "Thanks for applying to Saltmarsh Games",
        "text": """Hi Jordan,

Your application for the Data Analyst job was submitted successfully.

Here's a copy of your application data for safekeeping:

Full name: Jordan Almeida
Email: jordan.almeida@fastpost.example
Headline: Data Engineer | Kafka, dbt, Python
Resume: Jordan_Almeida_CV_2024.pdf
Question: Which game have you played the most this year? — Outer Wilds (again)

We'll review your application and get back to you soon.

Thanks,
Saltmarsh Games

Powered by Workable · https://apply.workable.com/saltmarsh-games/j/4C1F3A9B2E/
""",
        "t": ("confirmation", "Saltmarsh Games", "Data Analyst", 19, "workable", "en"),
    },
    # ------------------------------------------------------------------ Apex Talent: outreach (21)
    {
        "id": "<LO2P265MB4417A3C9E1F2D5B6C7D8E9F0A1B2@LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM>",
        "date": "2024-02-27 09:41:08 +0000",
        "from": "Ryan Cole <ryan.cole@apextalent.example>",
        "subject": "Contract Data Engineer – 6 months, remote/Manchester – £550/day",
        "text": """Hi Jordan,

Hope you're well. I came across your profile and thought you'd be a strong fit for a role I'm working on.

I'm partnered with a UK-headquartered consultancy with a strong data & AI practice. They need a contract Data Engineer for a 6-month engagement with one of their retail clients:

 - Azure, Databricks, dbt, Airflow
 - Mostly remote, occasional visits to Manchester
 - £500–550/day, outside IR35
 - Start: ASAP / early March

Would you be open to a quick call this week to discuss? If it's not for you, I'd also be grateful for any referrals.

Kind regards,

Ryan Cole
Senior Recruitment Consultant – Data & Analytics
Apex Talent Partners
M: +44 7700 900418 | www.apextalent.example
Apex Talent Partners Ltd is an employment business and agency. Registered in England No. 09123456.
This email and any attachments are confidential. If you are not the intended recipient, please delete it.
""",
        "t": ("outreach", None, "Data Engineer (contract)", None, "agency", "en"),
        "with": 21,
    },
    {
        "id": "<LO2P265MB4417F1E2D3C4B5A69788A7B6C5D4@LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM>",
        "date": "2024-03-01 16:27:50 +0000",
        "from": "Ryan Cole <ryan.cole@apextalent.example>",
        "subject": "RE: Contract Data Engineer – 6 months, remote/Manchester – £550/day",
        "headers": {
            "In-Reply-To": "<CAJ7rW2p0kQ9mB4xZ1vN8sY3tL6eF5dH2gA0cR9uI7oP4wE1@mail.fastpost.example>",
            "References": "<LO2P265MB4417A3C9E1F2D5B6C7D8E9F0A1B2@LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM> <CAJ7rW2p0kQ9mB4xZ1vN8sY3tL6eF5dH2gA0cR9uI7oP4wE1@mail.fastpost.example>",
        },
        "text": """Hi Jordan,

Thanks for the call earlier, really good to speak.

As discussed, I've now submitted your CV to Fernhill Consulting for the contract Data Engineer role (6 months, £550/day outside IR35). I highlighted your Databricks migration work and the dbt testing framework you built — the hiring manager is big on data quality.

They're reviewing CVs over the weekend and I'll chase for feedback early next week. Please don't apply to Fernhill directly or through another agency in the meantime, to avoid any duplicate submissions.

Speak soon,
Ryan

Ryan Cole
Senior Recruitment Consultant – Data & Analytics
Apex Talent Partners
M: +44 7700 900418

From: Jordan Almeida <jordan.almeida@fastpost.example>
Sent: 28 February 2024 19:02
To: Ryan Cole <ryan.cole@apextalent.example>
Subject: Re: Contract Data Engineer – 6 months, remote/Manchester – £550/day

Hi Ryan,

Thanks for reaching out. Yes, I'd be happy to be put forward — updated CV attached. I'm free for a call on Friday after 2pm UK time.

Best,
Jordan
""",
        "t": (
            "confirmation",
            "Fernhill Consulting",
            "Data Engineer (contract)",
            21,
            "agency",
            "en",
        ),
    },
    # ------------------------------------------------------------------ Saltmarsh (19): founder
    {
        "id": "<CAB8x2Lq7nV0dJ3kR9tW5yP1mZ4sH6gF2cE8aD0bN3uK7iM@mail.gmail.com>",
        "date": "2024-03-05 22:14:31 +0000",
        "from": "Tom Whitaker <tom.whitaker.dev@mailbox.example>",
        "subject": "Saltmarsh Games – quick chat?",
        "text": """Hey Jordan,

Tom here, co-founder of Saltmarsh. Saw your application for the data analyst role come through Workable — love that you've done player-retention modelling before, that's basically half the job here.

Would you be up for a 30 min video call sometime next week? I'm pretty flexible Tue–Thu afternoons (UK time). Just reply with a slot that works and I'll send an invite.

Cheers,
Tom

--
Tom Whitaker · co-founder, Saltmarsh Games
Sent from my phone, excuse the brevity
""",
        "t": ("interview", "Saltmarsh Games", "Data Analyst", 19, "direct", "en"),
    },
    # ------------------------------------------------------------------ Quillon (14): no, survey
    {
        "id": "<ashby.msg.01HRGXW1Y7A5K2.1709920844@ashbyhq.com>",
        "date": "2024-03-08 10:00:44 -0800",
        "from": "Dana Whitfield <no-reply@ashbyhq.com>",
        "reply_to": "Dana Whitfield <dana@quillon.example>",
        "subject": "Quillon – Backend Engineer, Payments",
        "text": """Hi Jordan,

Thank you so much for the time you invested in our interview process last week — I know a full virtual onsite is a big ask.

The team really enjoyed your system design session, especially how you reasoned about idempotency and reconciliation in the ledger. That made this a genuinely tough call. Ultimately, we've decided to extend an offer to another candidate whose experience with card-network integrations is a closer fit for what we need right now.

I'd love to keep in touch: we expect to open more backend roles in the second half of the year, and I'll reach out when we do. If you'd like more detailed feedback, I'm happy to set up a 15-minute call.

Wishing you the best,
Dana
""",
        "t": ("rejection", "Quillon Software", "Backend Engineer, Payments", 14, "ashby", "en"),
    },
    {
        "id": "<ashby.survey.01HRMQ2KZP4T8E.1710090023@ashbyhq.com>",
        "date": "2024-03-10 10:00:23 -0700",
        "from": "Quillon Software <no-reply@ashbyhq.com>",
        "subject": "How was your interview experience at Quillon?",
        "html": """<html><body style="font-family:Inter,Arial,sans-serif">
<p>Hi Jordan,</p>
<p>You recently interviewed with Quillon. We're always trying to make our hiring process better, and we'd love to hear about your experience &mdash; it takes about 2 minutes.</p>
<p><a href="https://app.ashbyhq.com/candidate-survey/5c0e7f3a-b1d2-4e6f-9a8b-1c2d3e4f5a6b">Share your feedback</a></p>
<p>Your answers are anonymous and won't affect any current or future applications.</p>
<p>Thank you,<br>The Quillon Recruiting Team</p>
</body></html>""",
        "t": ("other_job", "Quillon Software", None, None, "ashby", "en"),
        "with": 14,
    },
    # ------------------------------------------------------------------ Fernhill (21): no
    {
        "id": "<LO2P265MB44172B3C4D5E6F7A8B9C0D1E2F3A@LO2P265MB4417.GBRP265.PROD.OUTLOOK.COM>",
        "date": "2024-03-15 12:48:19 +0000",
        "from": "Ryan Cole <ryan.cole@apextalent.example>",
        "subject": "Following up",
        "text": """Hi Jordan,

Just following up on Fernhill. I had a feedback call with the hiring manager this morning — they were impressed with your Databricks experience, but they've decided to go with a candidate who can be on site in Manchester three days a week, so unfortunately it's a no on this occasion.

Sorry it's not better news. On the plus side, I've got a couple of other data roles landing next week (one fully remote, perm) that I think could suit you — shall I send details over?

Have a good weekend,
Ryan

Ryan Cole
Senior Recruitment Consultant – Data & Analytics
Apex Talent Partners
M: +44 7700 900418 | www.apextalent.example
""",
        "t": ("rejection", "Fernhill Consulting", "Data Engineer (contract)", 21, "agency", "en"),
    },
    # ------------------------------------------------------------------ Pinecrest Bank (18)
    {
        "id": "<hv.7f3e91a2c0d4.1710772863@hirevue.com>",
        "date": "2024-03-18 10:41:03 -0400",
        "from": "Pinecrest Bank <noreply@hirevue.com>",
        "subject": "Pinecrest Bank – Next Step: Digital Interview for Data Engineer II",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hello Jordan,</p>
<p>Thank you for your interest in the <b>Data Engineer II</b> opportunity at Pinecrest Bank.</p>
<p>As the next step in our selection process, we invite you to complete a digital interview through HireVue. You will be asked to respond to 5 pre-recorded questions; you'll have up to 3 minutes to answer each one, and you can take a practice question first.</p>
<p>Please complete your interview by <b>Monday, March 25, 2024</b>.</p>
<p><a href="https://app.hirevue.com/interviews/r8Kd2P/7f3e91a2c0d4?utm_source=email" style="background:#005587;color:#fff;padding:10px 16px;text-decoration:none">Start Interview</a></p>
<p>For technical support, visit <a href="https://candidates.hirevue.com">candidates.hirevue.com</a>. Questions about the position can be directed to talentacquisition@pinecrestbank.example.</p>
<p>Best regards,<br>Pinecrest Bank Talent Acquisition</p>
</body></html>""",
        "t": ("assessment", "Pinecrest Bank", "Data Engineer II", 18, "hirevue", "en"),
    },
    # ------------------------------------------------------------------ Ardent Robotics (22)
    {
        "id": "<jazz.20240318184410.9b1f2e@applytojob.com>",
        "date": "2024-03-18 14:44:10 -0400",
        "from": "Ardent Robotics Hiring Team <no-reply@applytojob.com>",
        "subject": "Thank you for applying to Ardent Robotics",
        "text": """Hi Jordan,

Thank you for your interest in the Software Engineer, Data Infrastructure position at Ardent Robotics. We have received your application and will be reviewing it shortly.

If your qualifications are a match for the role, a member of our team will be in touch to discuss next steps.

Regards,
Ardent Robotics Hiring Team

https://ardentrobotics.applytojob.com/apply/Xy7Q2aBcD/Software-Engineer-Data-Infrastructure
""",
        "t": (
            "confirmation",
            "Ardent Robotics",
            "Software Engineer, Data Infrastructure",
            22,
            "jazzhr",
            "en",
        ),
    },
    # ------------------------------------------------------------------ alert: incomplete app
    {
        "id": "<1710929102255.71122.1710929102255.JavaMail.wdprod@wd5-prvt-app-03.myworkday.com>",
        "date": "2024-03-20 10:05:02 +0000",
        "from": "Peregrine Health <peregrinehealth@myworkday.com>",
        "subject": "Reminder: finish your application for Data Engineer",
        "html": """<html><body><div style="font-family:Arial;font-size:10pt">
<p>Hi Jordan,</p>
<p>You started an application for <b>Data Engineer (JR-4412)</b> at Peregrine Health but haven't submitted it yet. Don't worry &mdash; your progress has been saved.</p>
<p><a href="https://peregrinehealth.wd5.myworkdayjobs.com/en-US/External/job/Remote/Data-Engineer_JR-4412/apply">Continue your application</a></p>
<p>This position may close soon, so we recommend completing your application as soon as possible.</p>
<p>Peregrine Health Talent Acquisition</p>
</div></body></html>""",
        "t": ("alert", "Peregrine Health", "Data Engineer", None, "workday", "en"),
    },
    # ------------------------------------------------------------------ Norrsken Grid (45)
    {
        "id": "<tt.msg.4b7e2d19a0c3.1711361204@teamtailor-mail.com>",
        "date": "2024-03-25 11:06:44 +0100",
        "from": "Norrsken Grid <noreply@teamtailor-mail.com>",
        "reply_to": "Elin Sandberg <elin.sandberg@norrskengrid.example>",
        "subject": "Thanks for your application, Jordan!",
        "html": """<html><body style="font-family:Helvetica,Arial,sans-serif;color:#1b1b1b">
<div style="max-width:560px;margin:auto">
<img src="https://assets.teamtailor-cdn.com/norrskengrid/logo.png" alt="Norrsken Grid" width="140">
<p>Hi Jordan!</p>
<p>Thank you for applying for the position as <b>Senior Data Engineer</b> at Norrsken Grid. We have received your application and will get back to you as soon as possible.</p>
<p>Have a great day!</p>
<p>Best regards,<br>Elin Sandberg<br>Talent Acquisition Partner, Norrsken Grid</p>
<p style="font-size:11px;color:#888"><a href="https://norrskengrid.teamtailor.com/connect/candidate">Manage your application</a> · Sent with Teamtailor</p>
</div></body></html>""",
        "t": ("confirmation", "Norrsken Grid", "Senior Data Engineer", 45, "teamtailor", "en"),
    },
    # ------------------------------------------------------------------ Lantern Bay Energy (47), forwarded
    {
        "id": "<CAK3vR8s1mQ2nP7wT4yL9xB6cD0fH5jG3eA1iU8oZ2kM4tS@mail.workmail.example>",
        "date": "2024-03-28 08:12:40 +0100",
        "from": "Jordan Almeida <jordan.almeida@workmail.example>",
        "subject": "Fwd: Interview invitation – Senior Data Engineer, Lantern Bay Energy",
        "text": """(forwarding to my personal address)

---------- Forwarded message ---------
From: Carla Jensen <carla.jensen@lanternbayenergy.example>
Date: Wed, 27 Mar 2024 at 17:05
Subject: Interview invitation – Senior Data Engineer, Lantern Bay Energy
To: <jordan.almeida@workmail.example>


Dear Jordan,

Thank you for your application for the Senior Data Engineer position. We were pleased to review your profile and would like to invite you to a first interview with our Head of Data, Lars Holm, and myself.

Date: Tuesday, 2 April 2024
Time: 13:00–14:00 CET
Format: Microsoft Teams (the link will follow in a separate calendar invitation)

The conversation will cover your experience, the team's current platform (Azure, Kafka, Snowflake) and what we are looking for. There is nothing to prepare beyond that.

Could you please confirm whether this time suits you?

Kind regards,
Carla Jensen
People & Talent | Lantern Bay Energy A/S
Havnegade 41, 1058 Copenhagen K
""",
        "t": ("interview", "Lantern Bay Energy", "Senior Data Engineer", 47, "direct", "en"),
    },
    # ------------------------------------------------------------------ Norrsken (45): invite, cancel
    {
        "id": "<GV1P192MB1854D9E8F7A6B5C4D3E2F1A0B9C8@GV1P192MB1854.EURP192.PROD.OUTLOOK.COM>",
        "date": "2024-04-04 15:20:12 +0200",
        "from": "Elin Sandberg <elin.sandberg@norrskengrid.example>",
        "subject": "Interview – Senior Data Engineer – Norrsken Grid",
        "text": """Hi Jordan,

As agreed, here is the invitation for your interview with Johan Lind (Head of Data Platform) and me.

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Click here to join the meeting<https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2ZTk0Y2Et%40thread.v2/0?context=%7b%22Tid%22%3a%22a1b2%22%7d>
Meeting ID: 361 448 902 117
Passcode: Xb7hQ2
________________________________________________________________________________

Best regards,
Elin
""",
        "html": """<html><body><div style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Jordan,</p><p>As agreed, here is the invitation for your interview with Johan Lind (Head of Data Platform) and me.</p>
<div style="width:100%">________________________________________________________________________________</div>
<div><span style="font-size:18pt;color:#252424">Microsoft Teams meeting</span></div>
<div><b>Join on your computer, mobile app or room device</b></div>
<div><a href="https://teams.microsoft.com/l/meetup-join/19%3ameeting_NjQ2ZTk0Y2Et%40thread.v2/0?context=%7b%22Tid%22%3a%22a1b2%22%7d">Click here to join the meeting</a></div>
<div>Meeting ID: 361 448 902 117<br>Passcode: Xb7hQ2</div>
<div>________________________________________________________________________________</div>
<p>Best regards,<br>Elin</p></div></body></html>""",
        "ics": {
            "style": "outlook",
            "uid": "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6A701000000000000000010000000F1E2D3C4",
            "start": "2024-04-10 14:00:00 +0200",
            "minutes": 60,
            "organizer": ("Elin Sandberg", "elin.sandberg@norrskengrid.example"),
            "attendees": [("Johan Lind", "johan.lind@norrskengrid.example")],
            "summary": "Interview – Senior Data Engineer – Norrsken Grid",
            "location": "Microsoft Teams Meeting",
            "description": "Hi Jordan,\nAs agreed, here is the invitation for your interview with Johan Lind (Head of Data Platform) and me.\nMicrosoft Teams meeting\nMeeting ID: 361 448 902 117\nPasscode: Xb7hQ2",
        },
        "t": ("interview", "Norrsken Grid", "Senior Data Engineer", 45, "direct", "en"),
    },
    {
        "id": "<GV1P192MB18540A1B2C3D4E5F6A7B8C9D0E1F@GV1P192MB1854.EURP192.PROD.OUTLOOK.COM>",
        "date": "2024-04-08 09:02:55 +0200",
        "from": "Elin Sandberg <elin.sandberg@norrskengrid.example>",
        "subject": "Canceled: Interview – Senior Data Engineer – Norrsken Grid",
        "headers": {"Importance": "high"},
        "text": """Hi Jordan,

Unfortunately our hiring manager has fallen ill, so I need to cancel Wednesday's interview. I'll send you a new time as soon as I know more — apologies for the short notice.

Best regards,
Elin
""",
        "ics": {
            "style": "outlook",
            "method": "CANCEL",
            "uid": "040000008200E00074C5B7101A82E00800000000A1B2C3D4E5F6A701000000000000000010000000F1E2D3C4",
            "start": "2024-04-10 14:00:00 +0200",
            "minutes": 60,
            "organizer": ("Elin Sandberg", "elin.sandberg@norrskengrid.example"),
            "attendees": [("Johan Lind", "johan.lind@norrskengrid.example")],
            "summary": "Canceled: Interview – Senior Data Engineer – Norrsken Grid",
            "location": "Microsoft Teams Meeting",
            "description": "Unfortunately our hiring manager has fallen ill, so I need to cancel Wednesday's interview.",
        },
        "t": ("interview", "Norrsken Grid", "Senior Data Engineer", 45, "direct", "en"),
    },
    # ------------------------------------------------------------------ Pinecrest (18): no
    {
        "id": "<ORC.1712679330.88410.notify@ekqt.fa.us6.oraclecloud.com>",
        "date": "2024-04-09 12:15:30 -0400",
        "from": "Pinecrest Bank Talent Acquisition <no-reply@ekqt.fa.us6.oraclecloud.com>",
        "subject": "Thank you for your interest in Pinecrest Bank",
        "html": """<html><body style="font-family:Arial;font-size:13px">
<p>Dear Jordan,</p>
<p>Thank you for your interest in the Data Engineer II position (Requisition 24-0871) with Pinecrest Bank, and for completing the digital interview.</p>
<p>We have carefully reviewed your qualifications, and although your background is impressive, we have decided to pursue other candidates whose experience more closely meets the needs of this position.</p>
<p>We encourage you to visit our <a href="https://ekqt.fa.us6.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/requisitions">careers site</a> regularly and apply for other positions that match your interests.</p>
<p>Sincerely,<br>Pinecrest Bank Talent Acquisition</p>
<p style="font-size:10px;color:#777">Pinecrest Bank is an Equal Opportunity Employer. Member FDIC. Please do not reply to this message.</p>
</body></html>""",
        "t": ("rejection", "Pinecrest Bank", "Data Engineer II", 18, "oracle", "en"),
    },
    # ------------------------------------------------------------------ Hollow Oak Studios (24)
    {
        "id": "<CAF4mQ1x9pL3dS7vN2tY8rB5kW0jH6cG1eZ4aU3iO9nM2bX@mail.gmail.com>",
        "date": "2024-04-10 16:33:05 +0200",
        "from": "Ines Carvalho <ines@hollowoakstudios.example>",
        "subject": "Re: Analytics Engineer application – Jordan Almeida",
        "headers": {
            "In-Reply-To": "<CAJ7rW2q5nB8vC1xM4zK9sP2tL7eG3dF6hA0cR1uI5oY8wQ@mail.fastpost.example>",
            "References": "<CAJ7rW2q5nB8vC1xM4zK9sP2tL7eG3dF6hA0cR1uI5oY8wQ@mail.fastpost.example>",
        },
        "text": """Hi Jordan,

Thanks for reaching out and for sending your CV and the link to your dbt project — really nice work on the incremental models and the tests.

We'd love to have a chat. Could you do a 45-minute video call with me and our lead engineer, Sam, next Wednesday (17 April) at 11:00 or Thursday (18 April) at 15:00 CEST? If neither works, send me a couple of options.

Best,
Ines

Ines Carvalho
Head of Data · Hollow Oak Studios

On Mon, 8 Apr 2024 at 09:12, Jordan Almeida <jordan.almeida@fastpost.example> wrote:
> Dear Ines,
>
> I'm writing to apply for the Analytics Engineer role posted on your careers page. I've spent the last four years building data pipelines and dbt models for a mobile games publisher, and Hollow Oak's focus on player analytics is exactly what I'd like to work on next.
>
> My CV is attached, and my public dbt project is at https://codeharbor.example/jalmeida/dbt-player-metrics
>
> Best regards,
> Jordan Almeida
""",
        "t": ("interview", "Hollow Oak Studios", "Analytics Engineer", 24, "direct", "en"),
    },
    # ------------------------------------------------------------------ Halcyon Health (3, 4)
    {
        "id": "<a7f1c2d3-e4b5-4a69-8c7d-0e1f2a3b4c5d@hire.lever.co>",
        "date": "2024-04-22 09:14:51 -0400",
        "from": "Halcyon Health <no-reply@hire.lever.co>",
        "subject": "Thank you for your application to Halcyon Health",
        "text": """Hi Jordan,

Thank you for applying to the Analytics Engineer position at Halcyon Health. We've received your application and our team is reviewing it now.

We'll get back to you as soon as we can. In the meantime, you can learn more about our mission at https://halcyonhealth.example/about

Best,
Halcyon Health Recruiting

Halcyon Health · 88 Summer Street, Boston, MA 02110
""",
        "t": ("confirmation", "Halcyon Health", "Analytics Engineer", 3, "lever", "en"),
    },
    {
        "id": "<0b8e2f41-5c6d-4e7f-9a0b-1c2d3e4f5a6b@hire.lever.co>",
        "date": "2024-04-22 09:31:07 -0400",
        "from": "Halcyon Health <no-reply@hire.lever.co>",
        "subject": "Thank you for your application to Halcyon Health",
        "text": """Hi Jordan,

Thank you for applying to the Data Platform Engineer position at Halcyon Health. We've received your application and our team is reviewing it now.

We'll get back to you as soon as we can. In the meantime, you can learn more about our mission at https://halcyonhealth.example/about

Best,
Halcyon Health Recruiting

Halcyon Health · 88 Summer Street, Boston, MA 02110
""",
        "t": ("confirmation", "Halcyon Health", "Data Platform Engineer", 4, "lever", "en"),
    },
    {
        "id": "<hr.inv.3c7d9e1f.1714399262@hackerrankforwork.com>",
        "date": "2024-04-29 10:01:02 -0400",
        "from": "HackerRank <noreply@hackerrankforwork.com>",
        "reply_to": "talent@halcyonhealth.example",
        "subject": "Invitation: Halcyon Health – Analytics Engineer Assessment",
        "html": """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#39424e">
<p>Hi Jordan,</p>
<p><b>Halcyon Health</b> has invited you to take an online assessment as part of the hiring process for the <b>Analytics Engineer</b> role.</p>
<p>Test: <b>Analytics Engineer – SQL &amp; dbt</b><br>Duration: 90 minutes<br>Complete by: May 3, 2024, 11:59 PM EDT</p>
<p><a href="https://www.hackerrank.com/tests/7c1f9e2d3b/login?b=eyJ1c2VybmFtZSI6ImpvcmRhbi5hbG1laWRhQGZhc3Rwb3N0LmV4YW1wbGUifQ" style="background:#1ba94c;color:#fff;padding:10px 18px;text-decoration:none;border-radius:3px">Start test</a></p>
<p><b>Before you begin</b></p>
<ul><li>Use a stable internet connection and a recent version of Chrome or Firefox.</li>
<li>Once started, the timer cannot be paused.</li>
<li>You can take a <a href="https://www.hackerrank.com/tests/sample">sample test</a> to get familiar with the platform.</li></ul>
<p>Good luck!<br>HackerRank, on behalf of Halcyon Health</p>
<p style="font-size:11px;color:#999">Questions about the role? Reply to this email to reach talent@halcyonhealth.example.</p>
</body></html>""",
        "t": ("assessment", "Halcyon Health", "Analytics Engineer", 3, "hackerrank", "en"),
    },
    # ------------------------------------------------------------------ Norrsken (45): no
    {
        "id": "<tt.msg.9e1f2a3b4c5d.1714469530@teamtailor-mail.com>",
        "date": "2024-04-30 11:32:10 +0200",
        "from": "Norrsken Grid <noreply@teamtailor-mail.com>",
        "reply_to": "Elin Sandberg <elin.sandberg@norrskengrid.example>",
        "subject": "Your application at Norrsken Grid",
        "text": """Hi Jordan,

Thank you for your patience, and for the conversation with Johan and me last week. It was a real pleasure getting to know you, and we were genuinely impressed by your experience with grid-telemetry pipelines.

After a lot of deliberation we have decided to continue the process with another candidate whose experience with our specific stack is a bit closer to what the team needs right now.

We know this isn't the news you were hoping for. We would be happy to keep your profile in our talent pool and reach out if a suitable role opens up.

All the best for the future!

Best regards,
Elin Sandberg
Talent Acquisition Partner, Norrsken Grid
""",
        "t": ("rejection", "Norrsken Grid", "Senior Data Engineer", 45, "teamtailor", "en"),
    },
    # ------------------------------------------------------------------ alert: X is hiring
    {
        "id": "<1714553290118.41590.1714553290118@ltx1-app2210.prod.linkedin.com>",
        "date": "2024-05-01 08:48:10 +0000",
        "from": "LinkedIn <jobs-listings@linkedin.com>",
        "subject": "Jordan, Tidewell Energy is hiring a Senior Data Engineer",
        "text": """Tidewell Energy is hiring

Senior Data Engineer
Tidewell Energy · Hamburg, Germany (Hybrid)
You'd be a top applicant
Your profile matches 8 of 10 required skills: Apache Kafka, dbt, Python, SQL, ...

View job: https://www.linkedin.com/comm/jobs/view/3902213345/?trackingId=cXwE1aR0

Also hiring at Tidewell Energy
Data Analyst · Hamburg, Germany (On-site)

----------------------------------------
This email was intended for Jordan Almeida (Data Engineer | Kafka, dbt, Python)
You are receiving Job Recommendation emails.
Unsubscribe: https://www.linkedin.com/e/v2?e=job-reco-unsub
© 2024 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
""",
        "t": ("alert", "Tidewell Energy", "Senior Data Engineer", None, "linkedin", "en"),
    },
    # ------------------------------------------------------------------ Halcyon (4): no; (3): interview
    {
        "id": "<5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f@hire.lever.co>",
        "date": "2024-05-06 13:22:40 -0400",
        "from": "Maya Lindgren <no-reply@hire.lever.co>",
        "reply_to": "Maya Lindgren <maya.lindgren@halcyonhealth.example>",
        "subject": "Your application to Halcyon Health",
        "text": """Hi Jordan,

Thank you again for your interest in Halcyon Health. I wanted to get back to you about the Data Platform Engineer role: after reviewing your application, the team has decided not to move forward with your candidacy for this particular position, as they are prioritizing candidates with deeper Kubernetes and infrastructure-as-code experience.

This doesn't affect your application for the Analytics Engineer role, which is still in progress — you'll hear from me separately about next steps there.

Best,
Maya Lindgren
Senior Technical Recruiter, Halcyon Health
""",
        "t": ("rejection", "Halcyon Health", "Data Platform Engineer", 4, "lever", "en"),
    },
    {
        "id": "<calendar-7b1e9c2a-55d3-4f0e-a8b6-2c4d6e8f0a1b@google.com>",
        "date": "2024-05-08 17:02:19 +0000",
        "from": "Maya Lindgren <maya.lindgren@halcyonhealth.example>",
        "sender": "Google Calendar <calendar-notification@google.com>",
        "reply_to": "maya.lindgren@halcyonhealth.example",
        "subject": "Invitation: Halcyon Health – Analytics Engineer: Technical Interview @ Tue May 14, 2024 4pm - 5pm (CEST) (jordan.almeida@fastpost.example)",
        "text": """Hi Jordan, congrats on the assessment! Here's the invite for the technical interview with Priscilla (Analytics Lead) and Omar (Staff Data Engineer). Expect a walkthrough of your take-home SQL and a modelling discussion.

Halcyon Health – Analytics Engineer: Technical Interview
Tuesday May 14, 2024 ⋅ 4pm – 5pm
Central European Time - Berlin

Join with Google Meet
https://meet.google.com/xqa-mrzt-kpd

Join by phone
(US) +1 318-555-0147 PIN: 482 190 377#

Organizer
Maya Lindgren
maya.lindgren@halcyonhealth.example

Guests
Maya Lindgren - organizer
priscilla.nguyen@halcyonhealth.example
omar.haddad@halcyonhealth.example
jordan.almeida@fastpost.example

View all guest info https://calendar.google.com/calendar/event?action=VIEW&eid=N2IxZTljMmE

Reply for jordan.almeida@fastpost.example
Yes: https://calendar.google.com/calendar/event?action=RESPOND&eid=N2IxZTljMmE&rst=1
No: https://calendar.google.com/calendar/event?action=RESPOND&eid=N2IxZTljMmE&rst=2
Maybe: https://calendar.google.com/calendar/event?action=RESPOND&eid=N2IxZTljMmE&rst=3

Invitation from Google Calendar: https://calendar.google.com/calendar/

You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
""",
        "ics": {
            "uid": "7b1e9c2a55d34f0ea8b62c4d6e8f0a1b@google.com",
            "start": "2024-05-14 16:00:00 +0200",
            "minutes": 60,
            "organizer": ("Maya Lindgren", "maya.lindgren@halcyonhealth.example"),
            "attendees": [
                (
                    "priscilla.nguyen@halcyonhealth.example",
                    "priscilla.nguyen@halcyonhealth.example",
                ),
                ("omar.haddad@halcyonhealth.example", "omar.haddad@halcyonhealth.example"),
            ],
            "summary": "Halcyon Health – Analytics Engineer: Technical Interview",
            "location": "https://meet.google.com/xqa-mrzt-kpd",
            "description": "Hi Jordan, congrats on the assessment! Here's the invite for the technical interview with Priscilla (Analytics Lead) and Omar (Staff Data Engineer).\n\nJoin with Google Meet: https://meet.google.com/xqa-mrzt-kpd",
        },
        "t": ("interview", "Halcyon Health", "Analytics Engineer", 3, "direct", "en"),
    },
    # ------------------------------------------------------------------ Quarry Lane Capital (42)
    {
        "id": "<BN8PR11MB36220C9D8E7F6A5B4C3D2E1F0A9B@BN8PR11MB3622.namprd11.prod.outlook.com>",
        "date": "2024-05-14 11:47:26 -0400",
        "from": "Megan Ortiz <mortiz@quarrylanecap.example>",
        "subject": "Quarry Lane Capital – Quantitative Data Engineer – phone screen",
        "text": """Hi Jordan,

Thank you for applying for the Quantitative Data Engineer role at Quarry Lane Capital. I've reviewed your background and would like to set up a 30-minute introductory phone call to walk through your experience and tell you more about the team.

Would either of these times work for you?
 • Thursday, May 16 at 10:00 AM ET (16:00 CET)
 • Friday, May 17 at 9:00 AM ET (15:00 CET)

Please let me know the best number to reach you.

Best regards,

Megan Ortiz
Talent Acquisition | Quarry Lane Capital LP
280 Park Avenue, 27th Floor, New York, NY 10017
T +1 212 555 0182

CONFIDENTIALITY NOTICE: This e-mail message, including any attachments, is for the sole use of the intended recipient(s) and may contain confidential and privileged information. Any unauthorized review, use, disclosure or distribution is prohibited. If you are not the intended recipient, please contact the sender by reply e-mail and destroy all copies of the original message.
""",
        "t": ("interview", "Quarry Lane Capital", "Quantitative Data Engineer", 42, "direct", "en"),
    },
    {
        "id": "<BN8PR11MB3622A0B1C2D3E4F5A6B7C8D9E0F1@BN8PR11MB3622.namprd11.prod.outlook.com>",
        "date": "2024-05-16 08:02:11 -0400",
        "from": "Megan Ortiz <mortiz@quarrylanecap.example>",
        "subject": "Automatic reply: Quarry Lane Capital – Quantitative Data Engineer – phone screen",
        "headers": {
            "Auto-Submitted": "auto-replied",
            "X-Auto-Response-Suppress": "All",
            "In-Reply-To": "<CAJ7rW2t6mC9vD2xN5zL0sQ3uM8fH4eG7iB1dS2vJ6pZ9xR@mail.fastpost.example>",
        },
        "text": """Thank you for your email. I am out of the office until Monday, May 20 with limited access to email.

For urgent recruiting matters, please contact recruiting@quarrylanecap.example.

Best regards,
Megan Ortiz
""",
        "t": ("other_job", "Quarry Lane Capital", None, None, "direct", "en"),
        "with": 42,
    },
    # ------------------------------------------------------------------ alert: Glassdoor
    {
        "id": "<0100018f8f1d7c32-9b2e4a61-3c5d-4e7f-8a9b-0c1d2e3f4a5b-000000@email.amazonses.com>",
        "date": "2024-05-19 13:30:00 +0000",
        "from": "Glassdoor Jobs <noreply@glassdoor.com>",
        "subject": "Jordan, 8 new Data Engineer jobs for you",
        "headers": {
            "List-Unsubscribe": "<https://www.glassdoor.com/unsubscribe?e=job-alert&t=8c1d>"
        },
        "html": """<html><body style="font-family:Arial,sans-serif">
<h3>New jobs for "Data Engineer" near Berlin</h3>
<p><a href="https://www.glassdoor.com/partner/jobListing.htm?jobListingId=1009255012">Senior Data Engineer</a> &ndash; Amberline Logistics &ndash; Berlin &ndash; 4.1 ★ &ndash; €70K&ndash;€85K (Employer est.)</p>
<p><a href="https://www.glassdoor.com/partner/jobListing.htm?jobListingId=1009255388">Data Engineer (m/w/d)</a> &ndash; Stadtwerke Elbtal &ndash; Dresden &ndash; 3.8 ★</p>
<p><a href="https://www.glassdoor.com/partner/jobListing.htm?jobListingId=1009256110">Analytics Engineer</a> &ndash; Pocketgrove &ndash; Remote &ndash; 4.4 ★ &ndash; Easy Apply</p>
<p><a href="https://www.glassdoor.com/Job/berlin-data-engineer-jobs-SRCH_IL.0,6_IC2622109_KO7,20.htm">See all 8 jobs</a></p>
<p style="font-size:11px;color:#888">You are receiving this email because you set up a job alert on Glassdoor. <a href="https://www.glassdoor.com/unsubscribe?e=job-alert&amp;t=8c1d">Unsubscribe</a> · Glassdoor, Inc. · 100 Shoreline Hwy, Mill Valley, CA 94941</p>
</body></html>""",
        "t": ("alert", None, None, None, "other", "en"),
    },
    # ------------------------------------------------------------------ Quarry (42): no
    {
        "id": "<BN8PR11MB36224E5F6A7B8C9D0E1F2A3B4C5D@BN8PR11MB3622.namprd11.prod.outlook.com>",
        "date": "2024-05-24 15:18:02 -0400",
        "from": "Megan Ortiz <mortiz@quarrylanecap.example>",
        "subject": "Following up",
        "text": """Hi Jordan,

Thanks again for taking the time to speak with me last week — I enjoyed our conversation and learning about your work on streaming pipelines.

I wanted to follow up and let you know that the team has decided to move forward with other candidates whose background in fixed-income market data is closer to what they need for this role.

I appreciate your interest in Quarry Lane and wish you the best of luck in your search.

Best,
Megan

Megan Ortiz
Talent Acquisition | Quarry Lane Capital LP
""",
        "t": ("rejection", "Quarry Lane Capital", "Quantitative Data Engineer", 42, "direct", "en"),
    },
    # ------------------------------------------------------------------ Northwind Freight (2): again
    {
        "id": "<66549f0ad1e73_5c2b9e10a77.1716822310@us.greenhouse-mail.io>",
        "date": "2024-05-27 11:05:10 -0400",
        "from": "Northwind Freight <no-reply@us.greenhouse-mail.io>",
        "subject": "Northwind Freight – Application received",
        "text": """Hi Jordan,

Thank you for your interest in Northwind Freight! We have received your application for Senior Data Engineer and our team is reviewing it.

What happens next?
 1. Our recruiters review every application, usually within 10 business days.
 2. If there's a match, we'll invite you to a 30-minute call with a recruiter.
 3. You'll hear from us either way.

Best,
Northwind Freight Talent Team

Please do not reply to this email; this mailbox is not monitored.
""",
        "t": ("confirmation", "Northwind Freight", "Senior Data Engineer", 2, "greenhouse", "en"),
    },
    {
        "id": "<6660c4e2b88a0_1f3d7c52e19.1717510844@us.greenhouse-mail.io>",
        "date": "2024-06-04 10:20:44 -0400",
        "from": "Priya Raman <no-reply@us.greenhouse-mail.io>",
        "reply_to": "priya.raman@northwindfreight.example",
        "subject": "Interview availability – Senior Data Engineer at Northwind Freight",
        "text": """Hi Jordan,

Great to see your name in our pipeline again! The hiring team for the Senior Data Engineer role would like to move forward with a 45-minute technical interview with Marcus Bell (Engineering Manager, Data Platform).

Please share your availability for the next two weeks using the link below, and I'll send a calendar invitation once it's booked:

https://app.greenhouse.io/candidate_availability/request/8c2e71f3a9d04b56

Times are shown in your local time zone. Let me know if you have any questions.

Best,
Priya Raman
Talent Acquisition, Northwind Freight
""",
        "t": ("interview", "Northwind Freight", "Senior Data Engineer", 2, "greenhouse", "en"),
    },
    # ------------------------------------------------------------------ Halcyon (3): offer
    {
        "id": "<CAH8qW3n0pR5dT2vM7yK4sL9xB1cF6jE3gA8iU0oZ5kN2tS@mail.gmail.com>",
        "date": "2024-06-05 18:40:12 +0000",
        "from": "Maya Lindgren <maya.lindgren@halcyonhealth.example>",
        "subject": "Offer – Analytics Engineer, Halcyon Health",
        "text": """Hi Jordan,

It was a pleasure speaking with you earlier today! As promised, I'm following up in writing: we are thrilled to offer you the position of Analytics Engineer at Halcyon Health.

A summary of the offer is attached:
 • Base salary: €78,000 per year
 • Remote from Germany via our employer-of-record partner, with two team weeks in Boston per year
 • 28 days of paid vacation
 • Proposed start date: July 15, 2024

The formal offer letter will arrive via DocuSign shortly. We'd appreciate your answer by June 12 — and of course, please reach out with any questions at all, or if you'd like to speak to anyone else on the team before deciding.

The whole team was impressed with you. We really hope you'll join us!

Warmly,
Maya

Maya Lindgren
Senior Technical Recruiter, Halcyon Health
""",
        "attach": [
            (
                "Halcyon_Offer_Summary_Jordan_Almeida.pdf",
                "application/pdf",
                "%PDF-1.4\n% Offer summary (placeholder for the corpus)\n%%EOF\n",
            )
        ],
        "t": ("offer", "Halcyon Health", "Analytics Engineer", 3, "direct", "en"),
    },
    {
        "id": "<0d2f1a3b4c5e4d6f8a7b9c0d1e2f3a4b@dse-na4.docusign.net>",
        "date": "2024-06-06 14:03:27 +0000",
        "from": "Halcyon Health via DocuSign <dse_NA4@docusign.net>",
        "reply_to": "Maya Lindgren <maya.lindgren@halcyonhealth.example>",
        "subject": "Please DocuSign: Halcyon Health – Offer Letter – Jordan Almeida",
        "html": """<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table width="640" align="center" style="background:#1e4ca1;color:#fff"><tr><td style="padding:24px;text-align:center">
<img src="https://na4.docusign.net/Signing/Images/email/Email_Logo.png" width="116" alt="DocuSign"><br><br>
<span style="font-size:16px">Maya Lindgren sent you a document to review and sign.</span><br><br>
<a href="https://na4.docusign.net/Signing/EmailStart.aspx?a=7c2d1e0f-9b8a-4c7d-a6e5-f4d3c2b1a0e9&amp;etti=24&amp;acct=5a4b3c2d" style="background:#ffc820;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">REVIEW DOCUMENT</a>
</td></tr></table>
<table width="640" align="center" style="background:#fff"><tr><td style="padding:24px;font-size:14px">
<b>Maya Lindgren</b><br>maya.lindgren@halcyonhealth.example<br><br>
Hi Jordan, please review and sign your offer letter. Don't hesitate to reach out with questions!<br><br>
<span style="font-size:12px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.<br><br>
<b>About DocuSign</b><br>Sign documents electronically in just minutes. It's safe, secure, and legally binding.</span>
</td></tr></table></body></html>""",
        "t": ("offer", "Halcyon Health", "Analytics Engineer", 3, "docusign", "en"),
    },
    {
        "id": "<9f8e7d6c5b4a4f3e8d2c1b0a9f8e7d6c@dse-na4.docusign.net>",
        "date": "2024-06-10 09:12:45 +0000",
        "from": "Halcyon Health via DocuSign <dse_NA4@docusign.net>",
        "subject": "Completed: Halcyon Health – Offer Letter – Jordan Almeida",
        "html": """<html><body style="background:#eaeaea;font-family:Helvetica,Arial,sans-serif">
<table width="640" align="center" style="background:#1e4ca1;color:#fff"><tr><td style="padding:24px;text-align:center">
<img src="https://na4.docusign.net/Signing/Images/email/Email_Logo.png" width="116" alt="DocuSign"><br><br>
<span style="font-size:16px">Your document has been completed</span><br><br>
<a href="https://na4.docusign.net/Signing/EmailStart.aspx?a=3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7&amp;etti=24&amp;acct=5a4b3c2d" style="background:#ffc820;color:#000;padding:10px 24px;text-decoration:none;font-weight:bold">VIEW COMPLETED DOCUMENT</a>
</td></tr></table>
<table width="640" align="center" style="background:#fff"><tr><td style="padding:24px;font-size:14px">
All parties have completed <b>Halcyon Health – Offer Letter – Jordan Almeida</b>.<br><br>
<span style="font-size:12px;color:#666"><b>Do Not Share This Email</b><br>This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.</span>
</td></tr></table></body></html>""",
        "t": ("offer", "Halcyon Health", "Analytics Engineer", 3, "docusign", "en"),
        "st": "accepted",
    },
    # ------------------------------------------------------------------ Carambola Pay (40): test
    {
        "id": "<hr.inv.81b2c3d4.1715612411@hackerrankforwork.com>",
        "date": "2024-05-13 12:00:11 -0300",
        "from": "HackerRank <noreply@hackerrankforwork.com>",
        "reply_to": "talentos@carambolapay.example",
        "subject": "Carambola Pay has invited you to take a test",
        "text": """Hi Jordan,

Carambola Pay has invited you to take the "Backend Engineer – Java/Kotlin" test as the next step for the Engenheira(o) de Software Backend position.

Duration: 75 minutes
Complete by: May 20, 2024, 11:59 PM BRT

Start test: https://www.hackerrank.com/tests/e4c2a91b07/login?b=eyJ1c2VybmFtZSI6ImpvcmRhbiJ9

Tips:
 - Make sure you have a stable internet connection.
 - The test must be completed in one sitting.
 - Try the sample test first: https://www.hackerrank.com/tests/sample

Good luck!
HackerRank, on behalf of Carambola Pay
""",
        "t": (
            "assessment",
            "Carambola Pay",
            "Engenheira(o) de Software Backend",
            40,
            "hackerrank",
            "en",
        ),
    },
    # ------------------------------------------------------------------ alert: Wellfound
    {
        "id": "<wf.digest.20240620.5a1b2c3d@hi.wellfound.com>",
        "date": "2024-06-20 16:00:00 +0000",
        "from": "Wellfound <team@hi.wellfound.com>",
        "subject": "New startup jobs that match your profile",
        "headers": {"List-Unsubscribe": "<https://wellfound.com/unsubscribe?t=jd-88x>"},
        "html": """<html><body style="font-family:Arial,sans-serif">
<p>Hi Jordan,</p><p>Here are this week's startup jobs that match your profile:</p>
<p><b>Pocketgrove</b> (Series A · 30 people) &mdash; <a href="https://wellfound.com/jobs/3021144-analytics-engineer">Analytics Engineer</a> &middot; Remote (EU) &middot; €65k&ndash;€80k &middot; 0.1%&ndash;0.3%</p>
<p><b>Ferrolite</b> (Seed · 12 people) &mdash; <a href="https://wellfound.com/jobs/3021870-founding-data-engineer">Founding Data Engineer</a> &middot; Berlin &middot; €75k&ndash;€90k &middot; 0.5%&ndash;1.0%</p>
<p><b>Brindle Health</b> (Series B · 120 people) &mdash; <a href="https://wellfound.com/jobs/3019925-senior-data-engineer">Senior Data Engineer</a> &middot; Remote</p>
<p><a href="https://wellfound.com/jobs">See all jobs</a></p>
<p style="font-size:11px;color:#888">You're receiving this because you have an active job search profile on Wellfound. <a href="https://wellfound.com/settings/notifications">Notification settings</a></p>
</body></html>""",
        "t": ("alert", None, None, None, "wellfound", "en"),
    },
]
